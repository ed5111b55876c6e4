import type { Language } from '@shared/schemas/person';
import { emailLayout, html, type SafeHtml } from '../html';
import { formatInstant, plural } from '../format';
import type { RenderedEmail } from '../renderedEmail';
import { seats } from './results';
import type { WaitingVote } from './assemblyNotice';
import { concernedMembers, type ConcernedMember } from './members';

/** One message as an e-mail of the discussion quotes it. */
export interface MailedMessage {
  author: string;
  postedAt: string;
  body: string;
  byEmail: boolean;
}

/** One thread of the discussion, with its new messages and the person's reply address for it. */
export interface MailedThread {
  /** The agenda item's title, or null for the general discussion. */
  title: string | null;
  replyAddress: string | null;
  messages: MailedMessage[];
}

/** The e-mails of a room's discussion: each new message, or the digest every few hours. */
export interface RoomMailEmail {
  kind: 'message' | 'digest';
  name: string;
  title: string;
  /** When the e-mail was made: the time left is counted from it. */
  sentAt: string;
  closesAt: string;
  timeZone: string;
  link: string;
  /** Where the person changes what it receives. */
  profileLink: string;
  networkName: string;
  /** How many hours apart the digests go. */
  digestHours: number;
  members: ConcernedMember[];
  threads: MailedThread[];
  waiting: WaitingVote[];
}

/** A message quoted in a digest is cut after so many characters (the room has the whole). */
const excerptLength = 1200;

const words: Record<
  Language,
  {
    hello: (name: string) => string;
    subject: { message: (thread: string, author: string) => string; digest: (count: number) => string };
    general: string;
    left: (hours: number, minutes: number, closes: string) => string;
    digestLead: (count: number) => string;
    author: (message: MailedMessage, at: string) => string;
    reply: string;
    replyHere: string;
    votes: (count: number) => string;
    vote: (vote: WaitingVote) => string;
    enter: string;
    why: { message: string; digest: (hours: number) => string };
    change: string;
    colon: string;
  }
