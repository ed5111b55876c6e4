import type { Body, Office } from '@shared/schemas/body';
import type { Language } from '@shared/schemas/person';
import { seats } from './results';
import { button, emailLayout, html } from '../html';
import { formatInstant, plural } from '../format';
import type { RenderedEmail } from '../renderedEmail';
import { concernedMembers, type ConcernedMember } from './members';

/** The short notices about an assembly after its convocation. */
export type AssemblyNoticeKind =
  'week_before' | 'day_before' | 'opened' | 'votes_opened' | 'closing_soon' | 'cancelled';

/** A vote open now on which some members the person can vote for have not voted yet. */
export interface WaitingVote {
  title: string;
  /** For an election: the seat it fills. */
  seat?: { body: Body; office: Office };
  /** How many of the person's members (their own and the proxies they hold) still have to vote. */
  members: number;
}

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
  /** Every member the person represents that the notice concerns. */
  members: ConcernedMember[];
  /** When votes opened, and six hours before the close: the votes still waiting for the person. */
  waiting?: WaitingVote[];
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
    votes_opened: {
      subject: 'a vote is open',
      lead: (_opens, closes) =>
        `The Table opened a vote that waits for you. The votes close with the room, on ${closes}.`,
      action: 'Vote',
    },
    closing_soon: {
      subject: 'closes in six hours',
      lead: (_opens, closes) => `The assembly closes on ${closes}, and you have not finished taking part.`,
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
    votes_opened: {
      subject: 'un vote est ouvert',
      lead: (_opens, closes) =>
        `La table a ouvert un vote qui vous attend. Les votes clôturent avec la salle, le ${closes}.`,
      action: 'Voter',
    },
    closing_soon: {
      subject: 'clôture dans six heures',
      lead: (_opens, closes) => `L'assemblée clôt le ${closes}, et vous n'avez pas fini d'y prendre part.`,
      action: "Entrer dans l'assemblée",
    },
    cancelled: {
      subject: 'annulée',
      lead: (opens) => `L'assemblée qui devait ouvrir le ${opens} est annulée par la table.`,
      action: "Voir l'assemblée",
    },
  },
  pt: {
    week_before: {
      subject: 'daqui a uma semana',
      lead: (opens, closes) => `A assembleia abre daqui a uma semana, a ${opens}, e encerra a ${closes}.`,
      action: 'Ler a ordem de trabalhos e os documentos',
    },
    day_before: {
      subject: 'amanhã',
      lead: (opens, closes) => `A assembleia abre amanhã, a ${opens}, durante exatamente 24 horas (até ${closes}).`,
      action: 'Ler a ordem de trabalhos e os documentos',
    },
    opened: {
      subject: 'a sala está aberta',
      lead: (_opens, closes) => `A sala da assembleia está aberta até ${closes}: discuta os pontos e vote.`,
      action: 'Entrar na assembleia',
    },
    votes_opened: {
      subject: 'uma votação está aberta',
      lead: (_opens, closes) =>
        `A Mesa abriu uma votação que aguarda o seu voto. As votações encerram com a sala, a ${closes}.`,
      action: 'Votar',
    },
    closing_soon: {
      subject: 'encerra daqui a seis horas',
      lead: (_opens, closes) => `A assembleia encerra a ${closes} e ainda não terminou a sua participação.`,
      action: 'Entrar na assembleia',
    },
    cancelled: {
      subject: 'cancelada',
      lead: (opens) => `A assembleia que devia abrir a ${opens} foi cancelada pela Mesa.`,
      action: 'Ver a assembleia',
    },
  },
  ru: {
    week_before: {
      subject: 'через неделю',
      lead: (opens, closes) => `Собрание откроется через неделю, ${opens}, и закроется ${closes}.`,
      action: 'Прочитать повестку дня и документы',
    },
    day_before: {
      subject: 'завтра',
      lead: (opens, closes) => `Собрание откроется завтра, ${opens}, ровно на 24 часа (до ${closes}).`,
      action: 'Прочитать повестку дня и документы',
    },
    opened: {
      subject: 'зал открыт',
      lead: (_opens, closes) => `Зал собрания открыт до ${closes}: обсуждайте пункты и голосуйте.`,
      action: 'Войти в собрание',
    },
    votes_opened: {
      subject: 'открыто голосование',
      lead: (_opens, closes) =>
        `Президиум открыл голосование, которое ждёт вашего голоса. Голосование закрывается вместе с залом, ${closes}.`,
      action: 'Голосовать',
    },
    closing_soon: {
      subject: 'закрывается через шесть часов',
      lead: (_opens, closes) => `Собрание закрывается ${closes}, а вы ещё не завершили участие.`,
      action: 'Войти в собрание',
    },
    cancelled: {
      subject: 'отменено',
      lead: (opens) => `Собрание, которое должно было открыться ${opens}, отменено Президиумом.`,
      action: 'Открыть собрание',
    },
  },
};

