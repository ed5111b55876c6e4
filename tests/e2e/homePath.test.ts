import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AssembliesResponse } from '@shared/api/assemblies';
import type { MeResponse } from '@shared/api/session';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import { eventually, seedDemoAssemblies, type TestClient } from '../integration/support';
import { platformAndBrowser, screenshot, screenshotsEverywhere, viewports } from './browser';
import { convocationLink, onPlatform } from './signIn';

/** The representative of 24 members in the demo (Russia: English, Ulyanovsk time). */
const ekaterina = { email: 'ekaterina.smoroda@example.org', name: 'Ekaterina Smoroda' };
/** A representative in Cape Verde (French, Cape Verde time). */
const samuel = { email: 'samuel.thirion@example.org', name: 'Samuel Thirion' };
/** A representative in Morocco, French in the register. */
const lhoussaine = { email: 'lhoussaine.aitbrahim@example.org', name: 'Lhoussaine Aitbrahim' };

// A zone identifier as the IANA database spells it ("Europe/Brussels", "Atlantic/Cape_Verde"): never shown.
const rawZone = /\b(Africa|America|Asia|Atlantic|Europe|Pacific)\/[A-Z]/;

describe('the home and the path from it, on a phone and a desktop, in French and English', () => {
  const run = platformAndBrowser();
  let table: TestClient;
  let openId = '';
  let closedId = '';

  beforeAll(async () => {
    // Signed in before the demo's convocations fill the outbox.
    table = await run.platform.client().signIn('giusto.maniscalchi@example.org');
    await seedDemoAssemblies(run.platform.config);
    const { assemblies } = await table.json<AssembliesResponse>('/api/assemblies');
    openId = assemblies.find((assembly) => assembly.phase === 'open')!.id;
    closedId = assemblies.find((assembly) => Date.parse(assembly.closesAt) < Date.now())!.id;
    // The demo's open assembly has two votes open: its statute change and its election.
  });

  const whatNow = (page: Page) => page.getByTestId('what-now');
  const newPage = async (locale: string) =>
    (await run.browser.newContext({ locale, viewport: viewports.phone })).newPage();

  /** Signs in as a person does: the address on /sign-in, then the link of the e-mail that arrives (the newest to them). */
  const signIn = async (page: Page, person: { email: string; name: string }) => {
    const base = run.platform.base;
    const outbox = async () => ((await (await fetch(`${base}/api/outbox`)).json()) as OutboxResponse).messages;
    const seen = new Set((await outbox()).map((message) => message.id));
    await page.goto(`${base}/sign-in`);
    await page.locator('input[type=email]').fill(person.email);
    await page.locator('form button[type=submit]').click();
    const summary = await eventually(
      async () =>
        (await outbox()).find(
          (message) =>
            !seen.has(message.id) && message.to.includes(person.email) && /sign-in|connexion/.test(message.subject),
        ),
      `the sign-in link of ${person.email}`,
      60_000,
    );
    const mail = (await (await fetch(`${base}/api/outbox/${summary.id}`)).json()) as OutboxMessage;
    await page.goto(
      onPlatform(base, /https?:\/\/\S+\/sign-in\/complete#token=[A-Za-z0-9_.-]+/.exec(mail.text)?.[0] ?? ''),
    );
    await expect.poll(() => page.locator('.account__name').textContent(), { timeout: 15_000 }).toBe(person.name);
  };

  it('tells a representative of 24 members what waits for them, with times in their zone named in words', async () => {
    const page = await newPage('en-GB');
    await signIn(page, ekaterina);
    await page.goto(`${run.platform.base}/`);
    await expect
      .poll(() => whatNow(page).textContent(), { timeout: 15_000 })
      .toMatch(/2 votes, for 24 members, closing in \d+ hours/);
    const text = (await whatNow(page).textContent()) ?? '';
    expect(text).toContain('Article 6 : assemblées ordinaires en ligne');
    expect(text).toContain('Assemblies to come');
    expect(text).toMatch(/Samara Standard Time \(UTC\+4\)/);
    expect(text).toMatch(/Central European Time \(UTC\+[12]\)/);
    expect(text).not.toMatch(rawZone);
    await screenshotsEverywhere(page, 'home-what-now');

    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await expect.poll(() => whatNow(page).textContent()).toMatch(/2 votes, pour 24 membres, clôture dans \d+ heures/);
    expect(await whatNow(page).textContent()).toMatch(/heure normale de Samara \(UTC\+4\)/);
    expect(await page.locator('main').textContent()).not.toMatch(rawZone);

    // The way in: the room of the open assembly.
    await whatNow(page).getByRole('link', { name: 'Entrer dans la salle' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/assemblies/${openId}`);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.context().close();
  }, 120_000);

  it('gives a person who came through their personal link the same home, with the way into the room', async () => {
    const page = await newPage('fr-FR');
    await page.goto(await convocationLink(run.platform.base, samuel.email));
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(`/assemblies/${openId}`);
    await page.goto(`${run.platform.base}/`);
    await expect
      .poll(() => whatNow(page).textContent(), { timeout: 15_000 })
      .toMatch(/2 votes, pour 9 membres, clôture dans \d+ heures/);
    expect(await whatNow(page).textContent()).toContain('heure normale du Cap-Vert (UTC−1)');
    await screenshotsEverywhere(page, 'home-personal-link');
    await whatNow(page).getByRole('link', { name: 'Entrer dans la salle' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/assemblies/${openId}`);
    await expect
      .poll(() => page.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('online');
    await page.context().close();
  }, 120_000);

  it('keeps the language a person picked before signing in, and makes it theirs', async () => {
    const page = await newPage('fr-FR');
    await page.goto(`${run.platform.base}/`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await signIn(page, lhoussaine);
    await page.goto(`${run.platform.base}/`);
    await expect.poll(() => whatNow(page).textContent(), { timeout: 15_000 }).toContain('What is waiting for you');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Stored on the person: a reload, another device and their e-mails follow it.
    const me = (await page.evaluate(() => fetch('/api/me').then((response) => response.json()))) as MeResponse;
    expect(me.person.language).toBe('en');
    await page.reload();
    await expect.poll(() => whatNow(page).textContent(), { timeout: 15_000 }).toContain('What is waiting for you');
    for (const [size, dimensions] of Object.entries(viewports)) {
      await page.setViewportSize(dimensions);
      await screenshot(page, `language-kept-en-${size}`);
    }
    // The profile names the person's zone in words under its field.
    await page.goto(`${run.platform.base}/me`);
    await expect.poll(() => page.locator('.time-zone-name').first().textContent()).toMatch(/ Time \(UTC/);
    await screenshot(page, 'profile-zone-en-desktop');
    await page.context().close();
  }, 120_000);

  it('shows a closed assembly its results and its minutes, not a connection to a room', async () => {
    const page = await newPage('en-GB');
    await signIn(page, ekaterina);
    await page.goto(`${run.platform.base}/assemblies/${closedId}`);
    await expect.poll(() => page.getByTestId('closed-room').textContent(), { timeout: 15_000 }).toContain('Adopted');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('Connecting to the room');
    expect(text).not.toMatch(/0 people/);
    expect(text).not.toMatch(rawZone);
    expect(await page.getByTestId('connection').count()).toBe(0);
    // Its minutes are published: the page leads to them.
    expect(await page.getByRole('link', { name: 'Read the minutes' }).count()).toBeGreaterThan(0);
    await screenshotsEverywhere(page, 'closed-assembly');
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await expect.poll(() => page.getByTestId('closed-room').textContent()).toContain('Adoptée');

    // Its minutes give the notice in days and hours, never as a fraction of days.
    await page.getByRole('link', { name: 'Lire le procès-verbal' }).first().click();
    await expect
      .poll(() => page.locator('.minutes-document').textContent(), { timeout: 15_000 })
      .toMatch(/24 jours et \d+ heures donnés\s; 15 jours requis/);
    expect(await page.locator('.minutes-document').textContent()).not.toMatch(/\d+[.,]\d+ jours/);
    await screenshot(page, 'closed-assembly-minutes-fr-phone');
    await page.context().close();
  }, 120_000);
});
