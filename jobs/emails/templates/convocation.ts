import type { AgendaItemKind, AssemblyKind } from '@shared/schemas/assembly';
import type { Language } from '@shared/schemas/person';
import { button, emailLayout, html } from '../html';
import { formatInstant } from '../format';
import type { RenderedEmail } from '../render';

export interface ConvocationEmail {
  name: string;
  organisation: string;
  memberNo: number;
  /** Associates and members pending validation are convened but do not vote. */
  voting: boolean;
  title: string;
  kind: AssemblyKind;
  opensAt: string;
  closesAt: string;
  /** The recipient's own zone, and the network's. */
  timeZone: string;
  referenceTimeZone: string;
  agenda: Array<{ title: string; kind: AgendaItemKind; description: string; documents: Array<{ name: string; link: string }> }>;
  /** The personal link: signed, for this person and this assembly only. */
  link: string;
  convenedBy: string;
  /** An updated convocation after the agenda or the date changed. */
  update: boolean;
  networkName: string;
}

const words = {
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
    } satisfies Record<AgendaItemKind, string>,
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
    } satisfies Record<AgendaItemKind, string>,
  },
} as const;

function when(data: ConvocationEmail, language: Language) {
  const own = { opens: formatInstant(data.opensAt, language, data.timeZone), closes: formatInstant(data.closesAt, language, data.timeZone) };
  const reference =
    data.timeZone === data.referenceTimeZone
      ? null
      : { opens: formatInstant(data.opensAt, language, data.referenceTimeZone), closes: formatInstant(data.closesAt, language, data.referenceTimeZone) };
  return { own, reference };
}

