import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import type { BrowserContext, Page } from 'playwright-core';
import { routes } from '../../client/src/app/routes';
import { TestClient } from '../integration/support';
import { platformAndBrowser, screenshot } from './browser';
import { signedInPeople, type Ids } from './accessibilitySupport';
import { overflow } from './overflow';

const env = platformAndBrowser({ demoAssemblies: true });
const { cookies, ids } = signedInPeople(env);

/** Represents nine members; signs in with the address of the register, as a person does from the sign-in page. */
const memberRepresentative = 'samuel.thirion@example.org';
const roles = ['anonymous', 'representative', 'personal link', 'president of the Table', 'secretariat'] as const;
type Role = (typeof roles)[number];
const widths = [320, 390] as const;

/** What each parameter of the route table is filled with: every assembly phase the demo has, a real member. */
const examples: Record<string, (ids: Ids) => string[]> = {
  id: (ids) => [ids.open, ids.later, ids.closed],
  memberNo: () => ['57'],
  messageId: (ids) => [ids.convocation],
  text: () => ['statutes'],
  version: () => ['0'],
};

/** Every pattern of the client's route table, nested paths joined ("*" is the page not found). */
function patterns(table: RouteObject[], parent = ''): string[] {
  return table.flatMap((route) => {
    const own = route.index ? parent || '/' : route.path;
    const path =
      own === undefined || own === '*' || own.startsWith('/') || route.index
        ? own
        : `${parent.replace(/\/$/, '')}/${own}`;
    return [...(path === undefined ? [] : [path]), ...patterns(route.children ?? [], path ?? parent)];
  });
}

/** The addresses a pattern stands for, its parameters filled with `examples`. */
function addresses(pattern: string, ids: Ids): string[] {
  if (pattern === '*') return ['/no-such-page'];
  let filled = [pattern];
  for (const [, name = ''] of pattern.matchAll(/:(\w+)/g)) {
    const values = examples[name]?.(ids);
    if (!values) throw new Error(`The route ${pattern} has a parameter ":${name}" this test does not know how to fill`);
    filled = filled.flatMap((address) => values.map((value) => address.replace(`:${name}`, value)));
  }
  return filled;
}

/** Once the page shows its data (or why it does not): its heading or notice, nothing loading, the room connected. */
async function settled(page: Page): Promise<void> {
  await page.locator('main :is(h1, .permission, .status--error)').first().waitFor({ timeout: 15_000 });
  await expect.poll(() => page.locator('.status--loading').count(), { timeout: 15_000 }).toBe(0);
  const connection = page.locator('[data-testid=connection]');
  if ((await connection.count()) > 0) {
    await expect.poll(() => connection.first().getAttribute('data-state'), { timeout: 15_000 }).not.toBe('connecting');
  }
}

describe('no page scrolls sideways on a phone', () => {
  const contexts = new Map<Role, BrowserContext>();

  beforeAll(async () => {
    const representative = await new TestClient(env.platform.base).signIn(memberRepresentative);
    const cookieOf: Record<Role, string | undefined> = {
      anonymous: undefined,
      representative: representative.cookie,
      'personal link': cookies.get('representative'),
      'president of the Table': cookies.get('table'),
      secretariat: cookies.get('secretariat'),
    };
    for (const role of roles) {
      const context = await env.browser.newContext({ viewport: { width: widths[0], height: 720 }, locale: 'fr-FR' });
      await context.addInitScript(() => localStorage.setItem('agora.language', 'fr'));
      const cookie = cookieOf[role];
      if (cookie) {
        await context.addCookies(
          cookie.split('; ').map((pair) => {
            const [name = '', ...value] = pair.split('=');
            return { name, value: value.join('='), url: env.platform.base, httpOnly: true, sameSite: 'Lax' as const };
          }),
        );
      }
      contexts.set(role, context);
    }
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
  });

  it('covers every route of the client, each parameter filled', () => {
    const every = patterns(routes);
    expect(every).toEqual(expect.arrayContaining(['/', '/assemblies/:id', '/register/:memberNo', '*']));
    for (const pattern of every) expect(addresses(pattern, ids).length).toBeGreaterThan(0);
  });

  it.each(roles)(
    'as %s, every route at 320 and 390 px is no wider than the screen',
    async (role) => {
      const page = await contexts.get(role)!.newPage();
      const problems: string[] = [];
      try {
        for (const address of new Set(patterns(routes).flatMap((pattern) => addresses(pattern, ids)))) {
          await page.setViewportSize({ width: widths[0], height: 720 });
          await page.goto(`${env.platform.base}${address}`);
          await settled(page);
          for (const width of widths) {
            await page.setViewportSize({ width, height: 720 });
            const found = await overflow(page);
            if (address === '/') await screenshot(page, `phone-width-home-${role.replace(/ /g, '-')}-${width}`);
            if (found.scrollWidth > found.innerWidth || found.elements.length > 0) {
              problems.push(
                `${address} at ${width} px: the page is ${found.scrollWidth} px wide; ${found.elements.join('; ') || 'no element found'}`,
              );
            }
          }
          if (address === `/assemblies/${ids.open}`) {
            // The room as each role sees it on a phone, in the light and in the dark palette.
            const name = `phone-width-room-${role.replace(/ /g, '-')}-390`;
            await screenshot(page, `${name}-light`);
            await page.emulateMedia({ colorScheme: 'dark' });
            await screenshot(page, `${name}-dark`);
            await page.emulateMedia({ colorScheme: 'light' });
          }
        }
      } finally {
        await page.close();
      }
      if (problems.length > 0) console.log(problems.join('\n'));
      expect(problems).toEqual([]);
    },
    300_000,
  );
});
