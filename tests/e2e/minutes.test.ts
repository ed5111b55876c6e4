import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import { receivesConvocation } from '@shared/rules/members';
import { connectRedis } from '../../server/redis/connection';
import { createContext } from '../../server/context';
import { eventually } from '../integration/support';
import { pdfInfo } from '../integration/pdf';
import { screenshot, screenshotsEverywhere, viewports, platformAndBrowser } from './browser';
import { onPlatform } from './signIn';

const heldTitle = 'Assemblée générale ordinaire — budget 2026';
/** The minutes e-mail's subject, in French or in English (server/mail/templates/minutes.ts). */
const minutesSubject = new RegExp(`^${heldTitle} — (procès-verbal|minutes) \\(TOGETHER\\)$`);

describe('the minutes of the demo assembly already held, in a real browser', () => {
  const env = platformAndBrowser({ demoAssemblies: true });
  let page: Page;
  const outbox = async () =>
    ((await (await fetch(`${env.platform.base}/api/outbox`)).json()) as OutboxResponse).messages;

  it('reaches the representative of every member, once each, in the outbox', async () => {
    const redis = connectRedis(env.platform.config.REDIS_URL);
    const register = await createContext(redis, env.platform.config).register.snapshot();
    redis.disconnect();
    const emails = new Map(register.people.map((person) => [person.id, person.email]));
    const representatives = new Set(
      register.members
        .filter(receivesConvocation)
        .map((member) => emails.get(register.representatives.get(member.memberNo) ?? ''))
        .filter(Boolean),
    );
    expect(representatives.size).toBeGreaterThan(10);

    const minutesMails = () =>
      outbox().then((messages) => messages.filter((message) => minutesSubject.test(message.subject)));
    const mails = await eventually(
      async () => ((await minutesMails()).length >= representatives.size ? minutesMails() : undefined),
      `the minutes e-mailed to ${representatives.size} people`,
      60_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500)); // none more arrives
    expect(await minutesMails()).toHaveLength(representatives.size);
    expect(new Set(mails.flatMap((mail) => mail.to))).toEqual(representatives);
    // Each in its person's language: Samuel reads French, Ekaterina English.
    expect(mails.find((mail) => mail.to.includes('samuel.thirion@example.org'))?.subject).toContain('procès-verbal');
    expect(mails.find((mail) => mail.to.includes('ekaterina.smoroda@example.org'))?.subject).toMatch(/— minutes/);
  }, 90_000);

  it('opens from Samuel’s e-mail on his phone, in French, with the attendance, the results, the hidden message and the signatures', async () => {
    const summary = (await outbox()).find(
      (message) => message.to.includes('samuel.thirion@example.org') && minutesSubject.test(message.subject),
    )!;
    const mail = (await (await fetch(`${env.platform.base}/api/outbox/${summary.id}`)).json()) as OutboxMessage;
    const link = /https?:\/\/\S+\/join#token=[A-Za-z0-9_.-]+&page=minutes/.exec(mail.text)?.[0] ?? '';
    expect(link).not.toBe('');
    page = await (await env.browser.newContext({ locale: 'fr-FR', viewport: viewports.phone })).newPage();
    await page.goto(onPlatform(env.platform.base, link));

    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Procès-verbal');
    expect(new URL(page.url()).pathname).toMatch(/^\/assemblies\/[^/]+\/minutes$/);
    await expect.poll(() => page.locator('.minutes-document').count()).toBe(1);
    const text = async (selector: string) => (await page.locator(selector).textContent()) ?? '';
    expect(await text('.page__head .lead')).toBe(heldTitle);
    expect(await page.locator('.minutes-versions').textContent()).toContain('Publiée : le procès-verbal');

    // The register of attendance: Gabon's member 66 is represented by Samuel's member 57, CRP Brava.
    const attendance = page.locator('section[aria-labelledby=minutes-attendance]');
    expect(await attendance.locator('h2').textContent()).toBe('Registre des présences');
    const represented = attendance
      .locator('details', { hasText: 'Membres votants représentés par procuration' })
      .locator('.minutes-row');
    expect(await represented.count()).toBe(1);
    expect(await represented.locator('.minutes-row__main').textContent()).toMatch(/^n° 66 .*\(Gabon\)$/);
    expect(await represented.locator('.minutes-row__detail').textContent()).toMatch(/^Mandataire : n° 57 .*CRP Brava/);
    const proxies = attendance.locator('details', { hasText: 'Procurations données' }).locator('.minutes-row');
    expect(await proxies.allTextContents()).toEqual([
      expect.stringMatching(/^n° 24 .*→ n° 33 .*en vigueur$/),
      expect.stringMatching(/^n° 66 .*→ n° 57 .*en vigueur$/),
    ]);

    // The two motions (opened at the same minute), both adopted; their counts add up to the receipts counted,
    // and those of the named vote to its list of ballots.
    const motions = page.locator('.minutes-motion');
    expect((await motions.locator('h4').allTextContents()).sort()).toEqual([
      'Motion : Formation de facilitateurs en russe',
      'Motion : Plan d’action et budget 2026',
    ]);
    for (const title of ['Plan d’action et budget 2026', 'Formation de facilitateurs en russe']) {
      const motion = motions.filter({ has: page.getByRole('heading', { name: `Motion : ${title}`, exact: true }) });
      expect(await motion.locator('.minutes-outcome').textContent()).toMatch(/^Adoptée : \d+ pour/);
      const counts =
        /^Pour (\d+) · Contre (\d+) · Abstentions (\d+) \(non comptées\)$/
          .exec((await motion.locator('p', { hasText: /^Pour \d+/ }).textContent()) ?? '')
          ?.slice(1)
          .map(Number) ?? [];
      expect(counts).toHaveLength(3);
      expect(counts[0]).toBeGreaterThan(counts[1]!);
      expect(await motion.locator('summary', { hasText: 'Empreintes des reçus' }).textContent()).toContain(
        `comptés : ${counts[0]! + counts[1]! + counts[2]!}.`,
      );
      if (title.startsWith('Plan')) {
        await motion.getByText(/^Votes nominatifs/).click();
        const choices = await motion.locator('.minutes-row__detail').allTextContents();
        expect(
          ['Pour', 'Contre', 'Abstention'].map(
            (choice) => choices.filter((line) => line.startsWith(`${choice} — `)).length,
          ),
        ).toEqual(counts);
      }
    }

    // The hidden message with its reason, then the Table's statement and its two signatures.
    expect(await text('section[aria-labelledby=minutes-hidden] li')).toMatch(
      /masqué par Giusto Maniscalchi .*Motif : Contient les coordonnées personnelles d’un tiers\.$/,
    );
    const certification = page.locator('section[aria-labelledby=minutes-certification]');
    expect(await certification.locator('.message__body').textContent()).toContain(
      'Procès-verbal approuvé par le président et le secrétaire de la Table',
    );
    expect(await certification.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^Giusto Maniscalchi, président de la Table, a signé le /i),
      expect.stringMatching(/^Fayçal Kaabi, secrétaire de la Table, a signé le /i),
    ]);

    // A member reads; he cannot sign, publish nor correct.
    expect(await page.locator('#minutes-table').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Signer|Publier|rectification/ }).count()).toBe(0);
    await screenshotsEverywhere(page, 'minutes-published');

    // In English, the same page.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Minutes');
    await page.setViewportSize(viewports.desktop);
    expect(await page.locator('.minutes-document h2').allTextContents()).toEqual([
      'Minutes of the general assembly',
      'Register of attendance',
      'Agenda, motions and results',
      'Messages hidden by the Table',
      'Annex: the discussion',
      'Statement and signatures',
    ]);
    expect(await attendance.locator('.minutes-row__detail', { hasText: 'Proxy holder' }).textContent()).toMatch(
      /^Proxy holder: No\. 57 .*CRP Brava/,
    );
    expect(await page.locator('.minutes-outcome').allTextContents()).toEqual([
      expect.stringMatching(/^Adopted: \d+ for/),
      expect.stringMatching(/^Adopted: \d+ for/),
    ]);
    await screenshot(page, 'minutes-en-desktop');
  }, 90_000);

  it('downloads as a PDF of several pages, in French and in English, named after the assembly', async () => {
    for (const [language, heading] of [
      ['fr', "Procès-verbal de l'assemblée générale"],
      ['en', 'Minutes of the general assembly'],
    ] as const) {
      const href = await page.locator(`.minutes-downloads a[hreflang=${language}]`).getAttribute('href');
      expect(href).toMatch(new RegExp(`^/api/assemblies/[^/]+/minutes/1\\.pdf\\?lang=${language}$`));
      const response = await page.request.get(`${env.platform.base}${href}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect(response.headers()['content-disposition']).toMatch(
        language === 'fr'
          ? /filename="TOGETHER-AG[OE]-\d{4}-\d\d-\d\d-PV-v1\.pdf"/
          : /filename="TOGETHER-[OE]GA-\d{4}-\d\d-\d\d-minutes-v1\.pdf"/,
      );
      const pdf = await response.body();
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0).toBeGreaterThan(1);
      expect(pdfInfo(pdf, 'Title')).toBe(`${heading} — ${heldTitle}`);
    }
  }, 30_000);
});
