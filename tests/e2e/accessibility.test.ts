import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { AssembliesResponse } from '@shared/api/assemblies';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import { eventually, TestClient } from '../integration/support';
import { axeScan, countByImpact, describeViolations, impacts } from './axe';
import { platformAndBrowser, screenshot, viewports } from './browser';
import { focusOf, focusProblem, press, tabTo, unreachedRoomControls, type Focus } from './keyboard';
import { onPlatform } from './signIn';

type Who = 'visitor' | 'table' | 'secretariat' | 'direction' | 'representative';
type Variant = { language: 'fr' | 'en'; size: keyof typeof viewports };

/** Each page is read in French on a phone and in English on a desktop: both languages, both layouts. */
const variants: Variant[] = [
  { language: 'fr', size: 'phone' },
  { language: 'en', size: 'desktop' },
];
const everyVariant: Variant[] = [...variants, { language: 'en', size: 'phone' }, { language: 'fr', size: 'desktop' }];
const phones: Variant[] = [
  { language: 'fr', size: 'phone' },
  { language: 'en', size: 'phone' },
];

/** The demo people each page is seen as: the one with most to show there. */
const emails: Record<Exclude<Who, 'visitor' | 'representative'>, string> = {
  table: 'giusto.maniscalchi@example.org',
  secretariat: 'secretariat@example.org',
  direction: 'florian.riegert@example.org',
};
/** Follows the open assembly's convocation; represents a member of Agadir, not on the Table. */
const representative = 'lhoussaine.aitbrahim@example.org';

interface Ids {
  open: string;
  later: string;
  closed: string;
  convocation: string;
}

interface PageToCheck {
  name: string;
  who: Who;
  path: (ids: Ids) => string;
  /** What shows once the page has its data (besides its heading and no loading sign). */
  ready?: string[];
  /** Something a person does on the page before it is checked. */
  act?: (page: Page) => Promise<void>;
  /** Where it matters more than the usual two. */
  variants?: Variant[];
}

const pages: PageToCheck[] = [
  { name: 'home', who: 'visitor', path: () => '/' },
  {
    name: 'home, menu open',
    who: 'visitor',
    path: () => '/',
    variants: phones,
    act: async (page) => {
      await page.locator('.site-nav__toggle').click();
      await page.locator('#site-nav-list').waitFor();
    },
  },
  { name: 'sign-in', who: 'visitor', path: () => '/sign-in' },
  { name: 'outbox', who: 'visitor', path: () => '/outbox', ready: ['[data-testid=outbox-item]'] },
  { name: 'outbox message', who: 'visitor', path: (ids) => `/outbox/${ids.convocation}`, ready: ['.message__text'] },
  { name: 'health', who: 'visitor', path: () => '/health' },
  { name: 'assemblies', who: 'table', path: () => '/assemblies', ready: ['[data-testid=assembly-card]'] },
  {
    name: 'assembly before opening (Table)',
    who: 'table',
    path: (ids) => `/assemblies/${ids.later}`,
    ready: ['[data-testid=candidacies]'],
  },
  {
    name: 'deliveries (Table)',
    who: 'table',
    path: (ids) => `/assemblies/${ids.open}/deliveries`,
    ready: ['[data-testid=delivery-row]'],
  },
  {
    name: 'live room with an open motion',
    who: 'representative',
    path: (ids) => `/assemblies/${ids.open}`,
    ready: ['[data-testid=connection][data-state=online]', '[data-testid=ballot]'],
    variants: everyVariant,
  },
  {
    name: 'live room after a message and a vote',
    who: 'representative',
    path: (ids) => `/assemblies/${ids.open}`,
    ready: ['[data-testid=connection][data-state=online]', '[data-testid=motion]'],
    act: writeAndVote,
  },
  { name: 'minutes', who: 'table', path: (ids) => `/assemblies/${ids.closed}/minutes`, ready: ['.minutes-document'] },
  { name: 'register', who: 'secretariat', path: () => '/register', ready: ['[data-testid=member-row]'] },
  { name: 'member', who: 'secretariat', path: () => '/register/57' },
  { name: 'people', who: 'secretariat', path: () => '/people', ready: ['.person-card'] },
  { name: 'admissions', who: 'direction', path: () => '/admissions' },
  { name: 'exclusions', who: 'direction', path: () => '/exclusions' },
  { name: 'bodies', who: 'secretariat', path: () => '/bodies' },
  { name: 'dues', who: 'secretariat', path: () => '/dues' },
  { name: 'archive', who: 'secretariat', path: () => '/archive', ready: ['[data-testid=archive-card]'] },
  { name: 'texts', who: 'secretariat', path: () => '/texts' },
  { name: 'profile', who: 'secretariat', path: () => '/me' },
];

