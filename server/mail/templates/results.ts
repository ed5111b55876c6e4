import { renderElectionReason, renderReason } from '@shared/rules/messages';
import type { MotionResult } from '@shared/rules/tally';
import type { ElectionRoundResult } from '@shared/rules/elections';
import type { Body, Office } from '@shared/schemas/body';
import type { Language } from '@shared/schemas/person';
import type { SecretArchive } from '@shared/rules/minutesSources';
import { button, emailLayout, html } from '../html';
import { formatInstant } from '../format';
import type { RenderedEmail } from '../renderedEmail';
import { concernedMembers, type ConcernedMember } from './members';

export interface ResultsEmail {
  name: string;
  title: string;
  closesAt: string;
  timeZone: string;
  link: string;
  networkName: string;
  /** Each motion in agenda order, with its result at the close. */
  motions: Array<{
    item: string;
    title: string;
    secret: boolean;
    result: MotionResult;
    archive?: SecretArchive | null;
  }>;
  /** Each election with its last round counted. */
  elections?: Array<{
    body: Body;
    office: Office;
    elected: string | null;
    result: ElectionRoundResult;
    /** The organisation of each candidate, by member number, for the result's sentence. */
    organisations?: Record<number, string>;
    archive?: SecretArchive | null;
  }>;
  /** Every member the person represents: one e-mail names them all. */
  members: ConcernedMember[];
}

/** The names of the bodies and their offices, as the e-mails write them. */
export const seats: Record<Language, { body: Record<Body, string>; office: Record<Office, string>; elected: string }> =
  {
    en: {
      body: { direction: 'Direction', table: 'Table of the assembly', audit_council: 'Audit council' },
      office: { president: 'President', vice_president: 'Vice-president', secretary: 'Secretary' },
      elected: 'elected',
    },
    fr: {
      body: {
        direction: 'Direction',
        table: "Table de l'assemblée",
        audit_council: 'Conseil de vérification des comptes',
      },
      office: { president: 'Président·e', vice_president: 'Vice-président·e', secretary: 'Secrétaire' },
      elected: 'élu·e',
    },
    pt: {
      body: { direction: 'Direção', table: 'Mesa da assembleia', audit_council: 'Conselho fiscal' },
      office: { president: 'Presidente', vice_president: 'Vice-presidente', secretary: 'Secretário/a' },
      elected: 'eleito/a',
    },
    ru: {
      body: { direction: 'Дирекция', table: 'Президиум собрания', audit_council: 'Ревизионный совет' },
      office: { president: 'Председатель', vice_president: 'Заместитель председателя', secretary: 'Секретарь' },
      elected: '— избран(а)',
    },
  };

