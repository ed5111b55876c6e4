import { expect } from 'vitest';
import type { Page } from 'playwright-core';

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
  await page.locator('[data-testid=outbox-item]', { hasText: email }).first().click();
  const link = page.locator('.message__text a[href*="/sign-in/complete#token="]');
  await page.goto(onPlatform(base, (await link.getAttribute('href')) ?? ''));
  await expect.poll(() => page.locator('.account__name').textContent()).toBe(name);
}
