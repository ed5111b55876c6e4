import type { MotionOutcome } from '@shared/schemas/motion';
import type { Language } from '@shared/schemas/person';
import { button, emailLayout, html } from '../html';
import { formatInstant } from '../format';
import type { RenderedEmail } from '../renderedEmail';
import { concernedMembers, type ConcernedMember } from './members';

export interface MinutesEmail {
  name: string;
  title: string;
  networkName: string;
  version: number;
  /** For a correction: the version it corrects and what changed. */
  correctionOf: number | null;
  correctionNote: string | null;
  publishedAt: string;
  closesAt: string;
  timeZone: string;
  /** The personal link that opens the minutes' page. */
  link: string;
  /** The attached PDF's file name, named in the text. */
  attachment: string;
  /** Each motion in agenda order with its outcome, as a reminder of what the minutes record. */
  motions: Array<{ title: string; outcome: MotionOutcome }>;
  /** Every member the person represents: one e-mail names them all. */
  members: ConcernedMember[];
}

const words = {
  en: {
    subject: (title: string, version: number, correction: boolean) =>
      `${title} — ${correction ? `corrected minutes (version ${version})` : 'minutes'}`,
    hello: (name: string) => `Hello ${name},`,
    lead: (closes: string, published: string) =>
      `The minutes of the assembly that closed on ${closes} were signed by the Table and published on ${published}.`,
    correction: (of: number, note: string) => `This version corrects version ${of}: ${note}`,
    attached: (file: string) =>
      `They are attached to this e-mail as a PDF (${file}); you can also read them online, in French, English, Portuguese or Russian.`,
    decisions: 'What was decided:',
    outcome: { adopted: 'adopted', rejected: 'rejected', not_decided: 'not decided' },
    action: 'Read the minutes',
  },
  fr: {
    subject: (title: string, version: number, correction: boolean) =>
      `${title} — ${correction ? `procès-verbal rectifié (version ${version})` : 'procès-verbal'}`,
    hello: (name: string) => `Bonjour ${name},`,
    lead: (closes: string, published: string) =>
      `Le procès-verbal de l'assemblée close le ${closes} a été signé par la Table et publié le ${published}.`,
    correction: (of: number, note: string) => `Cette version rectifie la version ${of} : ${note}`,
    attached: (file: string) =>
      `Il est joint à cet e-mail en PDF (${file}) ; vous pouvez aussi le lire en ligne, en français, anglais, portugais ou russe.`,
    decisions: 'Ce qui a été décidé :',
    outcome: { adopted: 'adoptée', rejected: 'rejetée', not_decided: 'non décidée' },
    action: 'Lire le procès-verbal',
  },
  pt: {
    subject: (title: string, version: number, correction: boolean) =>
      `${title} — ${correction ? `ata retificada (versão ${version})` : 'ata'}`,
    hello: (name: string) => `Olá ${name},`,
    lead: (closes: string, published: string) =>
      `A ata da assembleia encerrada a ${closes} foi assinada pela Mesa e publicada a ${published}.`,
    correction: (of: number, note: string) => `Esta versão retifica a versão ${of}: ${note}`,
    attached: (file: string) =>
      `Segue em anexo a este e-mail em PDF (${file}); também a pode ler em linha, em português, francês, inglês ou russo.`,
    decisions: 'O que foi decidido:',
    outcome: { adopted: 'aprovada', rejected: 'rejeitada', not_decided: 'sem decisão' },
    action: 'Ler a ata',
  },
  ru: {
    subject: (title: string, version: number, correction: boolean) =>
      `${title} — ${correction ? `исправленный протокол (версия ${version})` : 'протокол'}`,
    hello: (name: string) => `Здравствуйте, ${name}!`,
    lead: (closes: string, published: string) =>
      `Протокол собрания, закрывшегося ${closes}, подписан Президиумом и опубликован ${published}.`,
    correction: (of: number, note: string) => `Эта версия исправляет версию ${of}: ${note}`,
    attached: (file: string) =>
      `Он приложен к этому письму в формате PDF (${file}); его также можно прочитать на сайте — на русском, французском, английском или португальском.`,
    decisions: 'Принятые решения:',
    outcome: { adopted: 'принято', rejected: 'отклонено', not_decided: 'решение не принято' },
    action: 'Прочитать протокол',
  },
} as const;

function render(language: Language, data: MinutesEmail): RenderedEmail {
  const w = words[language];
  const members = concernedMembers(language, data.members);
  const lead = w.lead(
    formatInstant(data.closesAt, language, data.timeZone),
    formatInstant(data.publishedAt, language, data.timeZone),
  );
  const correction = data.correctionOf !== null ? w.correction(data.correctionOf, data.correctionNote ?? '') : null;
  const attached = w.attached(data.attachment);
  const decisions = data.motions.map((motion) => `${motion.title}: ${w.outcome[motion.outcome]}`);
  return {
    subject: `${w.subject(data.title, data.version, data.correctionOf !== null)} (${data.networkName})`,
    text: [
      w.hello(data.name),
      '',
      lead,
      ...(correction ? ['', correction] : []),
      '',
      attached,
      ...(decisions.length ? ['', w.decisions, ...decisions.map((line) => `- ${line}`)] : []),
      '',
      ...members.text,
      '',
      `${w.action}: ${data.link}`,
    ].join('\n'),
    html: emailLayout({
      language,
      title: data.title,
      body: html`<p>${w.hello(data.name)}</p>
        <p><strong>${data.title}</strong></p>
        <p>${lead}</p>
        ${correction ? html`<p>${correction}</p>` : html``}
        <p>${attached}</p>
        ${
          decisions.length
            ? html`<p>${w.decisions}</p>
                <ul>
                  ${decisions.map((line) => html`<li>${line}</li>`)}
                </ul>`
            : html``
        }${members.html}${button(data.link, w.action)}`,
      footer: data.networkName,
    }),
  };
}

/** RULES.md §5: the minutes, sent to all members in their language once published. */
export const minutesEmail: Record<Language, (data: MinutesEmail) => RenderedEmail> = {
  en: (data) => render('en', data),
  fr: (data) => render('fr', data),
  pt: (data) => render('pt', data),
  ru: (data) => render('ru', data),
};
