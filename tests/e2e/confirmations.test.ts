import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { AssemblyView } from '@shared/api/assemblies';
import type { MinutesResponse, MinutesVersionView } from '@shared/api/minutes';
import type { MotionsResponse } from '@shared/api/voting';
import type { OutboxResponse } from '@shared/api/service';
import { connectRedis } from '../../server/redis/connection';
import { createContext } from '../../server/context';
import { TestClient } from '../integration/support';
import { artifactsDir, platformAndBrowser, viewports } from './browser';
import { signedInPeople } from './accessibilitySupport';

const env = platformAndBrowser({ demoAssemblies: true });
const { cookies, ids } = signedInPeople(env);
const day = 86_400_000;

/** Each confirmation is tried on a phone and a desktop, in both languages, in the dark and the light. */
const variants = [
  { language: 'fr', size: 'phone', scheme: 'dark' },
  { language: 'en', size: 'phone', scheme: 'light' },
  { language: 'fr', size: 'desktop', scheme: 'light' },
  { language: 'en', size: 'desktop', scheme: 'dark' },
] as const;
type Variant = (typeof variants)[number];

const says = {
  fr: {
    convene: /^Convoquer/,
    conveneYes: 'Oui, convoquer',
    conveneKeep: 'Pas maintenant',
    emails: (people: number) => `${people} e-mails partent maintenant`,
    membersInAll: (members: number) => `(${members} membres en tout)`,
    going: 'La convocation part vers tous les membres.',
    cancelOpen: "Annuler l'assemblée…",
    cancelKeep: "Garder l'assemblée",
    cancelYes: "Oui, annuler l'assemblée",
    cancelEmails: (people: number) => `vers ${people} personnes`,
    reason: 'Raison',
    closeVote: 'Clore ce vote maintenant et le compter',
    closeKeep: 'Garder le vote ouvert',
    closeYes: 'Oui, clore et compter',
    turnout: (voted: number, voting: number) => `${voted} des ${voting} membres votants ont voté`,
    publish: 'Publier ce procès-verbal',
    publishKeep: 'Pas encore',
    publishYes: 'Oui, publier',
    publishEmails: (people: number) => `vers ${people} personnes`,
  },
  en: {
    convene: /^Convene/,
    conveneYes: 'Yes, convene',
    conveneKeep: 'Not now',
    emails: (people: number) => `${people} e-mails go now`,
    membersInAll: (members: number) => `(${members} members in all)`,
    going: 'The convocation is on its way to every member.',
    cancelOpen: 'Cancel the assembly…',
    cancelKeep: 'Keep the assembly',
    cancelYes: 'Yes, cancel the assembly',
    cancelEmails: (people: number) => `to ${people} people`,
    reason: 'Reason',
    closeVote: 'Close this vote now and count it',
    closeKeep: 'Keep the vote open',
    closeYes: 'Yes, close and count',
    turnout: (voted: number, voting: number) => `${voted} of the ${voting} voting members have voted`,
    publish: 'Publish these minutes',
    publishKeep: 'Not yet',
    publishYes: 'Yes, publish',
    publishEmails: (people: number) => `to ${people} people`,
  },
};

