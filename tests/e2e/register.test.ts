import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startPlatform, TestClient } from '../integration/support';
import { launchBrowser, screenshot, viewports } from './browser';

describe('the member register in a real browser', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;

  /** A browser whose person signed in (through the outbox) as `email`. */
  async function signedInContext(email: string, options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
    const client = await new TestClient(platform.base).signIn(email);
    const context = await browser.newContext(options);
    const [name, value] = client.cookie.split('=');
    await context.addCookies([{ name: name ?? '', value: value ?? '', url: platform.base, httpOnly: true, sameSite: 'Lax' }]);
    return context;
  }

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it.each([
    ['fr', 'phone', 'Registre des membres'],
    ['en', 'desktop', 'Member register'],
  ] as const)('shows the 108 founding members in %s on a %s', async (language, size, heading) => {
    const context = await signedInContext('secretariat@example.org', {
      locale: language === 'fr' ? 'fr-FR' : 'en-GB',
      viewport: viewports[size],
    });
    const page = await context.newPage();
    await page.goto(`${platform.base}/register`);
    await expect.poll(() => page.locator('[data-testid="member-row"]').count(), { timeout: 10_000 }).toBe(108);
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toContain(heading);
    await screenshot(page, `register-${language}-${size}`);
    await context.close();
  });

  it('switches language from the header and keeps the choice', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: viewports.desktop });
    const page = await context.newPage();
    await page.goto(`${platform.base}/`);
    await page.getByRole('button', { name: /FR/ }).first().click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await context.close();
  });
});
