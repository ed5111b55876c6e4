import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { OutboxResponse } from '@shared/api/service';
import { screenshot, screenshotsEverywhere, viewports, platformAndBrowser } from './browser';
import { onPlatform, signInThroughOutbox } from './signIn';

const pdf = fileURLToPath(new URL('../fixtures/accounts-2026.pdf', import.meta.url));
/** The Table president of the demo register: French, on Brussels time (his profile). */
const president = { email: 'giusto.maniscalchi@example.org', name: 'Giusto Maniscalchi', zone: 'Europe/Brussels' };
const title = 'Assemblée ordinaire de printemps';
const isConvocation = (subject: string) => /^(Convocation|Convocation mise à jour|Updated convocation)\b/.test(subject);

/** What a person types in the opening field: a wall-clock time `days` ahead on their own clock. */
function openingIn(days: number): string {
  return DateTime.now().setZone(president.zone).plus({ days, minutes: 10 }).toFormat("yyyy-MM-dd'T'HH:mm");
}

describe('convening an assembly in a real browser', () => {
  const env = platformAndBrowser();
  let table: BrowserContext;
  let assemblyPath = '';

  const outbox = async () =>
    ((await (await fetch(`${env.platform.base}/api/outbox`)).json()) as OutboxResponse).messages;

  it('takes the Table president from sign-in to the 108 members convened, on a phone in French', async () => {
    table = await env.browser.newContext({ locale: 'fr-FR', viewport: viewports.phone });
    const page = await table.newPage();

    await signInThroughOutbox(page, env.platform.base, president.email, president.name);

    // The menu, then a new assembly fourteen days ahead: the form already says it is too short.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator('#site-nav-list').getByRole('link', { name: 'Assemblées' }).click();
    await page.getByRole('link', { name: 'Nouvelle assemblée' }).first().click();
    await page.getByRole('radio', { name: /Assemblée générale ordinaire/ }).check();
    await page.getByLabel('Titre', { exact: true }).fill(title);
    await expect
      .poll(() => page.locator('.field__hint', { hasText: /heure d’Europe centrale \(UTC\+[12]\)/ }).count())
      .toBe(1);
    await page.locator('input[type=datetime-local]').fill(openingIn(14));
    await expect
      .poll(() => page.locator('.notice-preview').textContent())
      .toContain('Délai de convocation insuffisant');
    await screenshotsEverywhere(page, 'convening-form');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    assemblyPath = new URL(page.url()).pathname;

    // Two items, and the accounts as a PDF on the first.
    const addItem = async (itemTitle: string, description: string, count: number) => {
      const form = page.locator('form.agenda-form');
      await form.getByLabel('Type de point').selectOption('ordinary_decision');
      await form.getByLabel('Titre du point').fill(itemTitle);
      await form.getByLabel(/^Description/).fill(description);
      await form.locator('button[type=submit]').click();
      await expect.poll(() => page.locator('[data-testid=agenda-item]').count()).toBe(count);
    };
    await addItem('Rapport de la Direction et comptes 2025', 'Le rapport moral et financier.', 1);
    await addItem("Plan d'action des groupes de travail", 'Trois groupes : SPIRAL, jeunesse, transition.', 2);
    // A picture named as a PDF is refused, in French, and nothing is stored.
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf000000030101005e57a30b0000000049454e44ae426082',
      'hex',
    );
    await page
      .locator('[data-testid=agenda-item]')
      .first()
      .locator('input[type=file]')
      .setInputFiles({ name: 'comptes-2025.pdf', mimeType: 'application/pdf', buffer: png });
    await expect
      .poll(() => page.locator('[data-testid=agenda-item]').first().locator('.field__error').textContent(), {
        timeout: 10_000,
      })
      .toContain('ne correspond pas à son contenu');
    await page.locator('[data-testid=agenda-item]').first().locator('input[type=file]').setInputFiles(pdf);
    const documentLink = page.locator('[data-testid=agenda-item]').first().locator('.document');
    await expect.poll(() => documentLink.textContent(), { timeout: 10_000 }).toMatch(/accounts-2026\.pdf \(PDF, \d+/);

    // Convening now is refused, with the dates that explain why.
    await page.getByRole('button', { name: /^Convoquer/ }).click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Oui, convoquer' }).click();
    const refusal = page.locator('[data-testid=convocation-refused]');
    await expect.poll(() => refusal.isVisible()).toBe(true);
    const refusalText = (await refusal.textContent()) ?? '';
    expect(refusalText).toContain('délai insuffisant');
    expect(refusalText).toContain('Ouverture au plus tôt, envoi maintenant');
    expect(refusalText).toContain("Dernier moment d'envoi pour l'ouverture choisie");
    expect(refusalText.match(/heure d’Europe centrale \(UTC\+[12]\)/g)?.length).toBe(3);
    expect(refusalText).not.toContain('Europe/Brussels');
    await screenshotsEverywhere(page, 'convening-refused');

    // Sixteen days ahead: enough notice, say the form and the server alike.
    await refusal.getByRole('link', { name: "Déplacer l'ouverture" }).click();
    await page.locator('input[type=datetime-local]').fill(openingIn(16));
    await expect.poll(() => page.locator('.notice-preview').textContent()).toContain('Délai de convocation suffisant');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.locator('.site-flash').textContent()).toContain('Les modifications sont enregistrées');
    await expect.poll(() => page.locator('[data-testid=convocation]').textContent()).toContain('Prête à partir');

    await page.getByRole('button', { name: /^Convoquer/ }).click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Oui, convoquer' }).click();
    await expect
      .poll(() => page.locator('[data-testid=convocation]').textContent())
      .toContain('La convocation part vers tous les membres.');
    await expect
      .poll(() => page.locator('[data-testid=delivery-counts] .delivery-summary__headline').textContent(), {
        timeout: 30_000,
      })
      .toBe('Envoyée à 108 membres.');
    await screenshotsEverywhere(page, 'convening-convened');

    await page.getByRole('link', { name: 'Voir chaque envoi' }).click();
    await expect.poll(() => page.locator('[data-testid=delivery-row][data-state=sent]').count()).toBe(108);
    expect(await page.locator('[data-testid=delivery-counts]').textContent()).toContain('108 envoyées');
    await screenshotsEverywhere(page, 'convening-deliveries');

    // Exactly one convocation per person (26 for the 108 members) in the outbox, and no more arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await outbox()).filter((message) => isConvocation(message.subject))).toHaveLength(26);
  }, 120_000);

  it("opens the assembly from a representative's personal link, signed in as that person, on a desktop in English", async () => {
    const convocation = (await outbox()).find(
      (message) => isConvocation(message.subject) && message.to.includes('ekaterina.smoroda@example.org'),
    );
    expect(convocation).toBeDefined();

    const context = await env.browser.newContext({ locale: 'en-GB', viewport: viewports.desktop });
    const page = await context.newPage();
    await page.goto(`${env.platform.base}/outbox/${convocation?.id ?? ''}`);
    const links = page.locator('.message__text a[href*="/join#token="]');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    const personal = hrefs.find((href) => !href.includes('document=')) ?? '';
    await page.goto(onPlatform(env.platform.base, personal));

    await expect.poll(() => page.locator('.account__name').textContent()).toBe('Ekaterina Smoroda');
    await expect.poll(() => new URL(page.url()).pathname).toBe(assemblyPath);
    expect(new URL(page.url()).hash).toBe(''); // the token left the address bar
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('[data-testid=agenda-item] h3').allTextContents()).toEqual([
      'Rapport de la Direction et comptes 2025',
      "Plan d'action des groupes de travail",
    ]);
    expect(await page.locator('.document__link').textContent()).toContain('accounts-2026.pdf');
    // Her clock (Ulyanovsk) and the network's (Brussels) read differently: both are shown.
    expect(await page.locator('.assembly-window').textContent()).toMatch(
      /Samara Standard Time \(UTC\+4\).*Central European Time \(UTC\+[12]\)/,
    );
    expect(await page.locator('[data-testid=convocation]').count()).toBe(0);
    await screenshotsEverywhere(page, 'convening-representative');

    // The personal link opens this assembly only: elsewhere, a sentence and the way to sign in.
    await page.getByRole('link', { name: 'Member register' }).first().click();
    await expect
      .poll(() => page.locator('.permission').textContent())
      .toContain('Your personal link opens only the assembly');
    await context.close();
  });

  it("shows the Table's key pages on a desktop in English", async () => {
    const context = await env.browser.newContext({
      locale: 'en-GB',
      viewport: viewports.desktop,
      storageState: await table.storageState(),
    });
    await context.addInitScript(() => localStorage.setItem('agora.language', 'en'));
    const page = await context.newPage();
    await page.goto(`${env.platform.base}${assemblyPath}`);
    await expect
      .poll(() => page.locator('[data-testid=delivery-counts]').textContent())
      .toContain('Sent to 108 members.');
    await screenshot(page, 'convening-assembly-en-desktop');
    await page.getByRole('link', { name: 'See each delivery' }).click();
    await expect.poll(() => page.locator('[data-testid=delivery-row]').count()).toBe(108);
    await screenshot(page, 'convening-deliveries-en-desktop');
    await page.goto(`${env.platform.base}/assemblies/new`);
    await page.getByRole('radio', { name: /Extraordinary general assembly/ }).check();
    await page.locator('input[type=datetime-local]').fill(openingIn(20));
    await expect
      .poll(() => page.locator('.notice-preview').textContent())
      .toContain('Not enough notice for this opening.');
    await screenshot(page, 'convening-form-en-desktop');
    await context.close();
    await table.close();
  });
});