/** In the first thread: a message, then the votes of the representative's members, all alike. */
async function writeAndVote(page: Page): Promise<void> {
  const room = page.getByTestId('live-room');
  const messages = room.locator('[data-testid=message]');
  if ((await messages.count()) === 0) {
    await room.locator('textarea[name=message]').fill('Agadir soutient le rapport.');
    await room.locator('form.composer button[type=submit]').click();
    await expect.poll(() => messages.count(), { timeout: 10_000 }).toBe(1);
  }
  const ballot = room.getByTestId('ballot');
  if ((await ballot.locator('input[type=radio]').count()) > 0) {
    await ballot.locator('input[type=radio][value=for]').check();
    await ballot.locator('button[type=submit]').click();
    await expect.poll(() => room.getByTestId('receipts').count(), { timeout: 10_000 }).toBe(1);
  }
}

const env = platformAndBrowser({ demoAssemblies: true });
const cookies = new Map<Who, string>();
let ids: Ids;

const outbox = async () => ((await (await fetch(`${env.platform.base}/api/outbox`)).json()) as OutboxResponse).messages;
const convocationOf = (email: string) =>
  eventually(
    async () => (await outbox()).find((message) => message.to.includes(email) && /Convocation/.test(message.subject)),
    `the convocation of ${email}`,
    30_000,
  );
