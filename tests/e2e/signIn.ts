import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import { eventually } from '../integration/support';

/** A link of an e-mail, on the address the test platform really listens on (the worker does not know the web's port). */
export function onPlatform(base: string, href: string): string {
  const url = new URL(href);
  return `${base}${url.pathname}${url.search}${url.hash}`;
}

/**
 * Signs in as a person does: the address on /sign-in, then the link of the e-mail, found in the
 * outbox page. Resolves once the header shows the person's name.
 */
export async function signInThroughOutbox(page: Page, base: string, email: string, name: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.locator('input[type=email]').fill(email);
  await page.locator('form button[type=submit]').click();
  await page.locator('main a[href="/outbox"]').click();
  // Found by the outbox's search, which asks again each time: the e-mail may still be on its way,
  // behind a convocation sending.
  const item = page
    .locator('[data-testid=outbox-item]', { hasText: email })
    .filter({ hasText: /sign-in link|lien de connexion/ })
    .first();
  await expect
    .poll(
      async () => {
        await page.locator('.outbox__search input[type=search]').fill(email);
        await page.locator('.outbox__search button[type=submit]').click();
        return item.isVisible();
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
  await item.click();
  const link = page.locator('.message__text a[href*="/sign-in/complete#token="]');
  await page.goto(onPlatform(base, (await link.getAttribute('href')) ?? ''));
  await expect.poll(() => page.locator('.account__name').textContent()).toBe(name);
}

/**
 * The personal link of a person's convocation, read in the outbox as its mailbox (on the address the
 * test platform really listens on).
 */
export async function convocationLink(base: string, email: string): Promise<string> {
  const summary = await eventually(
    async () => {
      const { messages } = (await (await fetch(`${base}/api/outbox`)).json()) as OutboxResponse;
      return messages.find((message) => message.to.includes(email) && /Convocation/.test(message.subject));
    },
    `the convocation of ${email}`,
    30_000,
  );
  const mail = (await (await fetch(`${base}/api/outbox/${summary.id}`)).json()) as OutboxMessage;
  return onPlatform(base, /https?:\/\/\S+\/join#token=[A-Za-z0-9_.-]+/.exec(mail.text)?.[0] ?? '');
}

/** The newest e-mail to `email` whose subject matches, as its mailbox shows it, waiting up to 30 s for it. */
export async function mailOf(base: string, email: string, subject: RegExp): Promise<OutboxMessage> {
  const summary = await eventually(
    async () => {
      const { messages } = (await (await fetch(`${base}/api/outbox`)).json()) as OutboxResponse;
      return messages.find((message) => message.to.includes(email) && subject.test(message.subject));
    },
    `an e-mail to ${email}`,
    30_000,
  );
  return (await (await fetch(`${base}/api/outbox/${summary.id}`)).json()) as OutboxMessage;
}
