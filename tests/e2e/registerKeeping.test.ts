import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot, viewports, platformAndBrowser } from './browser';
import { signInThroughOutbox } from './signIn';

describe('keeping the register in a real browser (R.8)', () => {
  const env = platformAndBrowser();
  const contexts: BrowserContext[] = [];

  /** A fresh browser (its own cookies) at desktop size, in French like the demo's people. */
  async function newPage(): Promise<Page> {
    const context = await env.browser.newContext({ locale: 'fr-FR', viewport: viewports.desktop });
    contexts.push(context);
    return context.newPage();
  }

  /** The member numbers a person's profile lists as represented, from the links to their pages. */
  async function representedOn(page: Page): Promise<number[]> {
    await page.goto(`${env.platform.base}/me`);
    const section = page.locator('section[aria-labelledby=profile-represents]');
    await expect.poll(() => section.isVisible()).toBe(true);
    const hrefs = await section
      .locator('ul.plain-list')
      .first()
      .locator('a[href^="/register/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    return hrefs.map((href) => Number(href.split('/').pop()));
  }

  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it("changes member 57's representative through the import page; the new person sees it, the former one no longer", async () => {
    const samuel = await newPage();
    await signInThroughOutbox(samuel, env.platform.base, 'samuel.thirion@example.org', 'Samuel Thirion');
    expect(await representedOn(samuel)).toContain(57);

    const secretariat = await newPage();
    await signInThroughOutbox(secretariat, env.platform.base, 'secretariat@example.org', 'Secrétariat TOGETHER');

    // The export, read through the API with the secretariat's own session.
    const session = (await secretariat.context().cookies())
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
    const exported = await fetch(`${env.platform.base}/api/register/export`, { headers: { cookie: session } });
    expect(exported.status).toBe(200);
    const csv = await exported.text();
    const changed = csv.replace(
      /^(57,.*),Samuel Thirion,samuel\.thirion@example\.org,/m,
      '$1,Maria Lopes,maria.lopes@example.org,',
    );
    expect(changed).not.toBe(csv);

    // The import page, from the register's toolbar, with the file chosen as a person would.
    await secretariat.goto(`${env.platform.base}/register`);
    await secretariat.locator('a[href="/register/import"]').click();
    await secretariat
      .locator('input[type=file]')
      .setInputFiles({ name: 'registre-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(changed) });
    await expect
      .poll(() => secretariat.locator('textarea').inputValue())
      .toContain('Maria Lopes,maria.lopes@example.org');
    await secretariat.locator('form button[type=submit]').click();
    const summary = secretariat.locator('section[aria-labelledby=import-result]');
    await expect.poll(() => summary.isVisible()).toBe(true);
    const counts = await summary.locator('.counts li').allTextContents();
    expect(counts.map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
      '0 membre ajouté',
      '0 membre modifié',
      '108 membres inchangés',
      '1 nouvelle personne',
      '1 représentant changé',
    ]);
    await screenshot(secretariat, 'register-import-fr-desktop');

    const maria = await newPage();
    await signInThroughOutbox(maria, env.platform.base, 'maria.lopes@example.org', 'Maria Lopes');
    expect(await representedOn(maria)).toEqual([57]);

    expect(await representedOn(samuel)).not.toContain(57);
  });

  it('tells a person without the role, in their language, why /people is not for them', async () => {
    const page = await newPage();
    await signInThroughOutbox(page, env.platform.base, 'ekaterina.smoroda@example.org', 'Ekaterina Smoroda');
    await page.goto(`${env.platform.base}/people`);
    // Ekaterina reads English (her profile); the refusal is the statutes' sentence, not a broken page.
    await expect
      .poll(() => page.locator('.permission').textContent())
      .toContain('Only the secretariat may do this (it keeps the member register).');
    expect(await page.locator('.person-card').count()).toBe(0);
    await page.getByRole('button', { name: 'FR' }).click();
    await expect
      .poll(() => page.locator('.permission').textContent())
      .toContain('Seul le secrétariat peut le faire (il tient le registre des membres).');
  });
});
