import { beforeAll, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { AssembliesResponse } from '@shared/api/assemblies';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import { eventually, TestClient } from '../integration/support';
import { type platformAndBrowser, viewports } from './browser';
import { onPlatform } from './signIn';

export type Who = 'visitor' | 'table' | 'secretariat' | 'direction' | 'representative';
export type Variant = { language: 'fr' | 'en'; size: keyof typeof viewports; scheme?: 'light' | 'dark' };

/**
 * Each page is read in French on a phone and in English on a desktop: both languages, both layouts; the
 * desktop in the dark colours the system may ask for, so both palettes are checked.
 */
export const variants: Variant[] = [
  { language: 'fr', size: 'phone' },
  { language: 'en', size: 'desktop', scheme: 'dark' },
];
export const everyVariant: Variant[] = [
  ...variants,
  { language: 'en', size: 'phone', scheme: 'dark' },
  { language: 'fr', size: 'desktop' },
];
export const phones: Variant[] = [
  { language: 'fr', size: 'phone' },
  { language: 'en', size: 'phone', scheme: 'dark' },
];

/** The demo people each page is seen as: the one with most to show there. */
export const emails: Record<Exclude<Who, 'visitor' | 'representative'>, string> = {
  table: 'giusto.maniscalchi@example.org',
  secretariat: 'secretariat@example.org',
  direction: 'florian.riegert@example.org',
};
/** Follows the open assembly's convocation; represents a member of Agadir, not on the Table. */
export const representative = 'lhoussaine.aitbrahim@example.org';

export interface Ids {
  open: string;
  later: string;
  closed: string;
  convocation: string;
}

export interface PageToCheck {
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

export const pages: PageToCheck[] = [
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
    ready: ['[data-testid=agenda-item]'],
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

/** The two people who take part in the room with the keyboard alone, and what their screen reader hears. */
export const keyboardPeople = [
  {
    email: 'samuel.thirion@example.org',
    name: 'Samuel Thirion',
    language: 'fr',
    size: 'phone',
    members: 9,
    says: {
      skip: /^link "Aller au contenu principal"$/,
      firstThread:
        /^button "Point 1 : Rapport de la Direction et comptes 2025 \(\d+ messages?\)(, vote ouvert, en attente de votre vote)?"$/,
      secondThread: /^button "Point 2 : Groupes de travail 2027 \(\d+ messages?\)"$/,
      secondThreadTitle: /^Point 2 : Groupes de travail 2027$/,
      composer: /^textbox "Votre message dans « Point 2 : Groupes de travail 2027 »"$/,
      send: /^button "Envoyer"$/,
      reply: /^button "Répondre"$/,
      replyingTo: 'Réponse à Samuel Thirion',
      edit: /^button "Modifier"$/,
      editField: /^textbox "Votre message": /,
      save: /^button "Enregistrer"$/,
      votingFor: 'Vous votez pour ces 9 membres :',
      for: /^radio "Pour"/,
      against: /^radio "Contre" \[checked\]$/,
      submit: /^button "Voter \(9 voix\)"$/,
      cast: '9 votes enregistrés',
      done: /^button "9 votes exprimés — pour"$/,
      receipts: 'Vos reçus (9)',
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
      firstThread:
        /^button "Item 1: Rapport de la Direction et comptes 2025 \(\d+ messages?\)(, vote open, waiting for you)?"$/,
      secondThread: /^button "Item 2: Groupes de travail 2027 \(\d+ messages?\)"$/,
      secondThreadTitle: /^Item 2: Groupes de travail 2027$/,
      composer: /^textbox "Your message in “Item 2: Groupes de travail 2027”"$/,
      send: /^button "Send"$/,
      reply: /^button "Reply"$/,
      replyingTo: 'Replying to Ekaterina Smoroda',
      edit: /^button "Edit"$/,
      editField: /^textbox "Your message": /,
      save: /^button "Save"$/,
      votingFor: 'You vote for these 24 members:',
      for: /^radio "For"/,
      against: /^radio "Against" \[checked\]$/,
      submit: /^button "Cast 24 votes"$/,
      cast: '24 votes recorded',
      done: /^button "24 votes cast — for"$/,
      receipts: 'Your receipts (24)',
    },
    write: ['Russia supports the three groups.', 'And offers to run the transition group.', ' from Ulyanovsk'],
  },
] as const;

/**
 * The demo people signed in (the representative through the personal link of its convocation), the demo assemblies
 * by phase, and a named motion open on the first item of the open one, so the ballot shows in the room.
 */
export function signedInPeople(env: ReturnType<typeof platformAndBrowser>) {
  const cookies = new Map<Who, string>();
  const ids = {} as Ids;
  const outbox = async () =>
    ((await (await fetch(`${env.platform.base}/api/outbox`)).json()) as OutboxResponse).messages;
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
    Object.assign(ids, {
      open: byPhase('open'),
      later: byPhase('convened'),
      closed: byPhase('minutes_published', 'closed'),
      convocation: convocation.id,
    });

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
    cookies.set(
      'representative',
      (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; '),
    );
    await context.close();
  }, 120_000);

  const contexts = new Map<string, BrowserContext>();
  /** A browser of `who`, in `variant`'s language and size (one per pair, kept for the file). */
  async function contextFor(who: Who, variant: Variant): Promise<BrowserContext> {
    const scheme = variant.scheme ?? 'light';
    const key = `${who}:${variant.language}:${variant.size}:${scheme}`;
    const known = contexts.get(key);
    if (known) return known;
    const context = await env.browser.newContext({
      locale: variant.language === 'fr' ? 'fr-FR' : 'en-GB',
      viewport: viewports[variant.size],
      colorScheme: scheme,
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

  return { cookies, ids, convocationOf, personalLink, contextFor, contexts };
}
