import type { Language } from '@shared/schemas/person';
import { button, emailLayout, html } from '../html';
import { formatInstant } from '../format';
import type { RenderedEmail } from '../renderedEmail';

/** The short notices about an assembly after its convocation. */
export type AssemblyNoticeKind = 'week_before' | 'day_before' | 'opened' | 'closing_soon' | 'cancelled';

export interface AssemblyNoticeEmail {
  notice: AssemblyNoticeKind;
  name: string;
  title: string;
  opensAt: string;
  closesAt: string;
  timeZone: string;
  link: string;
  /** For a cancellation: the Table's reason. */
  reason: string;
  networkName: string;
}

const sentences: Record<
  Language,
  Record<AssemblyNoticeKind, { subject: string; lead: (opens: string, closes: string) => string; action: string }>
> = {
  en: {
    week_before: {
      subject: 'in one week',
      lead: (opens, closes) => `The assembly opens in one week, on ${opens}, and closes on ${closes}.`,
      action: 'Read the agenda and documents',
    },
    day_before: {
      subject: 'tomorrow',
      lead: (opens, closes) => `The assembly opens tomorrow, on ${opens}, for exactly 24 hours (until ${closes}).`,
      action: 'Read the agenda and documents',
    },
    opened: {
      subject: 'the room is open',
      lead: (_opens, closes) => `The assembly room is open until ${closes}: discuss the items and vote.`,
      action: 'Enter the assembly',
    },
    closing_soon: {
      subject: 'closes in six hours',
      lead: (_opens, closes) =>
        `The assembly closes on ${closes}, and the member you represent has not taken part yet.`,
      action: 'Enter the assembly',
    },
    cancelled: {
      subject: 'cancelled',
      lead: (opens) => `The assembly that was to open on ${opens} is cancelled by the Table.`,
      action: 'See the assembly',
    },
  },
  fr: {
    week_before: {
      subject: 'dans une semaine',
      lead: (opens, closes) => `L'assemblée ouvre dans une semaine, le ${opens}, et clôt le ${closes}.`,
      action: "Lire l'ordre du jour et les documents",
    },
    day_before: {
      subject: 'demain',
      lead: (opens, closes) => `L'assemblée ouvre demain, le ${opens}, pour exactement 24 heures (jusqu'au ${closes}).`,
      action: "Lire l'ordre du jour et les documents",
    },
    opened: {
      subject: 'la salle est ouverte',
      lead: (_opens, closes) =>
        `La salle de l'assemblée est ouverte jusqu'au ${closes} : discutez les points et votez.`,
      action: "Entrer dans l'assemblée",
    },
    closing_soon: {
      subject: 'clôture dans six heures',
      lead: (_opens, closes) =>
        `L'assemblée clôt le ${closes}, et le membre que vous représentez n'y a pas encore pris part.`,
      action: "Entrer dans l'assemblée",
    },
    cancelled: {
      subject: 'annulée',
      lead: (opens) => `L'assemblée qui devait ouvrir le ${opens} est annulée par la table.`,
      action: "Voir l'assemblée",
    },
  },
};

function render(language: Language, data: AssemblyNoticeEmail): RenderedEmail {
  const sentence = sentences[language][data.notice];
  const lead = sentence.lead(
    formatInstant(data.opensAt, language, data.timeZone),
    formatInstant(data.closesAt, language, data.timeZone),
  );
  const hello = language === 'fr' ? `Bonjour ${data.name},` : `Hello ${data.name},`;
  const reason =
    data.notice === 'cancelled' && data.reason ? `${language === 'fr' ? 'Motif' : 'Reason'}: ${data.reason}` : '';
  return {
    subject: `${data.title} — ${sentence.subject} (${data.networkName})`,
    text: [hello, '', lead, ...(reason ? ['', reason] : []), '', `${sentence.action}: ${data.link}`].join('\n'),
    html: emailLayout({
      language,
      title: data.title,
      body: html`<p>${hello}</p>
        <p><strong>${data.title}</strong></p>
        <p>${lead}</p>
        ${reason ? html`<p>${reason}</p>` : ''}${button(data.link, sentence.action)}`,
      footer: data.networkName,
    }),
  };
}

/** Reminders before and during an assembly, and its cancellation (R.6, R.7). */
export const assemblyNoticeEmail: Record<Language, (data: AssemblyNoticeEmail) => RenderedEmail> = {
  en: (data) => render('en', data),
  fr: (data) => render('fr', data),
};
