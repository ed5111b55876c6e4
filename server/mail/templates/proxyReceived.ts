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
};