const waitingWords: Record<
  Language,
  { heading: (count: number) => string; vote: (vote: WaitingVote) => string; subject: (count: number) => string }
> = {
  en: {
    heading: (count) => (count === 1 ? 'The vote waiting for you:' : `The ${count} votes waiting for you:`),
    vote: (vote) => `${vote.title} — ${vote.members === 1 ? '1 member' : `${vote.members} members`} to vote for`,
    subject: (count) => `${count} votes are open`,
  },
  fr: {
    heading: (count) => (count === 1 ? 'Le vote qui vous attend :' : `Les ${count} votes qui vous attendent :`),
    vote: (vote) => `${vote.title} — ${vote.members === 1 ? '1 membre' : `${vote.members} membres`} pour qui voter`,
    subject: (count) => `${count} votes sont ouverts`,
  },
  pt: {
    heading: (count) =>
      count === 1 ? 'A votação que aguarda o seu voto:' : `As ${count} votações que aguardam o seu voto:`,
    vote: (vote) => `${vote.title} — ${vote.members === 1 ? '1 membro' : `${vote.members} membros`} pelos quais votar`,
    subject: (count) => `${count} votações estão abertas`,
  },
  ru: {
    heading: (count) => (count === 1 ? 'Голосование, которое ждёт вас:' : `Голосования, которые ждут вас (${count}):`),
    vote: (vote) =>
      `${vote.title} — ${plural('ru', vote.members, { one: 'за # участника', other: 'за # участников' })} ещё нужно проголосовать`,
    subject: (count) => `Открыто голосований: ${count}`,
  },
};

const greetings: Record<Language, { hello: (name: string) => string; reason: string }> = {
  en: { hello: (name) => `Hello ${name},`, reason: 'Reason:' },
  fr: { hello: (name) => `Bonjour ${name},`, reason: 'Motif :' },
  pt: { hello: (name) => `Olá ${name},`, reason: 'Motivo:' },
  ru: { hello: (name) => `Здравствуйте, ${name}!`, reason: 'Причина:' },
};

function render(language: Language, data: AssemblyNoticeEmail): RenderedEmail {
  const sentence = sentences[language][data.notice];
  const lead = sentence.lead(
    formatInstant(data.opensAt, language, data.timeZone),
    formatInstant(data.closesAt, language, data.timeZone),
  );
  const hello = greetings[language].hello(data.name);
  const reason = data.notice === 'cancelled' && data.reason ? `${greetings[language].reason} ${data.reason}` : '';
  const waiting = (data.waiting ?? []).map((vote) =>
    waitingWords[language].vote({
      ...vote,
      title: vote.seat
        ? `${vote.title} (${seats[language].body[vote.seat.body]} — ${seats[language].office[vote.seat.office]})`
        : vote.title,
    }),
  );
  const waitingHeading = waitingWords[language].heading(waiting.length);
  const members = concernedMembers(language, data.members);
  return {
    subject: `${data.title} — ${data.notice === 'votes_opened' && waiting.length > 1 ? waitingWords[language].subject(waiting.length) : sentence.subject} (${data.networkName})`,
    text: [
      hello,
      '',
      lead,
      ...(reason ? ['', reason] : []),
      ...(waiting.length ? ['', waitingHeading, ...waiting.map((line) => `  - ${line}`)] : []),
      '',
      ...members.text,
      '',
      `${sentence.action}: ${data.link}`,
    ].join('\n'),
    html: emailLayout({
      language,
      title: data.title,
      body: html`<p>${hello}</p>
        <p><strong>${data.title}</strong></p>
        <p>${lead}</p>
        ${reason ? html`<p>${reason}</p>` : ''}${
          waiting.length
            ? html`<p>${waitingHeading}</p>
                <ul>
                  ${waiting.map((line) => html`<li>${line}</li>`)}
                </ul>`
            : ''
        }${members.html}${button(data.link, sentence.action)}`,
      footer: data.networkName,
    }),
  };
}

/** Reminders before and during an assembly, and its cancellation (R.6, R.7). */
export const assemblyNoticeEmail: Record<Language, (data: AssemblyNoticeEmail) => RenderedEmail> = {
  en: (data) => render('en', data),
  fr: (data) => render('fr', data),
  pt: (data) => render('pt', data),
  ru: (data) => render('ru', data),
};