> = {
  en: {
    hello: (name) => `Hello ${name},`,
    subject: {
      message: (thread, author) => `${thread} — ${author}`,
      digest: (count) => (count === 1 ? '1 new message' : `${count} new messages`),
    },
    general: 'General discussion',
    left: (hours, minutes, closes) => `The room is open for ${hours} h ${minutes} min more, until ${closes}.`,
    digestLead: (count) =>
      count === 0
        ? 'No new message since the last digest.'
        : count === 1
          ? 'One new message:'
          : `${count} new messages:`,
    author: (message, at) => `${message.author}, ${at}${message.byEmail ? ' (by e-mail)' : ''}:`,
    reply: 'Answer in this thread by replying to this e-mail, or write to',
    replyHere: 'Answer in this thread: write to',
    votes: (count) => (count === 1 ? 'The vote waiting for you:' : `The ${count} votes waiting for you:`),
    vote: (vote) => `${vote.title} — ${vote.members === 1 ? '1 member' : `${vote.members} members`} to vote for`,
    enter: 'Enter the assembly',
    why: {
      message: 'You receive every message of the room by e-mail.',
      digest: (hours) => `You receive a digest of the room every ${hours} hours while it is open.`,
    },
    change: 'Change it in your profile',
    colon: ':',
  },
  fr: {
    hello: (name) => `Bonjour ${name},`,
    subject: {
      message: (thread, author) => `${thread} — ${author}`,
      digest: (count) => (count === 1 ? '1 nouveau message' : `${count} nouveaux messages`),
    },
    general: 'Discussion générale',
    left: (hours, minutes, closes) => `La salle est encore ouverte ${hours} h ${minutes} min, jusqu'au ${closes}.`,
    digestLead: (count) =>
      count === 0
        ? 'Aucun nouveau message depuis le dernier résumé.'
        : count === 1
          ? 'Un nouveau message :'
          : `${count} nouveaux messages :`,
    author: (message, at) => `${message.author}, ${at}${message.byEmail ? ' (par e-mail)' : ''} :`,
    reply: 'Répondez dans ce fil en répondant à cet e-mail, ou écrivez à',
    replyHere: 'Répondre dans ce fil : écrivez à',
    votes: (count) => (count === 1 ? 'Le vote qui vous attend :' : `Les ${count} votes qui vous attendent :`),
    vote: (vote) => `${vote.title} — ${vote.members === 1 ? '1 membre' : `${vote.members} membres`} pour qui voter`,
    enter: "Entrer dans l'assemblée",
    why: {
      message: 'Vous recevez chaque message de la salle par e-mail.',
      digest: (hours) => `Vous recevez un résumé de la salle toutes les ${hours} heures pendant qu'elle est ouverte.`,
    },
    change: 'Modifiez ce choix dans votre profil',
    colon: ' :',
  },
  pt: {
    hello: (name) => `Olá ${name},`,
    subject: {
      message: (thread, author) => `${thread} — ${author}`,
      digest: (count) => (count === 1 ? '1 nova mensagem' : `${count} novas mensagens`),
    },
    general: 'Discussão geral',
    left: (hours, minutes, closes) => `A sala continua aberta durante mais ${hours} h ${minutes} min, até ${closes}.`,
    digestLead: (count) =>
      count === 0
        ? 'Nenhuma mensagem nova desde o último resumo.'
        : count === 1
          ? 'Uma nova mensagem:'
          : `${count} novas mensagens:`,
    author: (message, at) => `${message.author}, ${at}${message.byEmail ? ' (por e-mail)' : ''}:`,
    reply: 'Para intervir neste tópico, responda a este e-mail ou escreva para',
    replyHere: 'Para intervir neste tópico, escreva para',
    votes: (count) =>
      count === 1 ? 'A votação que aguarda o seu voto:' : `As ${count} votações que aguardam o seu voto:`,
    vote: (vote) =>
      `${vote.title} — ${vote.members === 1 ? '1 membro pelo qual votar' : `${vote.members} membros pelos quais votar`}`,
    enter: 'Entrar na assembleia',
    why: {
      message: 'Recebe por e-mail todas as mensagens da sala.',
      digest: (hours) => `Recebe um resumo da sala de ${hours} em ${hours} horas enquanto está aberta.`,
    },
    change: 'Altere esta escolha no seu perfil',
    colon: ':',
  },
  ru: {
    hello: (name) => `Здравствуйте, ${name}!`,
    subject: {
      message: (thread, author) => `${thread} — ${author}`,
      digest: (count) =>
        plural('ru', count, {
          one: '# новое сообщение',
          few: '# новых сообщения',
          many: '# новых сообщений',
          other: '# нового сообщения',
        }),
    },
    general: 'Общее обсуждение',
    left: (hours, minutes, closes) => `Зал открыт ещё ${hours} ч ${minutes} мин, до ${closes}.`,
    digestLead: (count) =>
      count === 0
        ? 'С последней сводки новых сообщений нет.'
        : count === 1
          ? 'Новое сообщение:'
          : plural('ru', count, {
              one: '# новое сообщение:',
              few: '# новых сообщения:',
              many: '# новых сообщений:',
              other: '# нового сообщения:',
            }),
    author: (message, at) => `${message.author}, ${at}${message.byEmail ? ' (по электронной почте)' : ''}:`,
    reply: 'Чтобы ответить в этой теме, ответьте на это письмо или напишите на адрес',
    replyHere: 'Чтобы ответить в этой теме, напишите на адрес',
    votes: (count) => (count === 1 ? 'Голосование, которое ждёт Вас:' : `Голосования, которые ждут Вас (${count}):`),
    vote: (vote) =>
      `${vote.title} — ${plural('ru', vote.members, { one: 'за # участника', other: 'за # участников' })} ещё нужно проголосовать`,
    enter: 'Войти в собрание',
    why: {
      message: 'Вы получаете по электронной почте каждое сообщение зала.',
      digest: (hours) =>
        `Пока зал открыт, Вы получаете его сводку раз в ${plural('ru', hours, { one: '# час', few: '# часа', many: '# часов', other: '# часа' })}.`,
    },
    change: 'Изменить это можно в Вашем профиле',
    colon: ':',
  },
};

const excerpt = (body: string, whole: boolean) =>
  whole || body.length <= excerptLength ? body : `${body.slice(0, excerptLength).trimEnd()}…`;

