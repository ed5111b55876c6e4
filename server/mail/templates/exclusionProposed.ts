import type { Language } from '@shared/schemas/person';
import { emailLayout, html } from '../html';
import { formatInstant } from '../format';
import type { RenderedEmail } from '../renderedEmail';

export interface ExclusionProposedEmail {
  name: string;
  organisation: string;
  memberNo: number;
  ground: 'deliberate_harm' | 'unmet_obligations';
  reasons: string;
  proposedAt: string;
  earliestDecisionAt: string;
  /** The recipient's time zone, in which the dates are written. */
  timeZone: string;
  networkName: string;
}

const grounds = {
  en: {
    deliberate_harm: 'deliberate and unjustified harm to the network or one of its members',
    unmet_obligations: 'obligations not met for at least three years',
  },
  fr: {
    deliberate_harm: 'un préjudice délibéré et sans justification au réseau ou à l’un de ses membres',
    unmet_obligations: 'des obligations non remplies depuis au moins trois ans',
  },
  pt: {
    deliberate_harm: 'prejuízo deliberado e injustificado à rede ou a um dos seus membros',
    unmet_obligations: 'obrigações não cumpridas há pelo menos três anos',
  },
  ru: {
    deliberate_harm: 'умышленный и необоснованный ущерб сети или одному из её участников',
    unmet_obligations: 'невыполнение обязательств в течение не менее трёх лет',
  },
} as const;