const words = {
  en: {
    subject: 'results',
    hello: (name: string) => `Hello ${name},`,
    lead: (closes: string) => `The assembly closed on ${closes}. The results, counted at the close:`,
    none: 'No motion was put to the vote.',
    outcome: { adopted: 'Adopted', rejected: 'Rejected', not_decided: 'Not decided' },
    archive: (file: string, sha256: string) =>
      `Belenios archive ${file}, SHA-256 ${sha256}: anyone can check this count with belenios-tool.`,
    secret: 'secret ballot',
    check: 'The receipt hashes of every ballot counted are published with the results: check yours in the room.',
    action: 'See the results',
  },
  fr: {
    subject: 'résultats',
    hello: (name: string) => `Bonjour ${name},`,
    lead: (closes: string) => `L'assemblée a clos le ${closes}. Les résultats, comptés à la clôture :`,
    none: "Aucune motion n'a été mise au vote.",
    outcome: { adopted: 'Adoptée', rejected: 'Rejetée', not_decided: 'Non décidée' },
    archive: (file: string, sha256: string) =>
      `Archive Belenios ${file}, SHA-256 ${sha256} : chacun peut vérifier ce décompte avec belenios-tool.`,
    secret: 'vote secret',
    check:
      'Les empreintes des reçus de tous les votes comptés sont publiées avec les résultats : vérifiez les vôtres dans la salle.',
    action: 'Voir les résultats',
  },
  pt: {
    subject: 'resultados',
    hello: (name: string) => `Olá ${name},`,
    lead: (closes: string) => `A assembleia encerrou a ${closes}. Os resultados, apurados no encerramento:`,
    none: 'Nenhuma proposta foi posta a votação.',
    outcome: { adopted: 'Aprovada', rejected: 'Rejeitada', not_decided: 'Sem decisão' },
    archive: (file: string, sha256: string) =>
      `Arquivo Belenios ${file}, SHA-256 ${sha256}: qualquer pessoa pode verificar esta contagem com o belenios-tool.`,
    secret: 'voto secreto',
    check:
      'As impressões digitais dos recibos de todos os votos contados são publicadas com os resultados: verifique as suas na sala.',
    action: 'Ver os resultados',
  },
  ru: {
    subject: 'результаты',
    hello: (name: string) => `Здравствуйте, ${name}!`,
    lead: (closes: string) => `Собрание закрылось ${closes}. Результаты, подсчитанные при закрытии:`,
    none: 'Ни один вопрос не был поставлен на голосование.',
    outcome: { adopted: 'Принято', rejected: 'Отклонено', not_decided: 'Решение не принято' },
    archive: (file: string, sha256: string) =>
      `Архив Belenios ${file}, SHA-256 ${sha256}: любой может проверить этот подсчёт с помощью belenios-tool.`,
    secret: 'тайное голосование',
    check:
      'Отпечатки квитанций всех учтённых бюллетеней публикуются вместе с результатами: проверьте свои в зале собрания.',
    action: 'Посмотреть результаты',
  },
} as const;

function render(language: Language, data: ResultsEmail): RenderedEmail {
  const w = words[language];
  const members = concernedMembers(language, data.members);
  const lead = w.lead(formatInstant(data.closesAt, language, data.timeZone));
  const lines = data.motions.map(({ item, title, secret, result, archive }) => ({
    heading: `${item} — ${title}${secret ? ` (${w.secret})` : ''}`,
    outcome: `${w.outcome[result.outcome]}. ${renderReason(language, result)}`,
    archive: archive ? w.archive(archive.file, archive.sha256) : null,
  }));
  for (const election of data.elections ?? []) {
    const seat = seats[language];
    lines.push({
      heading: `${seat.body[election.body]} — ${seat.office[election.office]}`,
      outcome: `${election.elected ? `${election.elected} ${seat.elected}. ` : ''}${renderElectionReason(language, election.result, (memberNo) => election.organisations?.[memberNo])}`,
      archive: election.archive ? w.archive(election.archive.file, election.archive.sha256) : null,
    });
  }
  return {
    subject: `${data.title} — ${w.subject} (${data.networkName})`,
    text: [
      w.hello(data.name),
      '',
      lead,
      '',
      ...(lines.length
        ? lines.flatMap((line) => [
            line.heading,
            `  ${line.outcome}`,
            ...(line.archive ? [`  ${line.archive}`] : []),
            '',
          ])
        : [w.none, '']),
      ...members.text,
      '',
      w.check,
      '',
      `${w.action}: ${data.link}`,
    ].join('\n'),
    html: emailLayout({
      language,
      title: data.title,
      body: html`<p>${w.hello(data.name)}</p>
        <p><strong>${data.title}</strong></p>
        <p>${lead}</p>
        ${
          lines.length
            ? html`<ul>
                ${lines.map(
                  (line) =>
                    html`<li>
                      <strong>${line.heading}</strong><br />${line.outcome}${
                        line.archive ? html`<br /><small style="word-break:break-all">${line.archive}</small>` : ''
                      }
                    </li>`,
                )}
              </ul>`
            : html`<p>${w.none}</p>`
        }
        <p>${w.check}</p>
        ${members.html}${button(data.link, w.action)}`,
      footer: data.networkName,
    }),
  };
}

/** R.6, R.7: every member learns the results at the close. */
export const resultsEmail: Record<Language, (data: ResultsEmail) => RenderedEmail> = {
  en: (data) => render('en', data),
  fr: (data) => render('fr', data),
  pt: (data) => render('pt', data),
  ru: (data) => render('ru', data),
};