const personalLink = async (id: string) => {
  const mail = (await (await fetch(`${env.platform.base}/api/outbox/${id}`)).json()) as OutboxMessage;
  return onPlatform(env.platform.base, /https?:\/\/\S+\/join#token=[A-Za-z0-9_.-]+/.exec(mail.text)?.[0] ?? '');
};

beforeAll(async () => {
  for (const [who, email] of Object.entries(emails) as Array<[Who, string]>) {
    cookies.set(who, (await new TestClient(env.platform.base).signIn(email)).cookie);
  }
  const table = new TestClient(env.platform.base);
  table.cookie = cookies.get('table') ?? '';
  const { assemblies } = await table.json<AssembliesResponse>('/api/assemblies');
  const byPhase = (...phases: string[]) => assemblies.find((assembly) => phases.includes(assembly.phase))?.id ?? '';
  const convocation = await convocationOf(representative);
  ids = {
    open: byPhase('open'),
    later: byPhase('convened'),
    closed: byPhase('minutes_published', 'closed'),
    convocation: convocation.id,
  };

  // The Table puts a named motion on the first item to the vote, so the ballot shows in the room.
  const view = await table.json<{ assembly: { agenda: Array<{ id: string }> } }>(`/api/assemblies/${ids.open}`);
  const opened = await table.post(`/api/assemblies/${ids.open}/motions`, {
    itemId: view.assembly.agenda[0]?.id,
    kind: 'ordinary_decision',
    title: 'Approbation des comptes 2025',
    text: 'L’assemblée approuve le rapport et les comptes 2025.',
    secret: false,
  });
  expect(opened.status).toBe(201);

  // The representative's session comes from the personal link of the convocation, as in the e-mail.
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(await personalLink(convocation.id));
  await page.locator('[data-testid=connection][data-state=online]').waitFor({ timeout: 15_000 });
  cookies.set('representative', (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; '));
  await context.close();
}, 120_000);

describe('accessibility of every main page (axe-core: WCAG 2.1 A and AA, best practices)', () => {
  const contexts = new Map<string, BrowserContext>();
  const figures: Array<{ page: string; variant: string; rulesPassed: number } & ReturnType<typeof countByImpact>> = [];

  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
    const rows = figures.map(
      (row) =>
        `${row.page.padEnd(38)} ${row.variant.padEnd(11)} ${impacts.map((impact) => String(row[impact]).padStart(9)).join('')} ${String(row.rulesPassed).padStart(13)}`,
    );
    const head = `${'page'.padEnd(38)} ${'variant'.padEnd(11)} ${impacts.map((impact) => impact.padStart(9)).join('')} ${'rules passed'.padStart(13)}`;
    console.log(['axe-core: failing elements by impact, and rules passed, per page', head, ...rows].join('\n'));
  });

  /** A browser of `who`, in `variant`'s language and size (one per pair, kept for the file). */
  async function contextFor(who: Who, variant: Variant): Promise<BrowserContext> {
    const key = `${who}:${variant.language}:${variant.size}`;
    const known = contexts.get(key);
    if (known) return known;
    const context = await env.browser.newContext({
      locale: variant.language === 'fr' ? 'fr-FR' : 'en-GB',
      viewport: viewports[variant.size],
      reducedMotion: 'reduce',
    });
    await context.addInitScript((language) => localStorage.setItem('agora.language', language), variant.language);
    const cookie = cookies.get(who);
    if (cookie) {
      await context.addCookies(
        cookie.split('; ').map((pair) => {
          const [name = '', ...value] = pair.split('=');
          return { name, value: value.join('='), url: env.platform.base, httpOnly: true, sameSite: 'Lax' as const };
        }),
      );
    }
    contexts.set(key, context);
    return context;
  }

  it.each(pages.map((entry) => [entry.name, entry] as const))(
    '%s: no serious or critical violation',
    async (name, entry) => {
      const problems: string[] = [];
      for (const variant of entry.variants ?? variants) {
        const page = await (await contextFor(entry.who, variant)).newPage();
        try {
          await page.goto(`${env.platform.base}${entry.path(ids)}`);
          await page.locator('main h1').first().waitFor({ timeout: 15_000 });
          for (const selector of entry.ready ?? []) await page.locator(selector).first().waitFor({ timeout: 30_000 });
          await expect.poll(() => page.locator('.status--loading').count(), { timeout: 15_000 }).toBe(0);
          expect(await page.locator('html').getAttribute('lang')).toBe(variant.language);
          await entry.act?.(page);
          const { violations, rulesPassed } = await axeScan(page);
          figures.push({
            page: name,
            variant: `${variant.language} ${variant.size}`,
            rulesPassed,
            ...countByImpact(violations),
          });
          expect(rulesPassed, `axe checked ${name} (${variant.language}, ${variant.size})`).toBeGreaterThan(15);
          const grave = violations.filter(
            (violation) => violation.impact === 'serious' || violation.impact === 'critical',
          );
          problems.push(...describeViolations(grave, `${name} (${variant.language}, ${variant.size})`));
        } finally {
          await page.close();
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('the live room and the ballot with the keyboard alone', () => {
  const people = [
    {
      email: 'samuel.thirion@example.org',
      name: 'Samuel Thirion',
      language: 'fr',
      size: 'phone',
      members: 9,
      says: {
        skip: /^link "Aller au contenu principal"$/,
        firstThread: /^button "Point 1 : Rapport de la Direction et comptes 2025 \(\d+ messages?\)"$/,
        secondThread: /^button "Point 2 : Groupes de travail 2027 \(\d+ messages?\)"$/,
        secondThreadTitle: /^Point 2 : Groupes de travail 2027$/,
        composer: /^textbox "Votre message dans « Point 2 : Groupes de travail 2027 »"$/,
        send: /^button "Envoyer"$/,
        reply: /^button "Répondre"$/,
        replyingTo: 'Réponse à Samuel Thirion',
        edit: /^button "Modifier"$/,
        editField: /^textbox "Votre message": /,
        save: /^button "Enregistrer"$/,
        votingFor: /^summary "Vous votez pour 9 membres \(voir lesquels\)"$/,
        for: /^radio "Pour"/,
        against: /^radio "Contre" \[checked\]$/,
        submit: /^button "Voter \(9 voix\)"$/,
        cast: '9 votes enregistrés',
        receipts: /^summary "Vos reçus \(9\)"$/,
      },
      write: ['Le Cap-Vert soutient les trois groupes.', 'Et propose d’accueillir le groupe jeunesse.', ' à Praia'],
    },
    {
      email: 'ekaterina.smoroda@example.org',
      name: 'Ekaterina Smoroda',
      language: 'en',
      size: 'desktop',
      members: 24,
      says: {
        skip: /^link "Skip to main content"$/,
        firstThread: /^button "Item 1: Rapport de la Direction et comptes 2025 \(\d+ messages?\)"$/,
        secondThread: /^button "Item 2: Groupes de travail 2027 \(\d+ messages?\)"$/,
        secondThreadTitle: /^Item 2: Groupes de travail 2027$/,
        composer: /^textbox "Your message in “Item 2: Groupes de travail 2027”"$/,
        send: /^button "Send"$/,
        reply: /^button "Reply"$/,
        replyingTo: 'Replying to Ekaterina Smoroda',
        edit: /^button "Edit"$/,
        editField: /^textbox "Your message": /,
        save: /^button "Save"$/,
        votingFor: /^summary "You vote for 24 members \(see which\)"$/,
        for: /^radio "For"/,
        against: /^radio "Against" \[checked\]$/,
        submit: /^button "Cast 24 votes"$/,
        cast: '24 votes recorded',
        receipts: /^summary "Your receipts \(24\)"$/,
      },
      write: ['Russia supports the three groups.', 'And offers to run the transition group.', ' from Ulyanovsk'],
    },
  ] as const;

  it.each(people)(
    'lets $name open a thread, write, reply, edit and cast $members votes with the keyboard ($language, $size)',
    async ({ email, name, language, size, members, says, write }) => {
      const context = await env.browser.newContext({
        locale: language === 'fr' ? 'fr-FR' : 'en-GB',
        viewport: viewports[size],
      });
      const page = await context.newPage();
      const shot = (step: string) => screenshot(page, `keyboard-${step}-${language}-${size}`);
      const focused = async () => (await focusOf(page))?.control ?? '(the page itself)';
      try {
        // The convocation's personal link, then the page from its top (arriving, the focus was put on the main content).
        await page.goto(await personalLink((await convocationOf(email)).id));
        await page.locator('[data-testid=connection][data-state=online]').waitFor({ timeout: 15_000 });
        expect(await page.locator('.account__name').first().textContent()).toBe(name);
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        await page.reload();
        await page.getByTestId('ballot').waitFor({ timeout: 15_000 });

        // The whole page, Tab after Tab: each control named, its focus drawn, and no trap (the focus always moves on).
        const walk: Focus[] = [];
        let wentRound = false;
        for (let presses = 0; presses < 250 && !wentRound; presses++) {
          const focus = await press(page, 'Tab');
          if (!focus) {
            wentRound = walk.length > 0; // past the last control
            continue;
          }
          wentRound = walk.length > 1 && focus.control === walk[0]?.control;
          if (wentRound) break;
          const problem = focusProblem(focus);
          expect(problem, `${problem} (after ${walk.map((stop) => stop.control).join(' → ')})`).toBeNull();
          expect(focus.stayed, `Tab stays on ${focus.control}`).toBe(false);
          walk.push(focus);
        }
        expect(wentRound, 'Tab went through the whole page').toBe(true);
        expect(walk[0]?.control).toMatch(says.skip);
        expect(walk.filter((stop) => stop.inRoom).map((stop) => stop.control)).toEqual(
          expect.arrayContaining([expect.stringMatching(says.firstThread), expect.stringMatching(says.submit)]),
        );
        expect(await unreachedRoomControls(page), 'controls of the room the keyboard never reaches').toEqual([]);

        // The skip link, then the second item's thread.
        await tabTo(page, says.skip);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
        await tabTo(page, says.secondThread);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('#thread-title').textContent()).toMatch(says.secondThreadTitle);
        expect(await page.locator('*:focus').getAttribute('aria-current')).toBe('true');
        await shot('room-thread');

        // A message, typed and sent from the keyboard; the focus stays in the field for the next one.
        const thread = page.locator('.thread .messages').first();
        await tabTo(page, says.composer);
        await page.keyboard.type(write[0]);
        await tabTo(page, says.send);
        await page.keyboard.press('Enter');
        await expect.poll(() => thread.textContent(), { timeout: 10_000 }).toContain(write[0]);
        await expect.poll(() => page.locator('[data-testid=pending-message]').count(), { timeout: 10_000 }).toBe(0);
        expect(await focused()).toMatch(says.composer);
        await shot('room-message');

        // "Reply" on that message takes the focus to the field, which says to whom.
        await tabTo(page, says.reply, { backwards: true });
        await page.keyboard.press('Enter');
        await expect.poll(focused).toMatch(says.composer);
        expect(await page.locator('.composer__reply').textContent()).toContain(says.replyingTo);
        await page.keyboard.type(write[1]);
        await tabTo(page, says.send);
        await page.keyboard.press('Enter');
        await expect
          .poll(() => thread.locator('.message__replies', { hasText: write[1] }).count(), { timeout: 10_000 })
          .toBe(1);

        // "Edit" opens the field with the focus in it; saving gives the focus back to "Edit".
        await tabTo(page, says.edit, { backwards: true });
        await page.keyboard.press('Enter');
        await expect.poll(focused).toMatch(says.editField);
        await page.keyboard.press('Control+End');
        await page.keyboard.type(write[2]);
        await tabTo(page, says.save);
        await page.keyboard.press('Enter');
        await expect.poll(() => thread.textContent(), { timeout: 10_000 }).toContain(`${write[1]}${write[2]}`);
        await expect.poll(focused).toMatch(says.edit);
        await shot('room-reply');

        // Back to the first item, where the motion is open: for which members, the choice, the vote.
        await tabTo(page, says.firstThread, { backwards: true });
        await page.keyboard.press('Space');
        await page.getByTestId('ballot').waitFor();
        await tabTo(page, says.votingFor);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.ballot__for li').count()).toBe(members);
        await tabTo(page, says.for);
        await page.keyboard.press('Space');
        await page.keyboard.press('ArrowDown');
        expect(await focused()).toMatch(says.against);
        await page.keyboard.press('ArrowUp');
        expect(await focused()).toMatch(says.for);
        expect(await focused()).toMatch(/\[checked\]$/);
        await shot('ballot');
        await tabTo(page, says.submit);
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.getByTestId('ballot').getByRole('status').textContent(), { timeout: 10_000 })
          .toContain(says.cast);
        expect(await focused(), 'the focus after the vote').toMatch(says.submit);

        // The receipts, opened from the keyboard.
        await tabTo(page, says.receipts);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('[data-testid=receipts] code').count()).toBe(members);
        expect(await page.locator('[data-testid=receipts] code').first().isVisible()).toBe(true);
        await shot('receipts');
      } finally {
        await context.close();
      }
    },
  );

  it('lets the Table put a motion to the vote and close it with the keyboard, the focus kept each time (fr, desktop)', async () => {
    const context = await env.browser.newContext({ locale: 'fr-FR', viewport: viewports.desktop });
    await context.addInitScript(() => localStorage.setItem('agora.language', 'fr'));
    const [cookieName = '', cookieValue = ''] = (cookies.get('table') ?? '').split('=');
    await context.addCookies([
      { name: cookieName, value: cookieValue, url: env.platform.base, httpOnly: true, sameSite: 'Lax' },
    ]);
    const page = await context.newPage();
    const focused = async () => (await focusOf(page))?.control ?? '(the page itself)';
    try {
      await page.goto(`${env.platform.base}/assemblies/${ids.open}`);
      await page.locator('[data-testid=connection][data-state=online]').waitFor({ timeout: 15_000 });
      await tabTo(page, /^button "Point 2 : /);
      await page.keyboard.press('Enter');

      // The form opens with the focus in its first field; once the vote is open, the focus is back on its button.
      await tabTo(page, /^button "Mettre une motion au vote"$/);
      await page.keyboard.press('Enter');
      await expect.poll(focused).toMatch(/^textbox "Titre de la motion"$/);
      await page.keyboard.type('Création des trois groupes');
      await tabTo(page, /^textbox "Texte mis au vote"$/);
      await page.keyboard.type('L’assemblée crée les groupes SPIRAL, jeunesse et transition.');
      await tabTo(page, /^button "Ouvrir le vote"$/);
      await page.keyboard.press('Enter');
      const motion = page.getByTestId('motion').filter({ hasText: 'Création des trois groupes' });
      await motion.waitFor({ timeout: 10_000 });
      await expect.poll(focused).toMatch(/^button "Mettre une motion au vote"$/);

      // Closing it replaces its button by the result: the focus goes to the motion, not to the page.
      await tabTo(page, /^button "Clore ce vote maintenant et le compter"$/, { backwards: true });
      await page.keyboard.press('Enter');
      await expect.poll(() => motion.locator('button').count(), { timeout: 10_000 }).toBe(0);
      await expect.poll(focused).toBe('article "Création des trois groupes"');
      await screenshot(page, 'keyboard-table-motion-fr-desktop');
    } finally {
      await context.close();
    }
  });
});