/** S.11: the Direction informs the member of a proposed exclusion and its reasons, at once. */
export const exclusionProposedEmail: Record<Language, (data: ExclusionProposedEmail) => RenderedEmail> = {
  en: (input) => {
    const data = {
      ...input,
      proposedAt: formatInstant(input.proposedAt, 'en', input.timeZone),
      earliestDecisionAt: formatInstant(input.earliestDecisionAt, 'en', input.timeZone),
    };
    return {
      subject: `${data.networkName}: the Direction proposes to exclude ${data.organisation}`,
      text: [
        `Hello ${data.name},`,
        '',
        `On ${data.proposedAt}, the Direction of ${data.networkName} proposed to exclude the member you represent, ${data.organisation} (no. ${data.memberNo}), on the ground of ${grounds.en[data.ground]} (article 11 of the statutes).`,
        '',
        'The reasons given by the Direction:',
        data.reasons,
        '',
        `The decision belongs to a general assembly opening on ${data.earliestDecisionAt} or later, so that the member has at least one month to prepare its defence. You will receive its convocation, and you may present your arguments there.`,
      ].join('\n'),
      html: emailLayout({
        language: 'en',
        title: 'Proposed exclusion',
        body: html`<p>Hello ${data.name},</p>
          <p>
            On ${data.proposedAt}, the Direction of ${data.networkName} proposed to exclude the member you represent,
            <strong>${data.organisation}</strong> (no. ${data.memberNo}), on the ground of ${grounds.en[data.ground]}
            (article 11 of the statutes).
          </p>
          <p>The reasons given by the Direction:</p>
          <blockquote style="border-left:4px solid #c7ccd6;margin:0;padding:4px 12px;white-space:pre-wrap;">
            ${data.reasons}
          </blockquote>
          <p>
            The decision belongs to a general assembly opening on <strong>${data.earliestDecisionAt}</strong> or later,
            so that the member has at least one month to prepare its defence. You will receive its convocation, and you
            may present your arguments there.
          </p>`,
        footer: `${data.networkName} — statutes, article 11.`,
      }),
    };
  },
  fr: (input) => {
    const data = {
      ...input,
      proposedAt: formatInstant(input.proposedAt, 'fr', input.timeZone),
      earliestDecisionAt: formatInstant(input.earliestDecisionAt, 'fr', input.timeZone),
    };
    return {
      subject: `${data.networkName} : la Direction propose l’exclusion de ${data.organisation}`,
      text: [
        `Bonjour ${data.name},`,
        '',
        `Le ${data.proposedAt}, la Direction de ${data.networkName} a proposé d’exclure le membre que vous représentez, ${data.organisation} (n° ${data.memberNo}), pour ${grounds.fr[data.ground]} (article 11 des statuts).`,
        '',
        'Les motifs donnés par la Direction :',
        data.reasons,
        '',
        `La décision revient à une assemblée générale ouverte le ${data.earliestDecisionAt} ou plus tard, afin que le membre dispose d’au moins un mois pour présenter sa défense. Vous en recevrez la convocation et pourrez y présenter vos arguments.`,
      ].join('\n'),
      html: emailLayout({
        language: 'fr',
        title: 'Proposition d’exclusion',
        body: html`<p>Bonjour ${data.name},</p>
          <p>
            Le ${data.proposedAt}, la Direction de ${data.networkName} a proposé d’exclure le membre que vous
            représentez, <strong>${data.organisation}</strong> (n° ${data.memberNo}), pour ${grounds.fr[data.ground]}
            (article 11 des statuts).
          </p>
          <p>Les motifs donnés par la Direction :</p>
          <blockquote style="border-left:4px solid #c7ccd6;margin:0;padding:4px 12px;white-space:pre-wrap;">
            ${data.reasons}
          </blockquote>
          <p>
            La décision revient à une assemblée générale ouverte le <strong>${data.earliestDecisionAt}</strong> ou plus
            tard, afin que le membre dispose d’au moins un mois pour présenter sa défense. Vous en recevrez la
            convocation et pourrez y présenter vos arguments.
          </p>`,
        footer: `${data.networkName} — statuts, article 11.`,
      }),
    };
  },
  pt: (input) => {
    const data = {
      ...input,
      proposedAt: formatInstant(input.proposedAt, 'pt', input.timeZone),
      earliestDecisionAt: formatInstant(input.earliestDecisionAt, 'pt', input.timeZone),
    };
    return {
      subject: `${data.networkName}: a Direção propõe a exclusão de ${data.organisation}`,
      text: [
        `Olá ${data.name},`,
        '',
        `A ${data.proposedAt}, a Direção da ${data.networkName} propôs excluir o membro que representa, ${data.organisation} (n.º ${data.memberNo}), com fundamento em ${grounds.pt[data.ground]} (artigo 11.º dos estatutos).`,
        '',
        'Os motivos apresentados pela Direção:',
        data.reasons,
        '',
        `A decisão cabe a uma assembleia geral que abra a ${data.earliestDecisionAt} ou mais tarde, para que o membro tenha pelo menos um mês para preparar a sua defesa. Receberá a respetiva convocatória e poderá aí apresentar os seus argumentos.`,
      ].join('\n'),
      html: emailLayout({
        language: 'pt',
        title: 'Proposta de exclusão',
        body: html`<p>Olá ${data.name},</p>
          <p>
            A ${data.proposedAt}, a Direção da ${data.networkName} propôs excluir o membro que representa,
            <strong>${data.organisation}</strong> (n.º ${data.memberNo}), com fundamento em ${grounds.pt[data.ground]}
            (artigo 11.º dos estatutos).
          </p>
          <p>Os motivos apresentados pela Direção:</p>
          <blockquote style="border-left:4px solid #c7ccd6;margin:0;padding:4px 12px;white-space:pre-wrap;">
            ${data.reasons}
          </blockquote>
          <p>
            A decisão cabe a uma assembleia geral que abra a <strong>${data.earliestDecisionAt}</strong> ou mais tarde,
            para que o membro tenha pelo menos um mês para preparar a sua defesa. Receberá a respetiva convocatória e
            poderá aí apresentar os seus argumentos.
          </p>`,
        footer: `${data.networkName} — estatutos, artigo 11.º.`,
      }),
    };
  },
  ru: (input) => {
    const data = {
      ...input,
      proposedAt: formatInstant(input.proposedAt, 'ru', input.timeZone),
      earliestDecisionAt: formatInstant(input.earliestDecisionAt, 'ru', input.timeZone),
    };
    return {
      subject: `${data.networkName}: Дирекция предлагает исключить ${data.organisation}`,
      text: [
        `Здравствуйте, ${data.name}!`,
        '',
        `${data.proposedAt} Дирекция ${data.networkName} предложила исключить представляемого вами участника ${data.organisation} (№ ${data.memberNo}). Основание: ${grounds.ru[data.ground]} (статья 11 устава).`,
        '',
        'Мотивы, приведённые Дирекцией:',
        data.reasons,
        '',
        `Решение принимает общее собрание, открывающееся ${data.earliestDecisionAt} или позже, чтобы у участника был по меньшей мере месяц на подготовку защиты. Вы получите приглашение на это собрание и сможете изложить там свои доводы.`,
      ].join('\n'),
      html: emailLayout({
        language: 'ru',
        title: 'Предложение об исключении',
        body: html`<p>Здравствуйте, ${data.name}!</p>
          <p>
            ${data.proposedAt} Дирекция ${data.networkName} предложила исключить представляемого вами участника
            <strong>${data.organisation}</strong> (№ ${data.memberNo}). Основание: ${grounds.ru[data.ground]} (статья 11
            устава).
          </p>
          <p>Мотивы, приведённые Дирекцией:</p>
          <blockquote style="border-left:4px solid #c7ccd6;margin:0;padding:4px 12px;white-space:pre-wrap;">
            ${data.reasons}
          </blockquote>
          <p>
            Решение принимает общее собрание, открывающееся <strong>${data.earliestDecisionAt}</strong> или позже, чтобы
            у участника был по меньшей мере месяц на подготовку защиты. Вы получите приглашение на это собрание и
            сможете изложить там свои доводы.
          </p>`,
        footer: `${data.networkName} — устав, статья 11.`,
      }),
    };
  },
};
