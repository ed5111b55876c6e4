import type { AgendaItemKind, AssemblyKind } from '@shared/schemas/assembly';
import type { Language } from '@shared/schemas/person';
import { button, emailLayout, html, type SafeHtml } from '../html';
import { formatInstant } from '../format';
import type { RenderedEmail } from '../renderedEmail';
import { concernedMembers, type ConcernedMember } from './members';

export interface ConvocationEmail {
  name: string;
  /** Every member the person represents: one convocation names them all. */
  members: ConcernedMember[];
  title: string;
  kind: AssemblyKind;
  opensAt: string;
  closesAt: string;
  /** The recipient's own zone, and the network's. */
  timeZone: string;
  referenceTimeZone: string;
  agenda: Array<{
    title: string;
    kind: AgendaItemKind;
    description: string;
    documents: Array<{ name: string; link: string }>;
  }>;
  /** The personal link: signed, for this person and this assembly only. */
  link: string;
  convenedBy: string;
  /** An updated convocation after the agenda or the date changed. */
  update: boolean;
  networkName: string;
}

interface Sentences {
  kind: Record<AssemblyKind, string>;
  item: Record<AgendaItemKind, string>;
  hello: (name: string) => string;
  subject: (update: boolean, title: string, network: string) => string;
  convenes: (by: string, network: string, kind: string, title: string) => string;
  /** The same sentence, with the title in bold for the HTML part. */
  convenesHtml: (by: string, network: string, kind: string, title: SafeHtml) => SafeHtml;
  replaces: string;
  heldOnline: string;
  opens: string;
  closes: string;
  /** The two words around the reference zone's window: "(… to …)". */
  to: string;
  role: (voting: boolean, organisation: string, memberNo: number) => string;
  agenda: string;
  colon: string;
  linkIntro: string;
  linkWarning: string;
  button: string;
  proxies: string;
  invitation: string;
}

