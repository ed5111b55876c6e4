import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { TestClient } from '../integration/support';
import { screenshot, viewports, platformAndBrowser } from './browser';

describe('the member register in a real browser', () => {
  const env = platformAndBrowser();

  /** A browser whose person signed in (through the outbox) as `email`. */
  async function signedInContext(
    email: string,
    options: Parameters<Browser['newContext']>[0],
  ): Promise<BrowserContext> {
    const client = await new TestClient(env.platform.base).signIn(email);
    const context = await env.browser.newContext(options);
    const [name, value] = client.cookie.split('=');
    await context.addCookies([
      { name: name ?? '', value: value ?? '', url: env.platform.base, httpOnly: true, sameSite: 'Lax' },
    ]);
    return context;
  }

  it.each([
    ['fr', 'phone', 'Registre des membres'],
    ['en', 'desktop', 'Member register'],
  ] as const)('shows the 108 founding members in %s on a %s', async (language, size, heading) => {
    const context = await signedInContext('secretariat@example.org', {
      locale: language === 'fr' ? 'fr-FR' : 'en-GB',
      viewport: viewports[size],
    });
    const page = await context.newPage();
    await page.goto(`${env.platform.base}/register`);
    await expect.poll(() => page.locator('[data-testid="member-row"]').count(), { timeout: 10_000 }).toBe(108);
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toContain(heading);
    await screenshot(page, `register-${language}-${size}`);
    await context.close();
  });

  it('switches language from the header and keeps the choice', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB', viewport: viewports.desktop });
    const page = await context.newPage();
    await page.goto(`${env.platform.base}/`);
    await page.getByRole('button', { name: /FR/ }).first().click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await context.close();
  });
});
