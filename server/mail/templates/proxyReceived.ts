import type { Language } from '@shared/schemas/person';
import { button, emailLayout, html } from '../html';
import { formatInstant } from '../format';
import type { RenderedEmail } from '../renderedEmail';

export interface ProxyReceivedEmail {
  name: string;
  grantor: string;
  grantorMemberNo: number;
  holder: string;
  title: string;
  opensAt: string;
  closesAt: string;
  timeZone: string;
  link: string;
  networkName: string;
}

/** R.7: the holder's representative learns it may vote for the grantor. */
export const proxyReceivedEmail: Record<Language, (data: ProxyReceivedEmail) => RenderedEmail> = {
  en: (data) => {
    const opens = formatInstant(data.opensAt, 'en', data.timeZone);
    const closes = formatInstant(data.closesAt, 'en', data.timeZone);
    const lead = `${data.grantor} (member no. ${data.grantorMemberNo}) gave its proxy to ${data.holder}, which you represent, for "${data.title}" (from ${opens} to ${closes}).`;
    const rule =
      'In the room, you vote for it as for your own members. It may revoke the proxy until you use it, and if it votes itself, its own vote counts.';
    return {
      subject: `${data.networkName}: a proxy for "${data.title}"`,
      text: [`Hello ${data.name},`, '', lead, '', rule, '', data.link].join('\n'),
      html: emailLayout({
        language: 'en',
        title: 'Proxy',
        body: html`<p>Hello ${data.name},</p>
          <p>${lead}</p>
          <p>${rule}</p>
          ${button(data.link, 'Open the assembly')}`,
        footer: `${data.networkName} — internal rules, article 7.`,
      }),
    };
  },
  fr: (data) => {
    const opens = formatInstant(data.opensAt, 'fr', data.timeZone);
    const closes = formatInstant(data.closesAt, 'fr', data.timeZone);
    const lead = `${data.grantor} (membre n° ${data.grantorMemberNo}) a donné sa procuration à ${data.holder}, que vous représentez, pour « ${data.title} » (du ${opens} au ${closes}).`;
    const rule =
      "Dans la salle, vous votez pour lui comme pour vos propres membres. Il peut révoquer la procuration tant que vous ne l'avez pas utilisée, et s'il vote lui-même, c'est son vote qui compte.";
    return {
      subject: `${data.networkName} : une procuration pour « ${data.title} »`,
      text: [`Bonjour ${data.name},`, '', lead, '', rule, '', data.link].join('\n'),
      html: emailLayout({
        language: 'fr',
        title: 'Procuration',
        body: html`<p>Bonjour ${data.name},</p>
          <p>${lead}</p>
          <p>${rule}</p>
          ${button(data.link, "Ouvrir l'assemblée")}`,
        footer: `${data.networkName} — règlement intérieur, article 7.`,
      }),
    };
  },
  pt: (data) => {
    const opens = formatInstant(data.opensAt, 'pt', data.timeZone);
    const closes = formatInstant(data.closesAt, 'pt', data.timeZone);
    const lead = `${data.grantor} (membro n.º ${data.grantorMemberNo}) deu a sua procuração a ${data.holder}, que representa, para «${data.title}» (de ${opens} a ${closes}).`;
    const rule =
      'Na sala, vota por ele como pelos seus próprios membros. Ele pode revogar a procuração enquanto não a usar e, se votar ele próprio, conta o voto dele.';
    return {
      subject: `${data.networkName}: uma procuração para «${data.title}»`,
      text: [`Olá ${data.name},`, '', lead, '', rule, '', data.link].join('\n'),
      html: emailLayout({
        language: 'pt',
        title: 'Procuração',
        body: html`<p>Olá ${data.name},</p>
          <p>${lead}</p>
          <p>${rule}</p>
          ${button(data.link, 'Abrir a assembleia')}`,
        footer: `${data.networkName} — regulamento interno, artigo 7.º.`,
      }),
    };
  },
  ru: (data) => {
    const opens = formatInstant(data.opensAt, 'ru', data.timeZone);
    const closes = formatInstant(data.closesAt, 'ru', data.timeZone);
    const lead = `${data.grantor} (участник № ${data.grantorMemberNo}) передал доверенность представляемому вами участнику ${data.holder} на собрание «${data.title}» (с ${opens} до ${closes}).`;
    const rule =
      'В зале собрания вы голосуете за него так же, как за своих участников. Он может отозвать доверенность, пока вы ею не воспользовались, а если проголосует сам, засчитывается его голос.';
    return {
      subject: `${data.networkName}: доверенность на «${data.title}»`,
      text: [`Здравствуйте, ${data.name}!`, '', lead, '', rule, '', data.link].join('\n'),
      html: emailLayout({
        language: 'ru',
        title: 'Доверенность',
        body: html`<p>Здравствуйте, ${data.name}!</p>
          <p>${lead}</p>
          <p>${rule}</p>
          ${button(data.link, 'Открыть собрание')}`,
        footer: `${data.networkName} — регламент, статья 7.`,
      }),
    };
  },
};
