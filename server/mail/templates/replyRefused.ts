import type { Language } from '@shared/schemas/person';
import { emailLayout, html } from '../html';
import { formatInstant, plural } from '../format';
import type { RenderedEmail } from '../renderedEmail';

/** Why a reply by e-mail was not posted. */
export type ReplyRefusal =
  | 'address_unknown'
  | 'address_expired'
  | 'window_not_yet_open'
  | 'window_closed'
  | 'assembly_cancelled'
  | 'not_a_representative'
  | 'too_many_messages'
  | 'empty'
  | 'too_long';

export interface ReplyRefusedEmail {
  /** The person, when the address said who; null when it could not be trusted. */
  name: string | null;
  reason: ReplyRefusal;
  /** The assembly's title, when the address named one that exists. */
  title: string | null;
  opensAt: string | null;
  closesAt: string | null;
  timeZone: string;
  /** For a reply sent too fast: how many seconds to wait. */
  seconds: number;
  /** The subject of the reply, so the sender knows which one. */
  subject: string;
  /** The person's link to the room, when the address was theirs. */
  link: string | null;
  networkName: string;
}

type When = { opens: string; closes: string; seconds: number };

const words: Record<
  Language,
  {
    hello: (name: string | null) => string;
    subject: (subject: string) => string;
    lead: (subject: string, title: string | null) => string;
    reasons: Record<ReplyRefusal, string | ((when: When) => string)>;
    nothing: string;
    room: string;
    colon: string;
  }
> = {
  en: {
    hello: (name) => (name ? `Hello ${name},` : 'Hello,'),
    subject: (subject) => `Not posted: ${subject}`,
    lead: (subject, title) =>
      title
        ? `Your reply "${subject}" to the assembly "${title}" was not posted.`
        : `Your reply "${subject}" was not posted.`,
    reasons: {
      address_unknown:
        'The address you wrote to is not a reply address Agora gave: it may have been changed or copied wrongly. Reply to an e-mail of the assembly, or write in the room.',
      address_expired: ({ closes }) =>
        `This reply address was valid until the room closed${closes ? `, on ${closes}` : ''}. No message can be added after the close.`,
      window_not_yet_open: ({ opens }) => `The room opens on ${opens}: messages are taken only while it is open.`,
      window_closed: ({ closes }) => `The room closed on ${closes}: no message can be added after the close.`,
      assembly_cancelled: () => 'The Table cancelled this assembly.',
      not_a_representative: () =>
        'You no longer represent a member convened to this assembly, so you cannot speak in its room.',
      too_many_messages: ({ seconds }) =>
        `You sent many messages in a short time. Wait ${seconds} seconds, then send this one again.`,
      empty: () =>
        'Once the quoted message and the signature were taken out, nothing was left: write your words above the quoted message.',
      too_long: () => 'The message is longer than a message of the room may be: shorten it, or write it in the room.',
    },
    nothing: 'Nothing was posted.',
    room: 'The room',
    colon: ':',
  },
  fr: {
    hello: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    subject: (subject) => `Non publié : ${subject}`,
    lead: (subject, title) =>
      title
        ? `Votre réponse « ${subject} » à l'assemblée « ${title} » n'a pas été publiée.`
        : `Votre réponse « ${subject} » n'a pas été publiée.`,
    reasons: {
      address_unknown:
        "L'adresse à laquelle vous avez écrit n'est pas une adresse de réponse donnée par Agora : elle a pu être modifiée ou mal recopiée. Répondez à un e-mail de l'assemblée, ou écrivez dans la salle.",
      address_expired: ({ closes }) =>
        `Cette adresse de réponse valait jusqu'à la clôture de la salle${closes ? `, le ${closes}` : ''}. Aucun message ne peut être ajouté après la clôture.`,
      window_not_yet_open: ({ opens }) =>
        `La salle ouvre le ${opens} : les messages ne sont reçus que pendant qu'elle est ouverte.`,
      window_closed: ({ closes }) =>
        `La salle a clôturé le ${closes} : aucun message ne peut être ajouté après la clôture.`,
      assembly_cancelled: () => 'La table a annulé cette assemblée.',
      not_a_representative: () =>
        'Vous ne représentez plus de membre convoqué à cette assemblée : vous ne pouvez donc pas parler dans sa salle.',
      too_many_messages: ({ seconds }) =>
        `Vous avez envoyé beaucoup de messages en peu de temps. Attendez ${seconds} secondes, puis envoyez celui-ci à nouveau.`,
      empty: () =>
        'Une fois retirés le message cité et la signature, il ne restait rien : écrivez vos mots au-dessus du message cité.',
      too_long: () =>
        "Le message est plus long qu'un message de la salle ne peut l'être : raccourcissez-le, ou écrivez-le dans la salle.",
    },
    nothing: "Rien n'a été publié.",
    room: 'La salle',
    colon: ' :',
  },
  pt: {
    hello: (name) => (name ? `Olá ${name},` : 'Olá,'),
    subject: (subject) => `Não publicada: ${subject}`,
    lead: (subject, title) =>
      title
        ? `A sua resposta «${subject}» à assembleia «${title}» não foi publicada.`
        : `A sua resposta «${subject}» não foi publicada.`,
    reasons: {
      address_unknown:
        'O endereço para o qual escreveu não é um endereço de resposta dado pela Agora: pode ter sido alterado ou mal copiado. Responda a um e-mail da assembleia, ou escreva na sala.',
      address_expired: ({ closes }) =>
        `Este endereço de resposta era válido até ao encerramento da sala${closes ? `, a ${closes}` : ''}. Depois do encerramento, já não se podem acrescentar mensagens.`,
      window_not_yet_open: ({ opens }) =>
        `A sala abre a ${opens}: as mensagens só são aceites enquanto estiver aberta.`,
      window_closed: ({ closes }) =>
        `A sala encerrou a ${closes}: depois do encerramento, já não se podem acrescentar mensagens.`,
      assembly_cancelled: () => 'A Mesa cancelou esta assembleia.',
      not_a_representative: () =>
        'Já não representa nenhum membro convocado para esta assembleia, por isso não pode intervir na sua sala.',
      too_many_messages: ({ seconds }) =>
        `Enviou muitas mensagens em pouco tempo. Aguarde ${plural('pt', seconds, { one: '# segundo', other: '# segundos' })} e depois envie esta de novo.`,
      empty: () =>
        'Retiradas a mensagem citada e a assinatura, não restou nada: escreva o seu texto acima da mensagem citada.',
      too_long: () => 'A mensagem é mais longa do que uma mensagem da sala pode ser: encurte-a, ou escreva-a na sala.',
    },
    nothing: 'Nada foi publicado.',
    room: 'A sala',
    colon: ':',
  },
  ru: {
    hello: (name) => (name ? `Здравствуйте, ${name}!` : 'Здравствуйте!'),
    subject: (subject) => `Не опубликовано: ${subject}`,
    lead: (subject, title) =>
      title ? `Ваш ответ «${subject}» (собрание «${title}») не опубликован.` : `Ваш ответ «${subject}» не опубликован.`,
    reasons: {
      address_unknown:
        'Адрес, на который Вы написали, не является адресом для ответа, выданным Agora: возможно, он был изменён или скопирован с ошибкой. Ответьте на письмо собрания или напишите в зале.',
      address_expired: ({ closes }) =>
        `Этот адрес для ответа действовал до закрытия зала${closes ? `, ${closes}` : ''}. После закрытия сообщения добавлять нельзя.`,
      window_not_yet_open: ({ opens }) => `Зал открывается ${opens}: сообщения принимаются, только пока он открыт.`,
      window_closed: ({ closes }) => `Зал закрылся ${closes}: после закрытия сообщения добавлять нельзя.`,
      assembly_cancelled: () => 'Президиум отменил это собрание.',
      not_a_representative: () =>
        'Вы больше не представляете ни одного члена, приглашённого на это собрание, поэтому не можете выступать в его зале.',
      too_many_messages: ({ seconds }) =>
        `Вы отправили много сообщений за короткое время. Подождите ${plural('ru', seconds, { one: '# секунду', few: '# секунды', many: '# секунд', other: '# секунды' })} и отправьте это сообщение снова.`,
      empty: () =>
        'После удаления цитируемого сообщения и подписи ничего не осталось: пишите свой текст над цитируемым сообщением.',
      too_long: () => 'Сообщение длиннее, чем допускается для сообщения в зале: сократите его или напишите его в зале.',
    },
    nothing: 'Ничего не опубликовано.',
    room: 'Зал',
    colon: ':',
  },
};