const sentences: Record<Language, Sentences> = {
  en: {
    kind: { ordinary: 'ordinary general assembly', extraordinary: 'extraordinary general assembly' },
    item: {
      information: 'information',
      ordinary_decision: 'decision',
      statute_change: 'statute change (two thirds present or represented)',
      rules_change: 'change of the internal rules',
      election: 'election',
      admission_validation: 'validation of new members',
      exclusion: 'exclusion',
      agenda_change: 'change of the agenda',
    },
    hello: (name) => `Hello ${name},`,
    subject: (update, title, network) => `${update ? 'Updated convocation' : 'Convocation'}: ${title} — ${network}`,
    convenes: (by, network, kind, title) =>
      `${by}, for the Table of the assembly, convenes the members of ${network} to the ${kind} "${title}".`,
    convenesHtml: (by, network, kind, title) =>
      html`${by}, for the Table of the assembly, convenes the members of ${network} to the ${kind}
        <strong>${title}</strong>.`,
    replaces: ' This convocation replaces the previous one: the agenda or the dates changed.',
    heldOnline: 'The assembly is held online for exactly 24 hours:',
    opens: 'opens ',
    closes: 'closes',
    to: 'to',
    role: (voting, organisation, memberNo) =>
      voting
        ? `You represent ${organisation} (member no. ${memberNo}) and vote for it.`
        : `You represent ${organisation} (member no. ${memberNo}): it takes part in the discussion but does not vote.`,
    agenda: 'Agenda',
    colon: ':',
    linkIntro: 'Your personal link to the assembly (do not share it: it signs you in):',
    linkWarning: 'Do not share this link: it signs you in.',
    button: 'Open the assembly',
    proxies:
      'Cannot take part? Before or during the assembly, you may give the proxy of a voting member you represent to another voting member of the same continent, in the assembly room. You can revoke it until it is used, and voting yourself cancels it for that vote.',
    invitation: 'A calendar invitation with the exact window is attached.',
  },
  fr: {
    kind: { ordinary: 'assemblée générale ordinaire', extraordinary: 'assemblée générale extraordinaire' },
    item: {
      information: 'information',
      ordinary_decision: 'décision',
      statute_change: 'modification des statuts (deux tiers présents ou représentés)',
      rules_change: 'modification du règlement intérieur',
      election: 'élection',
      admission_validation: 'validation des nouveaux membres',
      exclusion: 'exclusion',
      agenda_change: "modification de l'ordre du jour",
    },
    hello: (name) => `Bonjour ${name},`,
    subject: (update, title, network) =>
      `${update ? 'Convocation mise à jour' : 'Convocation'} : ${title} — ${network}`,
    convenes: (by, network, kind, title) =>
      `${by}, pour la table de l'assemblée, convoque les membres de ${network} à l'${kind} « ${title} ».`,
    convenesHtml: (by, network, kind, title) =>
      html`${by}, pour la table de l'assemblée, convoque les membres de ${network} à l'${kind}
        <strong>${title}</strong>.`,
    replaces: " Cette convocation remplace la précédente : l'ordre du jour ou les dates ont changé.",
    heldOnline: "L'assemblée se tient en ligne pendant exactement 24 heures :",
    opens: 'ouverture',
    closes: 'clôture  ',
    to: 'au',
    role: (voting, organisation, memberNo) =>
      voting
        ? `Vous représentez ${organisation} (membre n° ${memberNo}) et votez pour lui.`
        : `Vous représentez ${organisation} (membre n° ${memberNo}) : il prend part aux discussions mais ne vote pas.`,
    agenda: 'Ordre du jour',
    colon: ' :',
    linkIntro: "Votre lien personnel vers l'assemblée (ne le partagez pas : il vous connecte) :",
    linkWarning: 'Ne partagez pas ce lien : il vous connecte.',
    button: "Ouvrir l'assemblée",
    proxies:
      "Vous ne pourrez pas participer ? Avant ou pendant l'assemblée, vous pouvez donner la procuration d'un membre votant que vous représentez à un autre membre votant du même continent, dans la salle de l'assemblée. Vous pouvez la révoquer tant qu'elle n'a pas servi, et voter vous-même l'annule pour ce vote.",
    invitation: 'Une invitation de calendrier avec les heures exactes est jointe.',
  },
  pt: {
    kind: { ordinary: 'assembleia geral ordinária', extraordinary: 'assembleia geral extraordinária' },
    item: {
      information: 'informação',
      ordinary_decision: 'decisão',
      statute_change: 'alteração dos estatutos (dois terços presentes ou representados)',
      rules_change: 'alteração do regulamento interno',
      election: 'eleição',
      admission_validation: 'validação de novos membros',
      exclusion: 'exclusão',
      agenda_change: 'alteração da ordem de trabalhos',
    },
    hello: (name) => `Olá ${name},`,
    subject: (update, title, network) =>
      `${update ? 'Convocatória atualizada' : 'Convocatória'}: ${title} — ${network}`,
    convenes: (by, network, kind, title) =>
      `${by}, pela Mesa da assembleia, convoca os membros da ${network} para a ${kind} «${title}».`,
    convenesHtml: (by, network, kind, title) =>
      html`${by}, pela Mesa da assembleia, convoca os membros da ${network} para a ${kind} <strong>${title}</strong>.`,
    replaces: ' Esta convocatória substitui a anterior: a ordem de trabalhos ou as datas mudaram.',
    heldOnline: 'A assembleia decorre em linha durante exatamente 24 horas:',
    opens: 'abertura    ',
    closes: 'encerramento',
    to: 'a',
    role: (voting, organisation, memberNo) =>
      voting
        ? `Representa ${organisation} (membro n.º ${memberNo}) e vota por ele.`
        : `Representa ${organisation} (membro n.º ${memberNo}): participa na discussão, mas não vota.`,
    agenda: 'Ordem de trabalhos',
    colon: ':',
    linkIntro: 'A sua ligação pessoal para a assembleia (não a partilhe: dá acesso em seu nome):',
    linkWarning: 'Não partilhe esta ligação: dá acesso em seu nome.',
    button: 'Abrir a assembleia',
    proxies:
      'Não pode participar? Antes ou durante a assembleia, pode dar a procuração de um membro votante que representa a outro membro votante do mesmo continente, na sala da assembleia. Pode revogá-la enquanto não for usada, e se votar pessoalmente ela fica sem efeito para essa votação.',
    invitation: 'Segue em anexo um convite de calendário com o horário exato.',
  },
  ru: {
    kind: { ordinary: 'очередное общее собрание', extraordinary: 'внеочередное общее собрание' },
    item: {
      information: 'информация',
      ordinary_decision: 'решение',
      statute_change: 'изменение устава (нужны две трети присутствующих или представленных)',
      rules_change: 'изменение регламента',
      election: 'выборы',
      admission_validation: 'утверждение новых участников',
      exclusion: 'исключение',
      agenda_change: 'изменение повестки дня',
    },
    hello: (name) => `Здравствуйте, ${name}!`,
    subject: (update, title, network) =>
      `${update ? 'Обновлённое приглашение' : 'Приглашение на собрание'}: ${title} — ${network}`,
    convenes: (by, network, kind, title) =>
      `${by} от имени Президиума собрания созывает участников ${network} на ${kind} «${title}».`,
    convenesHtml: (by, network, kind, title) =>
      html`${by} от имени Президиума собрания созывает участников ${network} на ${kind} <strong>${title}</strong>.`,
    replaces: ' Это приглашение заменяет предыдущее: изменилась повестка дня или даты.',
    heldOnline: 'Собрание проходит онлайн ровно 24 часа:',
    opens: 'открытие',
    closes: 'закрытие',
    to: '—',
    role: (voting, organisation, memberNo) =>
      voting
        ? `Вы представляете ${organisation} (участник № ${memberNo}) и голосуете за него.`
        : `Вы представляете ${organisation} (участник № ${memberNo}): он участвует в обсуждении, но не голосует.`,
    agenda: 'Повестка дня',
    colon: ':',
    linkIntro: 'Ваша личная ссылка на собрание (не передавайте её никому: по ней входят от вашего имени):',
    linkWarning: 'Не передавайте эту ссылку никому: по ней входят от вашего имени.',
    button: 'Открыть собрание',
    proxies:
      'Не сможете участвовать? До или во время собрания вы можете в зале собрания передать доверенность представляемого вами голосующего участника другому голосующему участнику с того же континента. Доверенность можно отозвать, пока она не использована, а если вы проголосуете сами, она для этого голосования отменяется.',
    invitation: 'К письму приложено приглашение в календарь с точным временем.',
  },
};

