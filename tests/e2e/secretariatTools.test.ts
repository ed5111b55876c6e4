import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Page } from 'playwright-core';
import { artifactsDir, screenshotsEverywhere, viewports, platformAndBrowser } from './browser';
import { signInThroughOutbox } from './signIn';

/** No page may scroll sideways on a phone. */
const widerThanScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe("the secretariat's tools in a real browser: import errors in French, dues paid", () => {
  const env = platformAndBrowser({ demoAssemblies: true });
  const contexts: BrowserContext[] = [];

  async function secretariatOn(size: keyof typeof viewports): Promise<Page> {
    const context = await env.browser.newContext({ locale: 'fr-FR', viewport: viewports[size] });
    contexts.push(context);
    const page = await context.newPage();
    await signInThroughOutbox(page, env.platform.base, 'secretariat@example.org', 'Secrétariat TOGETHER');
    return page;
  }

  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('names each problem of a semicolon file, with its line, column, value and organisation, in French', async () => {
    const page = await secretariatOn('phone');
    const session = (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
    const exported = await (
      await fetch(`${env.platform.base}/api/register/export`, { headers: { cookie: session } })
    ).text();
    // As a French spreadsheet saves it: semicolons and a byte order mark; two cells mistyped.
    const rows = (parse(exported) as string[][]).map((cells) =>
      cells.map((cell) => (/[;"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)),
    );
    rows[3]![2] = 'effectif';
    rows[6]![0] = 'sept';
    const file = `\uFEFF${rows.map((cells) => cells.join(';')).join('\r\n')}\r\n`;

    await page.goto(`${env.platform.base}/register/import`);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'registre.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const problems = page.locator('.import-problem');
    await expect.poll(() => problems.count(), { timeout: 15_000 }).toBe(2);
    const first = (await problems.nth(0).textContent()) ?? '';
    expect(first).toContain('Ligne 4');
    expect(first).toContain('college');
    expect(first).toContain('effectif');
    expect(first).toContain((parse(exported) as string[][])[3]![6]!); // the organisation of that line
    expect(first).toContain("Écrivez l'une de ces valeurs");
    const second = (await problems.nth(1).textContent()) ?? '';
    expect(second).toContain('Ligne 7');
    expect(second).toContain('sept');
    expect(second).toContain('Écrivez ici un nombre entier.');
    // No English in the French page.
    const section = (await page.locator('main').textContent()) ?? '';
    expect(section).not.toMatch(/Missing column|must be|Write one of|whole number/);
    expect(await widerThanScreen(page)).toBe(false);
    await screenshotsEverywhere(page, 'secretariat-import-errors');
  }, 120_000);

  for (const size of ['phone', 'desktop'] as const) {
    it(`records a payment of dues for a territory that has not paid, on a ${size}`, async () => {
      const page = await secretariatOn(size);
      await page.goto(`${env.platform.base}/dues`);
      const summary = page.locator('.register__summary').first();
      await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toMatch(/territoires/);
      // The demo records inhabitants: every minimum is computed.
      expect(await summary.textContent()).not.toMatch(/calcul/);
      await page.getByLabel("Seulement les territoires qui n'ont pas tout payé").check();
      const unpaidBefore = await page.locator('.dues-table tbody tr').count();
      expect(unpaidBefore).toBeGreaterThan(5);
      const row = page.locator('.dues-table tbody tr', { has: page.locator('.dues-standing--unpaid') }).first();
      const territory = ((await row.locator('th').textContent()) ?? '').trim();
      await row.getByRole('button', { name: 'Enregistrer un paiement' }).click();
      const form = page.locator('form.dues-payment');
      await expect.poll(() => form.isVisible()).toBe(true);
      expect(await form.getByLabel(/Montant/).inputValue()).toMatch(/^\d+$/); // the minimum still owed
      await screenshotsEverywhere(page, `secretariat-dues-form-${size}`);
      await form.getByRole('button', { name: 'Enregistrer le paiement' }).click();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Paiement enregistré' }).count(), { timeout: 10_000 })
        .toBe(1);
      // Paid in full: it leaves the list of those who have not paid.
      await expect.poll(() => page.locator('.dues-table tbody tr').count()).toBe(unpaidBefore - 1);
      await expect.poll(() => page.locator('.dues-table tbody th', { hasText: territory }).count()).toBe(0);
      if (size === 'phone') expect(await widerThanScreen(page)).toBe(false);
      await page.getByLabel("Seulement les territoires qui n'ont pas tout payé").uncheck();
      const paidRow = page.locator('.dues-table tbody tr', { has: page.locator('th', { hasText: territory }) });
      expect(await paidRow.textContent()).toContain('enregistré par Secrétariat TOGETHER');
      await screenshotsEverywhere(page, `secretariat-dues-paid-${size}`);
      await paidRow.screenshot({ path: `${artifactsDir}secretariat-dues-paid-row-fr-${size}.png` });

      // Recorded for the wrong territory: the secretariat takes it back, after reading which payment it is.
      await paidRow.getByRole('button', { name: /^Retirer le paiement de/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Retirer ce paiement ?' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.textContent()).toMatch(/enregistrés par Secrétariat TOGETHER.*La piste d'audit le garde/);
      if (size === 'phone') expect(await widerThanScreen(page)).toBe(false);
      await page.screenshot({ path: `${artifactsDir}secretariat-dues-remove-fr-${size}.png` });
      await dialog.getByRole('button', { name: 'Oui, le retirer' }).click();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Paiement retiré' }).count(), { timeout: 10_000 })
        .toBe(1);
      await expect.poll(async () => (await paidRow.locator('.dues-standing').textContent())?.trim()).toBe('Non payée');
    }, 120_000);
  }
});
