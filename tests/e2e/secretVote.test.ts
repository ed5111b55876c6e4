import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import type { AssembliesResponse } from '@shared/api/assemblies';
import { platformAndBrowser, screenshot, screenshotsEverywhere, viewports } from './browser';
import { overflow } from './overflow';
import { signInThroughOutbox } from './signIn';

/**
 * The demo's default trustees, by position: the Table's president and secretary (who read in French),
 * the Audit council's president (who reads in English).
 */
const trustees = [
  { email: 'giusto.maniscalchi@example.org', name: 'Giusto Maniscalchi' },
  { email: 'faycal.kaabi@example.org', name: 'Fayçal Kaabi' },
  { email: 'kostantinos.simitsis@example.org', name: 'Kostantinos Simitsis' },
] as const;
/** Represents 24 Russian members (reads in English); has not voted in the open assembly's election. */
const ekaterina = { email: 'ekaterina.smoroda@example.org', name: 'Ekaterina Smoroda' };
/** The candidates for the presidency of the Direction: Mulhouse (n° 11) and Agadir (n° 68). */
const candidates = [11, 68];
const passphrase = 'trois gardiens, une clé';

/**
 * Secret votes as people live them in their browsers: three trustees make an assembly's key, a
 * representative of 24 members casts encrypted ballots and keeps the trackers, and after the close
 * two trustees give their shares, so that the count and its archive show, checkable by anyone.
 */
