import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import type { Browser, Page } from 'playwright-core';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import { eventually, startPlatform } from '../integration/support';
import { launchBrowser, screenshot, screenshotsEverywhere, viewports } from './browser';
import { convocationLink, signInThroughOutbox } from './signIn';

const russia = { email: 'ekaterina.smoroda@example.org', name: 'Ekaterina Smoroda' };
const capeVerde = { email: 'samuel.thirion@example.org', name: 'Samuel Thirion' };
const replyDomain = 'reply.agora.test';

describe('a reply by e-mail, through real SMTP, in the room of a browser', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let base = '';
  beforeAll(async () => {
    platform = await startPlatform({
      config: { INBOUND_SMTP_PORT: '0', INBOUND_DOMAIN: replyDomain },
      demoAssemblies: true,
    });
    base = platform.base;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  /** The e-mail to `email` that quotes `words`, as its mailbox shows it. */
  const mailQuoting = (email: string, words: string) =>
    eventually(
      async () => {
        const { messages } = (await (
          await fetch(`${base}/api/outbox?q=${encodeURIComponent(email)}`)
        ).json()) as OutboxResponse;
        for (const summary of messages.filter((message) => message.to.includes(email))) {
          const mail = (await (await fetch(`${base}/api/outbox/${summary.id}`)).json()) as OutboxMessage;
          if (mail.text.includes(words)) return mail;
        }
        return undefined;
      },
      `the e-mail to ${email} quoting "${words}"`,
      30_000,
    );
  const thread = (page: Page) => page.locator('.thread .messages').first();

  it('a person chooses every message, answers one by e-mail, and the room shows the answer at once, marked', async () => {
    // Samuel chooses every message in his profile.
    const samuel = await (await browser.newContext({ locale: 'en-GB', viewport: viewports.desktop })).newPage();
    await signInThroughOutbox(samuel, base, capeVerde.email, capeVerde.name);
    await samuel.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => samuel.locator('html').getAttribute('lang')).toBe('en');
    await samuel.goto(`${base}/me`);
    await samuel.getByRole('radio', { name: /Every message/ }).check();
    await samuel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => samuel.getByText('Your profile is saved.').isVisible()).toBe(true);
    await expect.poll(() => samuel.getByText('A summary every 4 hours').isVisible()).toBe(true);
    await samuel.getByRole('group', { name: /E-mails while an assembly is open/ }).scrollIntoViewIfNeeded();
    await screenshotsEverywhere(samuel, 'profile-room-mail');

    // Ekaterina writes in the open demo assembly's room, from her convocation.
    const ekaterina = await (await browser.newContext({ locale: 'fr-FR', viewport: viewports.phone })).newPage();
    await ekaterina.goto(await convocationLink(base, russia.email));
    await expect
      .poll(() => ekaterina.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('online');
    await ekaterina.getByRole('button', { name: 'FR', exact: true }).click();
    await ekaterina.locator('.threads__item', { hasText: /Point 2/ }).click();
    const words = 'Qui accueille le groupe SPIRAL en 2027 ?';
    await ekaterina.getByLabel(/Votre message dans/).fill(words);
    await ekaterina.getByRole('button', { name: 'Envoyer' }).click();
    await expect.poll(() => ekaterina.locator('[data-testid=pending-message]').count()).toBe(0);

    // Samuel's mail program answers the e-mail of her message, quoting it, through real SMTP.
    const mail = await mailQuoting(capeVerde.email, words);
    const address = new RegExp(`reply\\+[A-Za-z0-9._-]+@${replyDomain.replace(/\./g, '\\.')}`).exec(mail.text)?.[0];
    expect(address, 'a reply address in the e-mail').toBeTruthy();
    const transport = nodemailer.createTransport(platform.worker!.inboundUrl!);
    await transport.sendMail({
      from: `${capeVerde.name} <${capeVerde.email}>`,
      to: address,
      subject: `Re: ${mail.subject}`,
      text: ['Cape Verde offers to host it in Praia.', '', `On Mon, Ekaterina Smoroda wrote:`, `> ${words}`].join('\n'),
    });
    transport.close();

    // It appears in her room without a reload, marked "par e-mail", without the quoted words.
    const answer = thread(ekaterina).locator('[data-testid=message]', { hasText: 'Cape Verde offers to host it' });
    await expect.poll(() => answer.count(), { timeout: 15_000 }).toBe(1);
    expect(await answer.locator('.message__author').textContent()).toBe(capeVerde.name);
    expect(await answer.locator('.message__via').textContent()).toBe('par e-mail');
    expect(await answer.textContent()).not.toContain(words);
    await answer.scrollIntoViewIfNeeded();
    await screenshot(ekaterina, 'room-reply-by-email-fr-phone');
    await screenshotsEverywhere(ekaterina, 'room-reply-by-email');
  }, 120_000);
});