function render(language: Language, data: ReplyRefusedEmail): RenderedEmail {
  const w = words[language];
  const reason = w.reasons[data.reason];
  const when: When = {
    opens: data.opensAt ? formatInstant(data.opensAt, language, data.timeZone) : '',
    closes: data.closesAt ? formatInstant(data.closesAt, language, data.timeZone) : '',
    seconds: data.seconds,
  };
  const why = typeof reason === 'string' ? reason : reason(when);
  const lead = w.lead(data.subject, data.title);
  return {
    subject: `${w.subject(data.subject)} (${data.networkName})`,
    text: [
      w.hello(data.name),
      '',
      lead,
      '',
      why,
      '',
      w.nothing,
      ...(data.link ? ['', `${w.room}${w.colon} ${data.link}`] : []),
    ].join('\n'),
    html: emailLayout({
      language,
      title: w.subject(data.subject),
      body: html`<p>${w.hello(data.name)}</p>
        <p>${lead}</p>
        <p>${why}</p>
        <p><strong>${w.nothing}</strong></p>
        ${data.link ? html`<p><a href="${data.link}">${w.room}</a></p>` : ''}`,
      footer: data.networkName,
    }),
  };
}

/** The answer to a reply by e-mail that was not posted, saying why, in the sender's language. */
export const replyRefusedEmail: Record<Language, (data: ReplyRefusedEmail) => RenderedEmail> = {
  en: (data) => render('en', data),
  fr: (data) => render('fr', data),
  pt: (data) => render('pt', data),
  ru: (data) => render('ru', data),
};