describe('a secret vote, from the trustees’ key to the checked archive', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'agora-secret-e2e-'));
  const downloads = mkdtempSync(join(tmpdir(), 'agora-secret-downloads-'));
  const env = platformAndBrowser({ demoAssemblies: true, config: { DATA_DIR: dataDir } });
  const ids = { later: '', open: '' };
  const pages: Page[] = [];
  const keyFiles = new Map<number, string>();
  let voter: Page;
  afterAll(() => {
    for (const folder of [dataDir, downloads]) rmSync(folder, { recursive: true, force: true });
  });

  const newPage = async (viewport: { width: number; height: number }): Promise<Page> => {
    const context: BrowserContext = await env.browser.newContext({ locale: 'fr-FR', viewport, acceptDownloads: true });
    return context.newPage();
  };
  const trusteesPage = (page: Page, assemblyId: string) =>
    page.goto(`${env.platform.base}/assemblies/${assemblyId}/trustees`);
  const part = (page: Page) => page.getByTestId('trustee-part');
  /** What the trustee's part says it waits for or has done (its last status). */
  const partStatus = (page: Page) => part(page).locator('.notice--ok').last().textContent();
  /**
   * No sideways scroll at a phone's widths: checked at 320 and 390 px (once the page has laid itself
   * out again for the width), then the page is put back as it was.
   */
  const fitsOnAPhone = async (page: Page, where: string) => {
    const viewport = page.viewportSize();
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 720 });
      await expect
        .poll(async () => {
          const found = await overflow(page);
          return { where, width, wider: found.scrollWidth - found.innerWidth, elements: found.elements };
        })
        .toEqual({ where, width, wider: 0, elements: [] });
    }
    if (viewport) await page.setViewportSize(viewport);
  };
  /** The key file a trustee's browser offers, saved as the person saves it. */
  const downloadKey = async (page: Page, position: number) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      part(page)
        .getByRole('link', { name: /^(Télécharger ma clé|Download my key)/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(`agora-trustee-${ids.later}-${position}.key`);
    const path = join(downloads, download.suggestedFilename());
    await download.saveAs(path);
    keyFiles.set(position, path);
  };
  /** After a reload, the trustee's browser forgets the key: it is loaded from the file or unlocked with the passphrase. */
  const loadKey = async (page: Page, position: number, file?: string) => {
    const loader = page.getByTestId('key-loader');
    if (file ?? keyFiles.get(position)) {
      await loader.getByLabel(/fichier de clé|key file/).setInputFiles(file ?? keyFiles.get(position)!);
    } else {
      await loader.getByLabel(/^(Phrase secrète|Passphrase)$/).fill(passphrase);
      await loader.getByRole('button', { name: /^(Déverrouiller|Unlock)$/ }).click();
    }
    await expect.poll(() => loader.count(), { timeout: 15_000 }).toBe(0);
  };
  const stepTitle = (page: Page) =>
    part(page)
      .locator('h3')
      .first()
      .textContent({ timeout: 1_000 })
      .catch(() => '');
  const isStep = (step: number) => new RegExp(`^(Étape ${step} sur 3|Step ${step} of 3)`);
  /**
   * Steps 2 and 3: once the page shows the step (a waiting page updates itself), the trustee's browser
   * computes its piece and sends it: seconds of work in Chromium.
   */
  const computeAndSend = async (page: Page, step: 2 | 3) => {
    await expect.poll(() => stepTitle(page), { timeout: 20_000 }).toMatch(isStep(step));
    await part(page)
      .getByRole('button', { name: /^(Calculer et envoyer|Compute and send)$/ })
      .click();
    await expect.poll(() => stepTitle(page), { timeout: 60_000 }).not.toMatch(isStep(step));
  };
  const keyReady = (page: Page) =>
    expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: /La clé est prête|The key is ready/ })
            .count(),
        {
          timeout: 20_000,
        },
      )
      .toBeGreaterThan(0);

  it('the Table finds the default trustees proposed on the trustees page of the convened assembly', async () => {
    // Signed in at once: the four browsers wait for their e-mails together.
    const people = [...trustees, ekaterina];
    const signedIn = await Promise.all(
      people.map(async (person, index) => {
        const page = await newPage(index === 1 || index === 3 ? viewports.phone : viewports.desktop);
        await signInThroughOutbox(page, env.platform.base, person.email, person.name);
        return page;
      }),
    );
    voter = signedIn.pop()!;
    pages.push(...signedIn);
    const table = pages[0]!;
    const { assemblies } = (await table.evaluate(async () =>
      (await fetch('/api/assemblies')).json(),
    )) as AssembliesResponse;
    ids.later = assemblies.find((assembly) => assembly.phase === 'convened')!.id;
    ids.open = assemblies.find((assembly) => assembly.phase === 'open')!.id;

    // From the assembly page, as the Table goes there.
    await table.goto(`${env.platform.base}/assemblies/${ids.later}`);
    await table.locator('.trustees-link a').click();
    await table.waitForURL(`**/assemblies/${ids.later}/trustees`);
    const list = table.getByTestId('trustees');
    await expect.poll(() => list.locator('li').count(), { timeout: 15_000 }).toBe(3);
    const listed = await list.locator('li').allTextContents();
    trustees.forEach((trustee, index) => expect(listed[index]).toContain(trustee.name));
    expect(listed[0]).toMatch(/Président, Table de l.assemblée/);
    expect(await table.getByRole('heading', { level: 2, name: /Gardiens/ }).textContent()).toContain(
      '2 nécessaires sur 3',
    );
    expect(await table.getByRole('status').filter({ hasText: 'La clé n’est pas prête' }).count()).toBe(1);
    await screenshotsEverywhere(table, 'secret-trustees-proposed');

    // The Table may change them until one starts: the form lists the coordination bodies' people.
    await table.getByRole('button', { name: 'Changer les gardiens' }).click();
    const form = table.locator('form.trustees-form');
    expect(await form.getByRole('checkbox', { checked: true }).count()).toBe(3);
    await screenshotsEverywhere(table, 'secret-trustees-choose');
    await fitsOnAPhone(table, 'the form choosing the trustees');
    await form.getByRole('button', { name: 'Annuler' }).click();
  }, 180_000);

  it('each trustee makes its key in its browser, keeps it, and sends its three pieces in turn', async () => {
    const [first, second, third] = pages as [Page, Page, Page];
    for (const page of pages) await trusteesPage(page, ids.later);

    // Step 1: the key is made in the browser, kept as a file (n° 1 and 3) or under a passphrase (n° 2).
    for (const [index, page] of pages.entries()) {
      const position = index + 1;
      await part(page)
        .getByRole('button', { name: /^(Fabriquer ma clé|Make my key)$/ })
        .click();
      const send = part(page).getByRole('button', {
        name: /^(Envoyer mon certificat public|Send my public certificate)$/,
      });
      await send.waitFor({ timeout: 30_000 });
      // Nothing goes before the key is kept somewhere.
      expect(await send.isDisabled()).toBe(true);
      if (position === 2) {
        await screenshotsEverywhere(page, 'secret-trustee-key-made');
        await fitsOnAPhone(page, 'the key just made');
        await part(page)
          .getByLabel(/^Phrase secrète pour garder/)
          .fill('court');
        await part(page).getByRole('button', { name: 'La garder dans ce navigateur' }).click();
        await expect
          .poll(() => part(page).locator('.field__error, [id$=-error]').first().textContent())
          .toContain('au moins 8 caractères');
        await part(page)
          .getByLabel(/^Phrase secrète pour garder/)
          .fill(passphrase);
        await part(page).getByRole('button', { name: 'La garder dans ce navigateur' }).click();
        await expect
          .poll(() => part(page).getByRole('status').first().textContent(), { timeout: 15_000 })
          .toContain('verrouillée par votre phrase secrète');
      } else await downloadKey(page, position);
      await send.click();
      await expect.poll(() => send.count(), { timeout: 15_000 }).toBe(0);
      // The first ones wait for the others: their page says so, and updates itself.
      if (position === 1) {
        await expect.poll(() => partStatus(first)).toContain('les autres gardiens doivent d’abord finir');
        await screenshotsEverywhere(first, 'secret-trustee-wait-turn');
      }
    }

    // Step 2: n° 1 and 3 still hold their key in the page; n° 2 comes back later and unlocks it with its passphrase.
    await computeAndSend(first, 2);
    await second.reload();
    await expect.poll(() => second.getByTestId('key-loader').count(), { timeout: 15_000 }).toBe(1);
    await screenshotsEverywhere(second, 'secret-trustee-load-key');
    await fitsOnAPhone(second, 'the key to load');
    // A wrong passphrase is said plainly.
    await second.getByTestId('key-loader').getByLabel('Phrase secrète', { exact: true }).fill('pas la bonne');
    await second.getByTestId('key-loader').getByRole('button', { name: 'Déverrouiller' }).click();
    await expect
      .poll(() => second.getByTestId('key-loader').getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain('Phrase secrète erronée');
    await loadKey(second, 2);
    await computeAndSend(second, 2);
    await computeAndSend(third, 2);

    // Step 3: n° 1 and 3 come back and load their key file; n° 2's page, still open, shows the step.
    await first.reload();
    await loadKey(first, 1);
    await screenshotsEverywhere(first, 'secret-trustee-step3');
    await computeAndSend(first, 3);
    await computeAndSend(second, 3);
    await third.reload();
    await loadKey(third, 3);
    await computeAndSend(third, 3);
    for (const page of pages) await keyReady(page);
    expect(await partStatus(third)).toBe('Done: the key is ready.');
    expect(await partStatus(first)).toBe('Terminé : la clé est prête.');
    await screenshotsEverywhere(first, 'secret-trustees-ready');
    await fitsOnAPhone(first, 'the key ready');
    // Once in Portuguese on a phone.
    await second.getByRole('button', { name: 'PT', exact: true }).click();
    await expect.poll(() => second.evaluate(() => document.documentElement.lang)).toBe('pt');
    await screenshot(second, 'secret-trustees-ready-pt-phone');
    await second.getByRole('button', { name: 'FR', exact: true }).click();
  }, 240_000);

  it('a representative of 24 members votes in the secret election: encrypted in her browser, trackers kept', async () => {
    // Every request her browser makes while she votes, to read what leaves it.
    const sent: Request[] = [];
    voter.on('request', (request) => sent.push(request));
    // The encrypted ballots are held a moment on their way, so the progress can be seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await voter.route('**/encrypted-ballots', async (route) => {
      await held;
      await route.fallback();
    });

    await voter.goto(`${env.platform.base}/assemblies/${ids.open}`);
    await expect
      .poll(() => voter.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('online');
    await voter.locator('.threads__item', { hasText: /Élection de la Direction/ }).click();
    const election = voter.getByTestId('election');
    await election.waitFor({ timeout: 15_000 });
    await election.getByRole('radio', { name: /Agadir/ }).check();
    await election.getByRole('button', { name: 'Cast 24 secret votes (final)' }).click();
    const progress = election.getByTestId('secret-progress');
    await expect.poll(() => progress.textContent(), { timeout: 30_000 }).toMatch(/Encrypting \d+ of 24 ballots/);
    await screenshot(voter, 'secret-encrypting-en-phone');
    await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toContain('Sending the encrypted ballots');
    await screenshotsEverywhere(voter, 'secret-sending');
    release();

    const receipts = election.getByTestId('receipts');
    await expect.poll(() => receipts.locator('code').count(), { timeout: 30_000 }).toBe(24);
    expect(await election.getByRole('status').first().textContent()).toContain('24 secret votes recorded');
    // The election no longer waits for her; the statute change still does.
    await expect.poll(() => voter.getByTestId('waiting-votes').textContent()).not.toContain('Élection de la Direction');
    expect(await voter.getByTestId('waiting-votes').textContent()).toContain('Article 6');
    await voter.unroute('**/encrypted-ballots');

    // Nothing in clear left the browser: the encrypted ballots, 20 to a request, and nothing else
    // (but the language switch of the screenshots and the room's connection).
    const withBody = sent.filter((request) => request.postData() !== null);
    const posts = withBody.filter((request) => /\/encrypted-ballots$/.test(request.url()));
    expect(posts.map((request) => new URL(request.url()).pathname)).toEqual([
      expect.stringMatching(
        new RegExp(`^/api/assemblies/${ids.open}/elections/e[0-9a-f]+/rounds/1/encrypted-ballots$`),
      ),
      expect.stringMatching(
        new RegExp(`^/api/assemblies/${ids.open}/elections/e[0-9a-f]+/rounds/1/encrypted-ballots$`),
      ),
    ]);
    for (const request of withBody)
      if (!posts.includes(request)) expect(new URL(request.url()).pathname).toMatch(/^\/(api\/me|socket\.io\/)$/);
    const leaves: unknown[] = [];
    const walk = (value: unknown): void => {
      if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
      else leaves.push(value);
    };
    let ballots = 0;
    for (const post of posts) {
      const body = post.postDataJSON() as { ballots: Array<{ memberNo: number; ballot: string }> };
      expect(Object.keys(body)).toEqual(['ballots']);
      for (const entry of body.ballots) {
        expect(Object.keys(entry).sort()).toEqual(['ballot', 'memberNo']);
        const ballot = JSON.parse(entry.ballot) as { answers: Array<{ choices: unknown[] }> };
        // One answer: a ciphertext per candidate and one for blank, with their proofs; no choice in clear.
        expect(ballot.answers).toHaveLength(1);
        expect(ballot.answers[0]!.choices).toHaveLength(candidates.length + 1);
        walk(ballot);
        ballots += 1;
      }
    }
    expect(ballots).toBe(24);
    for (const number of candidates) {
      expect(leaves).not.toContain(number);
      expect(leaves).not.toContain(String(number));
    }
    expect(withBody.some((request) => /Agadir|candidate/i.test(request.postData() ?? ''))).toBe(false);

    await screenshotsEverywhere(voter, 'secret-trackers');
    await fitsOnAPhone(voter, 'the trackers');
    // Once in Russian on a phone: her members are Russian.
    await voter.getByRole('button', { name: 'RU', exact: true }).click();
    await expect.poll(() => voter.evaluate(() => document.documentElement.lang)).toBe('ru');
    await screenshot(voter, 'secret-trackers-ru-phone');
    await voter.getByRole('button', { name: 'EN', exact: true }).click();
  }, 180_000);

  it('the Table closes the round; two trustees give their shares; the count shows with its archive, which checks', async () => {
    const [table, , third] = pages as [Page, Page, Page];
    await table.goto(`${env.platform.base}/assemblies/${ids.open}`);
    await expect
      .poll(() => table.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('online');
    await table.locator('.threads__item', { hasText: /Élection de la Direction/ }).click();
    await table.getByRole('button', { name: 'Clore le tour 1 et le compter' }).click();
    await table.getByRole('button', { name: 'Oui, clore le tour' }).click();

    const election = voter.getByTestId('election');
    const waiting = election.getByTestId('secret-count');
    await expect.poll(() => waiting.textContent(), { timeout: 15_000 }).toContain('(0 of 2)');
    expect(await waiting.textContent()).toContain(
      '2 more shares are needed, from any of: Giusto Maniscalchi, Fayçal Kaabi, Kostantinos Simitsis.',
    );
    // No ballot any more while the round is counted.
    expect(await election.getByTestId('ballot').count()).toBe(0);
    await screenshotsEverywhere(voter, 'secret-waiting-shares');

    // N° 1 and n° 3 give their shares with the key files the demo's trustees keep.
    for (const [page, position] of [
      [table, 1],
      [third, 3],
    ] as const) {
      await trusteesPage(page, ids.open);
      const decryptions = page.getByTestId('decryptions');
      await expect.poll(() => page.getByTestId('key-loader').count(), { timeout: 15_000 }).toBe(1);
      expect(await decryptions.count()).toBe(0);
      if (position === 1) await screenshotsEverywhere(page, 'secret-share-load-key');
      await loadKey(page, position, join(dataDir, 'demo-trustees', `agora-trustee-${ids.open}-${position}.key`));
      expect(await decryptions.locator('li').allTextContents()).toEqual([
        position === 1
          ? 'Élection de la Direction · Président, Direction · Tour 1'
          : 'Élection de la Direction · President, Direction · Round 1',
      ]);
      if (position === 1) await screenshotsEverywhere(page, 'secret-share-ready');
      await decryptions
        .getByRole('button', { name: /^(Calculer et envoyer ma part|Compute and send my share)$/ })
        .click();
      await expect
        .poll(() => partStatus(page), { timeout: 60_000 })
        .toMatch(/^(Votre part est envoyée\.|Your share is sent\.)$/);
      if (position === 1) {
        await expect.poll(() => waiting.textContent(), { timeout: 15_000 }).toContain('(1 of 2)');
        expect(await waiting.textContent()).toContain(
          'One more share is needed, from any of: Fayçal Kaabi, Kostantinos Simitsis.',
        );
        await screenshotsEverywhere(page, 'secret-share-sent');
      }
    }

    // The server decrypts with the two shares: the round's result, its archive and how to check it.
    const archive = election.getByTestId('secret-archive');
    await expect.poll(() => archive.count(), { timeout: 60_000 }).toBe(1);
    const round = election.getByTestId('election-round');
    // Her 24 votes and Fayçal's went to Agadir, Abdeloualab's to Mulhouse: Agadir has the majority.
    expect(await round.locator('.result__outcome').textContent()).toMatch(
      /^Round 1 — Member 68 \(Plateforme Multi-Acteurs — Agadir\) is elected in round 1 with an absolute majority/,
    );
    expect(await round.locator('.result li').allTextContents()).toEqual([
      expect.stringMatching(/^Plateforme Multi-Acteurs — Agadir: \d+$/),
      expect.stringMatching(/^Équipe Locale de Coordination — Mulhouse: \d+$/),
      '0 blank ballots',
    ]);
    expect(await round.getByTestId('receipts-verdict').textContent()).toBe('Your trackers are in the published list.');
    await archive.getByText('How to check').click();
    expect(await archive.locator('pre').allTextContents()).toEqual([
      expect.stringMatching(/^sha256sum [\w-]+\.bel$/),
      'belenios-tool election verify --dir <folder>',
      'belenios-tool election compute-ballot-summary --dir <folder>',
    ]);
    await screenshotsEverywhere(voter, 'secret-counted');
    await fitsOnAPhone(voter, 'the counted round and its archive');

    // The archive downloaded is the one whose SHA-256 the page shows.
    const shown = (await archive.locator('.secret-count__hash code').textContent()) ?? '';
    expect(shown).toMatch(/^[0-9a-f]{64}$/);
    const [download] = await Promise.all([
      voter.waitForEvent('download'),
      archive.getByRole('link', { name: /\.bel$/ }).click(),
    ]);
    const path = join(downloads, download.suggestedFilename());
    await download.saveAs(path);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(shown);
    // The archive checks with belenios-tool, as the page says, and her trackers are among its ballots'.
    const folder = join(downloads, 'check');
    mkdirSync(folder);
    copyFileSync(path, join(folder, download.suggestedFilename()));
    execFileSync('belenios-tool', ['election', 'verify', '--dir', folder], { stdio: 'pipe' });
    const summary = execFileSync('belenios-tool', ['election', 'compute-ballot-summary', '--dir', folder], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    // Her trackers, listed with her votes; the page gives them as the tool prints them, to find each.
    const trackers = await round.getByTestId('receipts').locator('code').allTextContents();
    const printed = await archive.getByTestId('trackers-hex').locator('code').allTextContents();
    expect(trackers).toHaveLength(24);
    expect(printed).toEqual(trackers.map((tracker) => Buffer.from(tracker, 'base64').toString('hex')));
    const hashes = (JSON.parse(summary) as Array<{ hash: string }>).map((ballot) => ballot.hash);
    for (const hash of printed) expect(hashes).toContain(hash);
  }, 240_000);
});
