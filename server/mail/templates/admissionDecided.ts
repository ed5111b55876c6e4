import type { Language } from '@shared/schemas/person';
import { emailLayout, html } from '../html';
import type { RenderedEmail } from '../renderedEmail';

export interface AdmissionDecidedEmail {
  name: string;
  organisation: string;
  approved: boolean;
  reason: string;
  networkName: string;
}

/** S.11: the candidate learns what the Direction decided, and what comes next. */
export const admissionDecidedEmail: Record<Language, (data: AdmissionDecidedEmail) => RenderedEmail> = {
  en: (data) => {
    const outcome = data.approved
      ? `The Direction of ${data.networkName} approved the admission of ${data.organisation}. The next ordinary general assembly will validate it; until then you receive the convocations and may take part in the discussion, and you will vote once the admission is validated.`
      : `The Direction of ${data.networkName} did not approve the admission of ${data.organisation}.`;
    return {
      subject: `${data.networkName}: admission of ${data.organisation} ${data.approved ? 'approved' : 'not approved'}`,
      text: [`Hello ${data.name},`, '', outcome, '', 'The Direction’s reason:', data.reason].join('\n'),
      html: emailLayout({
        language: 'en',
        title: 'Admission',
        body: html`<p>Hello ${data.name},</p>
          <p>${outcome}</p>
          <p>The Direction’s reason:</p>
          <blockquote style="border-left:4px solid #c7ccd6;margin:0;padding:4px 12px;white-space:pre-wrap;">
            ${data.reason}
          </blockquote>`,
        footer: `${data.networkName} — statutes, article 11.`,
      }),
    };
  },
  fr: (data) => {
    const outcome = data.approved
      ? `La Direction de ${data.networkName} a approuvé l’adhésion de ${data.organisation}. La prochaine assemblée générale ordinaire la validera ; d’ici là, vous recevez les convocations et pouvez prendre part aux discussions, et vous voterez une fois l’adhésion validée.`
      : `La Direction de ${data.networkName} n’a pas approuvé l’adhésion de ${data.organisation}.`;
    return {
      subject: `${data.networkName} : adhésion de ${data.organisation} ${data.approved ? 'approuvée' : 'non approuvée'}`,
      text: [`Bonjour ${data.name},`, '', outcome, '', 'Le motif de la Direction :', data.reason].join('\n'),
      html: emailLayout({
        language: 'fr',
        title: 'Adhésion',
        body: html`<p>Bonjour ${data.name},</p>
          <p>${outcome}</p>
          <p>Le motif de la Direction :</p>
          <blockquote style="border-left:4px solid #c7ccd6;margin:0;padding:4px 12px;white-space:pre-wrap;">
            ${data.reason}
          </blockquote>`,
        footer: `${data.networkName} — statuts, article 11.`,
      }),
    };
  },
  pt: (data) => {
    const outcome = data.approved
      ? `A Direção da ${data.networkName} aprovou a adesão de ${data.organisation}. A próxima assembleia geral ordinária irá validá-la; até lá, recebe as convocatórias e pode participar na discussão, e votará assim que a adesão for validada.`
      : `A Direção da ${data.networkName} não aprovou a adesão de ${data.organisation}.`;
    return {
      subject: `${data.networkName}: adesão de ${data.organisation} ${data.approved ? 'aprovada' : 'não aprovada'}`,
      text: [`Olá ${data.name},`, '', outcome, '', 'O motivo da Direção:', data.reason].join('\n'),
      html: emailLayout({
        language: 'pt',
        title: 'Adesão',
        body: html`<p>Olá ${data.name},</p>
          <p>${outcome}</p>
          <p>O motivo da Direção:</p>
          <blockquote style="border-left:4px solid #c7ccd6;margin:0;padding:4px 12px;white-space:pre-wrap;">
            ${data.reason}
          </blockquote>`,
        footer: `${data.networkName} — estatutos, artigo 11.`,
      }),
    };
  },
  ru: (data) => {
    const outcome = data.approved
      ? `Дирекция ${data.networkName} одобрила вступление ${data.organisation}. Ближайшее очередное общее собрание утвердит его; до тех пор вы получаете приглашения на собрания и можете участвовать в обсуждении, а голосовать сможете после утверждения.`
      : `Дирекция ${data.networkName} не одобрила вступление ${data.organisation}.`;
    return {
      subject: `${data.networkName}: вступление ${data.organisation} ${data.approved ? 'одобрено' : 'не одобрено'}`,
      text: [`Здравствуйте, ${data.name}!`, '', outcome, '', 'Обоснование Дирекции:', data.reason].join('\n'),
      html: emailLayout({
        language: 'ru',
        title: 'Вступление',
        body: html`<p>Здравствуйте, ${data.name}!</p>
          <p>${outcome}</p>
          <p>Обоснование Дирекции:</p>
          <blockquote style="border-left:4px solid #c7ccd6;margin:0;padding:4px 12px;white-space:pre-wrap;">
            ${data.reason}
          </blockquote>`,
        footer: `${data.networkName} — устав, статья 11.`,
      }),
    };
  },
};
