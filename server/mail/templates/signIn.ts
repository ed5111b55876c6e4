import type { Language } from '@shared/schemas/person';
import { button, emailLayout, html } from '../html';
import type { RenderedEmail } from '../renderedEmail';

export interface SignInEmail {
  name: string;
  link: string;
  expiresInMinutes: number;
  networkName: string;
}

/** The one-time sign-in link a person asked for. */
export const signInEmail: Record<Language, (data: SignInEmail) => RenderedEmail> = {
  en: (data) => ({
    subject: `Your sign-in link to Agora (${data.networkName})`,
    text: [
      `Hello ${data.name},`,
      '',
      `Open this link to sign in to Agora, the general assemblies of ${data.networkName}:`,
      data.link,
      '',
      `It works once, within ${data.expiresInMinutes} minutes.`,
      'If you did not ask for it, ignore this e-mail: nobody can sign in without the link.',
    ].join('\n'),
    html: emailLayout({
      language: 'en',
      title: 'Sign in to Agora',
      body: html`<p>Hello ${data.name},</p>
        <p>Open this link to sign in to Agora, the general assemblies of ${data.networkName}.</p>
        ${button(data.link, 'Sign in')}
        <p>It works once, within ${data.expiresInMinutes} minutes.</p>`,
      footer: 'If you did not ask for it, ignore this e-mail: nobody can sign in without the link.',
    }),
  }),
  fr: (data) => ({
    subject: `Votre lien de connexion à Agora (${data.networkName})`,
    text: [
      `Bonjour ${data.name},`,
      '',
      `Ouvrez ce lien pour vous connecter à Agora, les assemblées générales de ${data.networkName} :`,
      data.link,
      '',
      `Il ne sert qu'une fois, dans les ${data.expiresInMinutes} minutes.`,
      "Si vous ne l'avez pas demandé, ignorez ce courriel : personne ne peut se connecter sans ce lien.",
    ].join('\n'),
    html: emailLayout({
      language: 'fr',
      title: 'Connexion à Agora',
      body: html`<p>Bonjour ${data.name},</p>
        <p>Ouvrez ce lien pour vous connecter à Agora, les assemblées générales de ${data.networkName}.</p>
        ${button(data.link, 'Me connecter')}
        <p>Il ne sert qu'une fois, dans les ${data.expiresInMinutes} minutes.</p>`,
      footer: "Si vous ne l'avez pas demandé, ignorez ce courriel : personne ne peut se connecter sans ce lien.",
    }),
  }),
  pt: (data) => ({
    subject: `A sua ligação de acesso à Agora (${data.networkName})`,
    text: [
      `Olá ${data.name},`,
      '',
      `Abra esta ligação para entrar na Agora, as assembleias gerais da ${data.networkName}:`,
      data.link,
      '',
      `Só funciona uma vez, nos próximos ${data.expiresInMinutes} minutos.`,
      'Se não a pediu, ignore este e-mail: ninguém consegue entrar sem a ligação.',
    ].join('\n'),
    html: emailLayout({
      language: 'pt',
      title: 'Entrar na Agora',
      body: html`<p>Olá ${data.name},</p>
        <p>Abra esta ligação para entrar na Agora, as assembleias gerais da ${data.networkName}.</p>
        ${button(data.link, 'Entrar')}
        <p>Só funciona uma vez, nos próximos ${data.expiresInMinutes} minutos.</p>`,
      footer: 'Se não a pediu, ignore este e-mail: ninguém consegue entrar sem a ligação.',
    }),
  }),
  ru: (data) => ({
    subject: `Ваша ссылка для входа в Agora (${data.networkName})`,
    text: [
      `Здравствуйте, ${data.name}!`,
      '',
      `Откройте эту ссылку, чтобы войти в Agora — общие собрания ${data.networkName}:`,
      data.link,
      '',
      `Ссылка действует один раз, в течение ${data.expiresInMinutes} мин.`,
      'Если вы её не запрашивали, просто проигнорируйте это письмо: без ссылки никто не сможет войти.',
    ].join('\n'),
    html: emailLayout({
      language: 'ru',
      title: 'Вход в Agora',
      body: html`<p>Здравствуйте, ${data.name}!</p>
        <p>Откройте эту ссылку, чтобы войти в Agora — общие собрания ${data.networkName}.</p>
        ${button(data.link, 'Войти')}
        <p>Ссылка действует один раз, в течение ${data.expiresInMinutes} мин.</p>`,
      footer: 'Если вы её не запрашивали, просто проигнорируйте это письмо: без ссылки никто не сможет войти.',
    }),
  }),
};