/** R.6, R.7: the convocation to every member, with the agenda, the documents and the personal link. */
function render(language: Language, data: ConvocationEmail): RenderedEmail {
  const w = sentences[language];
  const at = (iso: string, zone: string) => formatInstant(iso, language, zone);
  const own = { opens: at(data.opensAt, data.timeZone), closes: at(data.closesAt, data.timeZone) };
  const reference =
    data.timeZone === data.referenceTimeZone
      ? null
      : { opens: at(data.opensAt, data.referenceTimeZone), closes: at(data.closesAt, data.referenceTimeZone) };
  const replaces = data.update ? w.replaces : '';
  // One member: one sentence; several: the list, each said voting or not.
  const only = data.members.length === 1 ? data.members[0]! : null;
  const role = only
    ? {
        text: [w.role(only.voting !== false, only.organisation, only.memberNo)],
        html: html`<p>${w.role(only.voting !== false, only.organisation, only.memberNo)}</p>`,
      }
    : concernedMembers(language, data.members);
  const kind = w.kind[data.kind];
  const agendaText = data.agenda.flatMap((item, index) => [
    `${index + 1}. ${item.title} (${w.item[item.kind]})`,
    ...(item.description ? [`   ${item.description}`] : []),
    ...item.documents.map((document) => `   - ${document.name}${w.colon} ${document.link}`),
  ]);
  return {
    subject: w.subject(data.update, data.title, data.networkName),
    text: [
      w.hello(data.name),
      '',
      w.convenes(data.convenedBy, data.networkName, kind, data.title) + replaces,
      '',
      w.heldOnline,
      `  ${w.opens} ${own.opens}`,
      `  ${w.closes} ${own.closes}`,
      ...(reference ? [`  (${reference.opens} ${w.to} ${reference.closes})`] : []),
      '',
      ...role.text,
      '',
      `${w.agenda}${w.colon}`,
      ...agendaText,
      '',
      w.linkIntro,
      data.link,
      '',
      w.proxies,
      '',
      w.invitation,
    ].join('\n'),
    html: emailLayout({
      language,
      title: data.title,
      body: html`<p>${w.hello(data.name)}</p>
        <p>${w.convenesHtml(data.convenedBy, data.networkName, kind, html`${data.title}`)}${replaces}</p>
        <p>
          ${w.heldOnline}<br /><strong>${w.opens.trim()} ${own.opens}</strong><br /><strong
            >${w.closes.trim()} ${own.closes}</strong
          >${reference ? html`<br /><span style="color:#4a5565;">(${reference.opens} ${w.to} ${reference.closes})</span>` : ''}
        </p>
        ${role.html}
        <h2 style="font-size:18px;">${w.agenda}</h2>
        <ol>
          ${data.agenda.map(
            (item) =>
              html`<li>
                <strong>${item.title}</strong>
                <span style="color:#4a5565;">(${w.item[item.kind]})</span
                >${item.description ? html`<br />${item.description}` : ''}${
                  item.documents.length
                    ? html`<ul>
                        ${item.documents.map((document) => html`<li><a href="${document.link}">${document.name}</a></li>`)}
                      </ul>`
                    : ''
                }
              </li>`,
          )}
        </ol>
        ${button(data.link, w.button)}
        <p style="font-size:14px;">${w.linkWarning}</p>
        <p style="font-size:14px;">${w.proxies}</p>`,
      footer: w.invitation,
    }),
  };
}

export const convocationEmail: Record<Language, (data: ConvocationEmail) => RenderedEmail> = {
  en: (data) => render('en', data),
  fr: (data) => render('fr', data),
  pt: (data) => render('pt', data),
  ru: (data) => render('ru', data),
};