describe('nothing irreversible on one click', () => {
  let table: TestClient;
  let secretary: TestClient;
  const contexts = new Map<string, BrowserContext>();
  /** The e-mails whose subject names `title` (other e-mails of the demo may still be on their way). */
  const mailsAbout = async (title: string) =>
    ((await (await fetch(`${env.platform.base}/api/outbox`)).json()) as OutboxResponse).messages.filter((message) =>
      message.subject.includes(title),
    ).length;

  beforeAll(async () => {
    table = new TestClient(env.platform.base);
    table.cookie = cookies.get('table') ?? '';
    // The Table's secretary signs the minutes beside the president.
    const redis = connectRedis(env.platform.config.REDIS_URL);
    const register = await createContext(redis, env.platform.config).register.snapshot();
    redis.disconnect();
    const secretaryMember = register.bodySeats.find((seat) => seat.body === 'table' && seat.office === 'secretary');
    const person = register.people.find(
      (candidate) => candidate.id === register.representatives.get(secretaryMember?.memberNo ?? 0),
    );
    secretary = await new TestClient(env.platform.base).signIn(person?.email ?? '');
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
  });

  /** The Table's president, in the variant's language, size and colour scheme. */
  async function pageFor(variant: Variant): Promise<Page> {
    const key = `${variant.language}-${variant.size}-${variant.scheme}`;
    let context = contexts.get(key);
    if (!context) {
      context = await env.browser.newContext({
        locale: variant.language === 'fr' ? 'fr-FR' : 'en-GB',
        viewport: viewports[variant.size],
        colorScheme: variant.scheme,
        reducedMotion: 'reduce',
      });
      await context.addInitScript((language) => localStorage.setItem('agora.language', language), variant.language);
      const [name = '', value = ''] = table.cookie.split('=');
      await context.addCookies([{ name, value, url: env.platform.base, httpOnly: true, sameSite: 'Lax' }]);
      contexts.set(key, context);
    }
    return context.newPage();
  }

  const dialogOf = (page: Page) => page.locator('[data-testid=confirm-dialog][open]');
  // The screen as the person sees it, the dialog over the page (a full page would put it anywhere).
  const shot = (page: Page, step: string, variant: Variant) =>
    page.screenshot({
      path: `${artifactsDir}confirm-${step}-${variant.language}-${variant.size}-${variant.scheme}.png`,
    });
  const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  it.each(variants)(
    'convening, then cancelling, ask first and say how many e-mails go ($language, $size, $scheme)',
    async (variant) => {
      const t = says[variant.language];
      const opensAt = Date.now() + (200 + 10 * variants.indexOf(variant)) * day;
      const title = `Assemblée de test ${variant.language} ${variant.size}`;
      const { assembly } = await table.draftAssembly(title, opensAt);
      const page = await pageFor(variant);
      try {
        await page.goto(`${env.platform.base}/assemblies/${assembly.id}`);
        const convene = page.getByRole('button', { name: t.convene });
        await convene.waitFor({ timeout: 15_000 });
        const { audience } = await table.json<AssemblyView>(`/api/assemblies/${assembly.id}`);
        expect(audience!.people).toBeLessThan(audience!.members); // one e-mail per person, not per member

        // Asked, then kept: nothing goes, and the focus is back on the button.
        await convene.click();
        const dialog = dialogOf(page);
        await expect.poll(() => dialog.isVisible()).toBe(true);
        const text = (await dialog.textContent()) ?? '';
        expect(text).toContain(t.emails(audience!.people));
        expect(text).toContain(t.membersInAll(audience!.members));
        expect(await focusedName(page)).toBe(t.conveneKeep);
        await shot(page, 'convene', variant);
        await dialog.getByRole('button', { name: t.conveneKeep }).click();
        await expect.poll(() => dialog.isVisible()).toBe(false);
        await expect.poll(() => focusedName(page)).toMatch(t.convene);
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(await mailsAbout(title)).toBe(0);
        expect((await table.json<AssemblyView>(`/api/assemblies/${assembly.id}`)).phase).toBe('draft');

        // Escape keeps it too; then confirmed, it goes.
        await convene.click();
        await expect.poll(() => dialog.isVisible()).toBe(true);
        await page.keyboard.press('Escape');
        await expect.poll(() => dialog.isVisible()).toBe(false);
        expect((await table.json<AssemblyView>(`/api/assemblies/${assembly.id}`)).phase).toBe('draft');
        await convene.click();
        await dialog.getByRole('button', { name: t.conveneYes }).click();
        await expect.poll(() => page.getByTestId('convocation').textContent(), { timeout: 10_000 }).toContain(t.going);
        expect((await table.json<AssemblyView>(`/api/assemblies/${assembly.id}`)).phase).toBe('convened');

        // Cancelling: kept, then done with a reason.
        const cancel = page.getByRole('button', { name: t.cancelOpen });
        await cancel.click();
        await expect.poll(() => dialog.isVisible()).toBe(true);
        expect(await dialog.textContent()).toContain(t.cancelEmails(audience!.people));
        await shot(page, 'cancel', variant);
        await dialog.getByRole('button', { name: t.cancelKeep }).click();
        await expect.poll(() => dialog.isVisible()).toBe(false);
        expect((await table.json<AssemblyView>(`/api/assemblies/${assembly.id}`)).assembly.status).toBe('convened');
        await cancel.click();
        await dialog.getByLabel(t.reason).fill('La date tombe pendant les Rencontres internationales.');
        await dialog.getByRole('button', { name: t.cancelYes }).click();
        await expect
          .poll(async () => (await table.json<AssemblyView>(`/api/assemblies/${assembly.id}`)).assembly.status, {
            timeout: 10_000,
          })
          .toBe('cancelled');
        await expect.poll(() => page.locator('#cancelled-title').count()).toBe(1);
      } finally {
        await page.close();
      }
    },
  );

  it.each(variants)(
    'closing a vote early asks first, with how many voted and the quorum ($language, $size, $scheme)',
    async (variant) => {
      const t = says[variant.language];
      const view = await table.json<AssemblyView>(`/api/assemblies/${ids.open}`);
      const title = `Motion ${variant.language} ${variant.size}`;
      const opened = await table.post(`/api/assemblies/${ids.open}/motions`, {
        itemId: view.assembly.agenda[0]?.id,
        kind: 'ordinary_decision',
        title,
        text: 'L’assemblée approuve la motion de test.',
        secret: false,
      });
      expect(opened.status).toBe(201);
      // The president votes for his members first: the Table is told how many have voted, not how.
      const created = (await opened.json()) as { id: string };
      const { castable, presence } = await table.json<MotionsResponse>(`/api/assemblies/${ids.open}/motions`);
      const cast = await table.post(`/api/assemblies/${ids.open}/motions/${created.id}/ballots`, {
        ballots: castable.map((ballot) => ({ memberNo: ballot.memberNo, choice: 'for' })),
      });
      expect(cast.status, await cast.clone().text()).toBe(201);
      const page = await pageFor(variant);
      try {
        await page.goto(`${env.platform.base}/assemblies/${ids.open}`);
        const motion = page.getByTestId('motion').filter({ hasText: title });
        const close = motion.getByRole('button', { name: t.closeVote });
        await close.waitFor({ timeout: 15_000 });
        await close.click();
        const dialog = dialogOf(page);
        await expect.poll(() => dialog.isVisible()).toBe(true);
        expect(await dialog.textContent()).toContain(t.turnout(castable.length, presence.votingMembers));
        await shot(page, 'close-vote', variant);
        await dialog.getByRole('button', { name: t.closeKeep }).click();
        await expect.poll(() => dialog.isVisible()).toBe(false);
        const motions = async () => (await table.json<MotionsResponse>(`/api/assemblies/${ids.open}/motions`)).motions;
        expect((await motions()).find((entry) => entry.motion.title === title)?.tally).toBeNull();

        await close.click();
        await dialog.getByRole('button', { name: t.closeYes }).click();
        await expect.poll(() => motion.getByRole('button').count(), { timeout: 10_000 }).toBe(0);
        expect((await motions()).find((entry) => entry.motion.title === title)?.tally).not.toBeNull();
      } finally {
        await page.close();
      }
    },
  );

  it.each(variants)(
    'publishing minutes asks first and says how many e-mails go ($language, $size, $scheme)',
    async (variant) => {
      const t = says[variant.language];
      // A correction of the minutes in force, signed by the president and the secretary: ready to publish.
      const drafted = await table.post(`/api/assemblies/${ids.closed}/minutes/corrections`, {
        note: 'Le nom d’une organisation était mal orthographié.',
      });
      expect(drafted.status).toBe(201);
      let version = (await drafted.json()) as MinutesVersionView;
      for (const [client, role] of [
        [table, 'president'],
        [secretary, 'secretary'],
      ] as const) {
        const signed = await client.post(`/api/assemblies/${ids.closed}/minutes/${version.version}/signatures`, {
          role,
          digest: version.digest,
        });
        expect(signed.status, await signed.clone().text()).toBe(200);
        version = (await signed.json()) as MinutesVersionView;
      }
      const { table: tableView } = await table.json<MinutesResponse>(`/api/assemblies/${ids.closed}/minutes`);
      const page = await pageFor(variant);
      try {
        await page.goto(`${env.platform.base}/assemblies/${ids.closed}/minutes?version=${version.version}`);
        const publish = page.getByRole('button', { name: t.publish, exact: true });
        await publish.waitFor({ timeout: 15_000 });
        await expect.poll(() => publish.isEnabled(), { timeout: 10_000 }).toBe(true);
        await publish.click();
        const dialog = dialogOf(page);
        await expect.poll(() => dialog.isVisible()).toBe(true);
        expect(await dialog.textContent()).toContain(t.publishEmails(tableView!.audience.people));
        await shot(page, 'publish', variant);
        await dialog.getByRole('button', { name: t.publishKeep }).click();
        await expect.poll(() => dialog.isVisible()).toBe(false);
        const current = async () =>
          (await table.json<MinutesResponse>(`/api/assemblies/${ids.closed}/minutes`)).current;
        // Kept: the version is still a draft, so it was e-mailed to nobody (only a publication sends it).
        expect(await current()).not.toBe(version.version);

        await publish.click();
        await dialog.getByRole('button', { name: t.publishYes }).click();
        await expect.poll(current, { timeout: 10_000 }).toBe(version.version);
      } finally {
        await page.close();
      }
    },
  );

  it.each([variants[0], variants[3]])(
    'the “changes are saved” notice goes once the person edits again ($language, $size, $scheme)',
    async (variant) => {
      const saved = variant.language === 'fr' ? 'Les modifications sont enregistrées.' : 'The changes are saved.';
      const opensAt = Date.now() + (300 + 10 * variants.indexOf(variant)) * day;
      const { assembly } = await table.draftAssembly(`Assemblée à corriger ${variant.language}`, opensAt);
      const page = await pageFor(variant);
      try {
        await page.goto(`${env.platform.base}/assemblies/${assembly.id}/edit`);
        const fr = variant.language === 'fr';
        const title = page.getByLabel(fr ? 'Titre' : 'Title', { exact: true });
        await title.waitFor({ timeout: 15_000 });
        await title.fill(`Assemblée corrigée ${variant.language}`);
        await page.getByRole('button', { name: fr ? 'Enregistrer' : 'Save', exact: true }).click();
        const notice = page.locator('.site-flash');
        await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toBe(saved);
        const nextItem = page.getByLabel(fr ? 'Titre du point' : 'Title of the item');
        await nextItem.waitFor({ timeout: 15_000 });
        expect(await notice.count()).toBe(1);
        await shot(page, 'saved', variant);

        // Typing the next change: the notice no longer speaks of it.
        await nextItem.fill('Point suivant');
        await expect.poll(() => notice.count()).toBe(0);
      } finally {
        await page.close();
      }
    },
  );
});
