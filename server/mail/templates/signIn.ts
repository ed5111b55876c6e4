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
};