/** R.6, R.7: the convocation to every member, with the agenda, the documents and the personal link. */
export const convocationEmail: Record<Language, (data: ConvocationEmail) => RenderedEmail> = {
  en: (data) => {
    const w = words.en;
    const { own, reference } = when(data, 'en');
    const role = data.voting
      ? `You represent ${data.organisation} (member no. ${data.memberNo}) and vote for it.`
      : `You represent ${data.organisation} (member no. ${data.memberNo}): it takes part in the discussion but does not vote.`;
    const proxies =
      'Cannot take part? Before or during the assembly, you may give the proxy of a voting member you represent to another voting member of the same continent, in the assembly room. You can revoke it until it is used, and voting yourself cancels it for that vote.';
    const agendaText = data.agenda.flatMap((item, index) => [
      `${index + 1}. ${item.title} (${w.item[item.kind]})`,
      ...(item.description ? [`   ${item.description}`] : []),
      ...item.documents.map((document) => `   - ${document.name}: ${document.link}`),
    ]);
    return {
      subject: `${data.update ? 'Updated convocation' : 'Convocation'}: ${data.title} — ${data.networkName}`,
      text: [
        `Hello ${data.name},`,
        '',
        `${data.convenedBy}, for the Table of the assembly, convenes the members of ${data.networkName} to the ${w.kind[data.kind]} "${data.title}".${data.update ? ' This convocation replaces the previous one: the agenda or the dates changed.' : ''}`,
        '',
        `The assembly is held online for exactly 24 hours:`,
        `  opens  ${own.opens}`,
        `  closes ${own.closes}`,
        ...(reference ? [`  (${reference.opens} to ${reference.closes})`] : []),
        '',
        role,
        '',
        'Agenda:',
        ...agendaText,
        '',
        'Your personal link to the assembly (do not share it: it signs you in):',
        data.link,
        '',
        proxies,
        '',
        'A calendar invitation with the exact window is attached.',
      ].join('\n'),
      html: emailLayout({
        language: 'en',
        title: data.title,
        body: html`<p>Hello ${data.name},</p>
<p>${data.convenedBy}, for the Table of the assembly, convenes the members of ${data.networkName} to the ${w.kind[data.kind]} <strong>${data.title}</strong>.${data.update ? ' This convocation replaces the previous one: the agenda or the dates changed.' : ''}</p>
<p>The assembly is held online for exactly 24 hours:<br><strong>opens ${own.opens}</strong><br><strong>closes ${own.closes}</strong>${reference ? html`<br><span style="color:#4a5565;">(${reference.opens} to ${reference.closes})</span>` : ''}</p>
<p>${role}</p>
<h2 style="font-size:18px;">Agenda</h2>
<ol>${data.agenda.map(
          (item) =>
            html`<li><strong>${item.title}</strong> <span style="color:#4a5565;">(${w.item[item.kind]})</span>${item.description ? html`<br>${item.description}` : ''}${
              item.documents.length ? html`<ul>${item.documents.map((document) => html`<li><a href="${document.link}">${document.name}</a></li>`)}</ul>` : ''
            }</li>`,
        )}</ol>
${button(data.link, 'Open the assembly')}
<p style="font-size:14px;">Do not share this link: it signs you in.</p>
<p style="font-size:14px;">${proxies}</p>`,
        footer: 'A calendar invitation with the exact window is attached.',
      }),
    };
  },
  fr: (data) => {
    const w = words.fr;
    const { own, reference } = when(data, 'fr');
    const role = data.voting
      ? `Vous représentez ${data.organisation} (membre n° ${data.memberNo}) et votez pour lui.`
      : `Vous représentez ${data.organisation} (membre n° ${data.memberNo}) : il prend part aux discussions mais ne vote pas.`;
    const proxies =
      "Vous ne pourrez pas participer ? Avant ou pendant l'assemblée, vous pouvez donner la procuration d'un membre votant que vous représentez à un autre membre votant du même continent, dans la salle de l'assemblée. Vous pouvez la révoquer tant qu'elle n'a pas servi, et voter vous-même l'annule pour ce vote.";
    const agendaText = data.agenda.flatMap((item, index) => [
      `${index + 1}. ${item.title} (${w.item[item.kind]})`,
      ...(item.description ? [`   ${item.description}`] : []),
      ...item.documents.map((document) => `   - ${document.name} : ${document.link}`),
    ]);
    return {
      subject: `${data.update ? 'Convocation mise à jour' : 'Convocation'} : ${data.title} — ${data.networkName}`,
      text: [
        `Bonjour ${data.name},`,
        '',
        `${data.convenedBy}, pour la table de l'assemblée, convoque les membres de ${data.networkName} à l'${w.kind[data.kind]} « ${data.title} ».${data.update ? " Cette convocation remplace la précédente : l'ordre du jour ou les dates ont changé." : ''}`,
        '',
        "L'assemblée se tient en ligne pendant exactement 24 heures :",
        `  ouverture ${own.opens}`,
        `  clôture   ${own.closes}`,
        ...(reference ? [`  (${reference.opens} au ${reference.closes})`] : []),
        '',
        role,
        '',
        'Ordre du jour :',
        ...agendaText,
        '',
        "Votre lien personnel vers l'assemblée (ne le partagez pas : il vous connecte) :",
        data.link,
        '',
        proxies,
        '',
        'Une invitation de calendrier avec les heures exactes est jointe.',
      ].join('\n'),
      html: emailLayout({
        language: 'fr',
        title: data.title,
        body: html`<p>Bonjour ${data.name},</p>
<p>${data.convenedBy}, pour la table de l'assemblée, convoque les membres de ${data.networkName} à l'${w.kind[data.kind]} <strong>${data.title}</strong>.${data.update ? " Cette convocation remplace la précédente : l'ordre du jour ou les dates ont changé." : ''}</p>
<p>L'assemblée se tient en ligne pendant exactement 24 heures :<br><strong>ouverture ${own.opens}</strong><br><strong>clôture ${own.closes}</strong>${reference ? html`<br><span style="color:#4a5565;">(${reference.opens} au ${reference.closes})</span>` : ''}</p>
<p>${role}</p>
<h2 style="font-size:18px;">Ordre du jour</h2>
<ol>${data.agenda.map(
          (item) =>
            html`<li><strong>${item.title}</strong> <span style="color:#4a5565;">(${w.item[item.kind]})</span>${item.description ? html`<br>${item.description}` : ''}${
              item.documents.length ? html`<ul>${item.documents.map((document) => html`<li><a href="${document.link}">${document.name}</a></li>`)}</ul>` : ''
            }</li>`,
        )}</ol>
${button(data.link, "Ouvrir l'assemblée")}
<p style="font-size:14px;">Ne partagez pas ce lien : il vous connecte.</p>
<p style="font-size:14px;">${proxies}</p>`,
        footer: 'Une invitation de calendrier avec les heures exactes est jointe.',
      }),
    };
  },
};