function render(language: Language, data: RoomMailEmail): RenderedEmail {
  const w = words[language];
  const left = Math.max(0, Date.parse(data.closesAt) - Date.parse(data.sentAt));
  const timeLeft = w.left(
    Math.floor(left / 3_600_000),
    Math.floor((left % 3_600_000) / 60_000),
    formatInstant(data.closesAt, language, data.timeZone),
  );
  const single = data.kind === 'message';
  const count = data.threads.reduce((sum, thread) => sum + thread.messages.length, 0);
  const threadTitle = (thread: MailedThread) => thread.title ?? w.general;
  const replyWords = data.threads.length === 1 ? w.reply : w.replyHere;
  const waiting = data.waiting.map((vote) =>
    w.vote(
      vote.seat
        ? {
            ...vote,
            title: `${vote.title} (${seats[language].body[vote.seat.body]} — ${seats[language].office[vote.seat.office]})`,
          }
        : vote,
    ),
  );
  const members = concernedMembers(language, data.members);
  const why = single ? w.why.message : w.why.digest(data.digestHours);
  const first = data.threads[0];
  const subject =
    single && first ? w.subject.message(threadTitle(first), first.messages[0]?.author ?? '') : w.subject.digest(count);

  const threadText = data.threads.flatMap((thread) => [
    `== ${threadTitle(thread)} ==`,
    ...thread.messages.flatMap((message) => [
      '',
      w.author(message, formatInstant(message.postedAt, language, data.timeZone)),
      excerpt(message.body, single),
    ]),
    ...(thread.replyAddress ? ['', `${replyWords} ${thread.replyAddress}`] : []),
    '',
  ]);
  const threadHtml = data.threads.map(
    (thread): SafeHtml =>
      html`<h2 style="font-size:18px;margin:24px 0 8px;">${threadTitle(thread)}</h2>
        ${thread.messages.map(
          (message) =>
            html`<p style="margin:12px 0 4px;color:#4a5565;">
                ${w.author(message, formatInstant(message.postedAt, language, data.timeZone))}
              </p>
              <p style="margin:0;white-space:pre-wrap;">${excerpt(message.body, single)}</p>`,
        )}
        ${
          thread.replyAddress
            ? html`<p style="font-size:14px;">
                ${replyWords}
                <a href="mailto:${thread.replyAddress}" style="word-break:break-all;">${thread.replyAddress}</a>
              </p>`
            : ''
        }`,
  );

  return {
    subject: `${data.title} — ${subject} (${data.networkName})`,
    text: [
      w.hello(data.name),
      '',
      `${data.title}. ${timeLeft}`,
      ...(single ? [] : ['', w.digestLead(count)]),
      '',
      ...threadText,
      ...(waiting.length ? [w.votes(waiting.length), ...waiting.map((line) => `  - ${line}`), ''] : []),
      ...members.text,
      '',
      `${w.enter}${w.colon} ${data.link}`,
      '',
      `${why} ${w.change}${w.colon} ${data.profileLink}`,
    ].join('\n'),
    html: emailLayout({
      language,
      title: data.title,
      body: html`<p>${w.hello(data.name)}</p>
        <p><strong>${data.title}</strong>. ${timeLeft}</p>
        ${single ? '' : html`<p>${w.digestLead(count)}</p>`} ${threadHtml}
        ${
          waiting.length
            ? html`<p>${w.votes(waiting.length)}</p>
                <ul>
                  ${waiting.map((line) => html`<li>${line}</li>`)}
                </ul>`
            : ''
        }
        ${members.html}
        <p><a href="${data.link}">${w.enter}</a></p>
        <p style="font-size:13px;color:#4a5565;">${why} <a href="${data.profileLink}">${w.change}</a>.</p>`,
      footer: data.networkName,
    }),
  };
}

/** A room's discussion by e-mail: each new message, or the digest of a few hours (issue #21). */
export const roomMailEmail: Record<Language, (data: RoomMailEmail) => RenderedEmail> = {
  en: (data) => render('en', data),
  fr: (data) => render('fr', data),
  pt: (data) => render('pt', data),
  ru: (data) => render('ru', data),
};
