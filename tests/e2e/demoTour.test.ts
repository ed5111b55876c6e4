import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { screenshotsEverywhere, viewports, platformAndBrowser } from './browser';
import { signInThroughOutbox } from './signIn';
import { enterDemoRoom, openDemoAssembly } from './demoRoom';

describe('the demo as a newcomer finds it: an extraordinary assembly open now, its quorum meter, the outbox', () => {
  const env = platformAndBrowser({ demoAssemblies: true });
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('shows the Table the open extraordinary assembly, its statute change with the quorum meter, and the election', async () => {
    const context = await env.browser.newContext({ locale: 'fr-FR', viewport: viewports.desktop });
    contexts.push(context);
    const page = await context.newPage();
    await signInThroughOutbox(page, env.platform.base, 'giusto.maniscalchi@example.org', 'Giusto Maniscalchi');
    await page.goto(`${env.platform.base}/assemblies`);
    await expect.poll(() => page.getByRole('link', { name: openDemoAssembly }).count()).toBeGreaterThan(0);
    await screenshotsEverywhere(page, 'demo-assemblies');
    await enterDemoRoom(page, env.platform.base);
    await page.getByRole('button', { name: /Modification des statuts/ }).click();
    const quorum = page.getByTestId('quorum');
    await expect.poll(() => quorum.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await quorum.textContent()).toContain('70');
    await screenshotsEverywhere(page, 'demo-quorum');
    // Closing the statute change early says that, short of its quorum, it would not be decided; nothing happens yet.
    await page.getByRole('button', { name: 'Clore ce vote maintenant et le compter' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Clore ce vote maintenant ?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toMatch(
      /Cette motion demande le quorum\s:\s70 des 104 membres votants présents ou représentés\. Ils sont \d+ maintenant\..*«\snon décidée \(quorum non atteint\)\s»/,
    );
    await dialog.getByRole('button', { name: 'Garder le vote ouvert' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await quorum.isVisible()).toBe(true);
    await page
      .locator('.threads')
      .getByRole('button', { name: /Élection de la Direction/ })
      .click();
    await expect.poll(() => page.getByTestId('candidacies').count(), { timeout: 10_000 }).toBe(1);
    await screenshotsEverywhere(page, 'demo-election');
  }, 180_000);

  it('tells a representative who has not voted of both open votes, the statute change and the election, in her language', async () => {
    const context = await env.browser.newContext({ locale: 'fr-FR', viewport: viewports.phone });
    contexts.push(context);
    const page = await context.newPage();
    await signInThroughOutbox(page, env.platform.base, 'ekaterina.smoroda@example.org', 'Ekaterina Smoroda');
    await enterDemoRoom(page, env.platform.base);
    const banner = page.getByTestId('waiting-votes');
    await expect.poll(() => banner.textContent(), { timeout: 15_000 }).toMatch(/^2 votes are open/);
    expect(await banner.textContent()).toMatch(
      /Article 6.*Élection de la Direction|Élection de la Direction.*Article 6/,
    );
    // Each item with a vote waiting carries the mark on its tab.
    await expect.poll(() => page.getByTestId('tab-vote-marker').count()).toBe(2);
    await screenshotsEverywhere(page, 'demo-waiting-votes');
  }, 180_000);

  it('finds the convocations of a person in the outbox, page by page', async () => {
    const context = await env.browser.newContext({ locale: 'fr-FR', viewport: viewports.phone });
    contexts.push(context);
    const page = await context.newPage();
    // The open assembly's convocations, sent by the worker as the platform starts.
    await expect
      .poll(
        async () =>
          ((await (await fetch(`${env.platform.base}/api/outbox?limit=1`)).json()) as { total: number }).total,
        { timeout: 60_000 },
      )
      .toBeGreaterThan(60);
    await page.goto(`${env.platform.base}/outbox`);
    await expect.poll(() => page.getByTestId('outbox-item').count(), { timeout: 20_000 }).toBe(50);
    await expect.poll(() => page.getByRole('button', { name: 'E-mails plus anciens' }).count()).toBe(1);
    await page.locator('.outbox__search input[type=search]').fill('ekaterina convocation');
    await page.locator('.outbox__search button[type=submit]').click();
    // Every e-mail listed is a convocation to her (one per member she represents, or one for all).
    await expect
      .poll(async () => {
        const items = await page.getByTestId('outbox-item').allTextContents();
        return items.length > 0 && items.every((item) => item.includes('ekaterina.smoroda@example.org'));
      })
      .toBe(true);
    await screenshotsEverywhere(page, 'demo-outbox-search');
  }, 120_000);
});
