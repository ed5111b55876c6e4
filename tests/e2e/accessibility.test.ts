import { afterAll, describe, expect, it } from 'vitest';
import { axeScan, countByImpact, describeViolations, impacts } from './axe';
import { platformAndBrowser, screenshot, viewports } from './browser';
import { focusOf, focusProblem, press, tabTo, unreachedRoomControls, type Focus } from './keyboard';
import { keyboardPeople, pages, signedInPeople, variants } from './accessibilitySupport';

const env = platformAndBrowser({ demoAssemblies: true });
const { cookies, ids, convocationOf, personalLink, contextFor, contexts } = signedInPeople(env);

describe('accessibility of every main page (axe-core: WCAG 2.1 A and AA, best practices)', () => {
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
            variant: `${variant.language} ${variant.size}${variant.scheme === 'dark' ? ' dark' : ''}`,
            rulesPassed,
            ...countByImpact(violations),
          });
          expect(rulesPassed, `axe checked ${name} (${variant.language}, ${variant.size})`).toBeGreaterThan(15);
          const grave = violations.filter(
            (violation) => violation.impact === 'serious' || violation.impact === 'critical',
          );
          problems.push(
            ...describeViolations(
              grave,
              `${name} (${variant.language}, ${variant.size}, ${variant.scheme ?? 'light'})`,
            ),
          );
        } finally {
          await page.close();
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('the live room and the ballot with the keyboard alone', () => {
  it.each(keyboardPeople)(
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
        // Whom the vote is for, listed before it goes.
        expect(await page.getByTestId('ballot-members').textContent()).toContain(says.votingFor);
        await expect.poll(() => page.locator('.ballot__members li').count()).toBe(members);
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
        // The focus stays on the button, which now says what was done.
        expect(await focused(), 'the focus after the vote').toMatch(says.done);

        // The receipts, shown at once.
        expect(await page.getByTestId('receipts').textContent()).toContain(says.receipts);
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
      // It asks first, the focus on the way out; the next Tab reaches the confirming button.
      await expect.poll(focused).toMatch(/^button "Garder le vote ouvert"$/);
      await tabTo(page, /^button "Oui, clore et compter"$/);
      await page.keyboard.press('Enter');
      await expect.poll(() => motion.locator('button').count(), { timeout: 10_000 }).toBe(0);
      await expect.poll(focused).toBe('article "Création des trois groupes"');
      await screenshot(page, 'keyboard-table-motion-fr-desktop');
    } finally {
      await context.close();
    }
  });
});
