import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { configSchema } from '../server/config';
import { connectRedis } from '../server/redis/connection';
import { createContext } from '../server/context';
import { closeQueues } from '../server/queue/queues';
import { freePort } from '../server/process/freePort';
import { seedDemo } from '../server/seed/demoRegister';
import { seedDemoAssemblies } from '../server/seed/demoAssemblies';
import { assemblyPhase } from '@shared/rules/assemblies';
import { personalLink } from '../server/auth/personalLink';
import { launchBrowser, viewports } from '../tests/e2e/chromium';
import { benchRedis, spawnProcess, stopProcess } from './support';

const clientDir = new URL('../dist/client/', import.meta.url).pathname;

/**
 * The slow line the budget is measured on: WebPageTest's "3G Slow" profile (780 kbit/s down,
 * 330 kbit/s up, 200 ms round trip), applied by Chromium's network emulation to every request.
 */
export const slowLine = {
  name: 'WebPageTest "3G Slow": 780 kbit/s down, 330 kbit/s up, 200 ms round trip',
  latency: 200,
  download: 780_000 / 8,
  upload: 330_000 / 8,
};

/**
 * Runs in the page before its own scripts: notes the moment the room's first thread is painted (a
 * mutation observer sees it when it is added, whatever the benchmark's own polling interval). A
 * string, so that it reaches the page exactly as written.
 */
export const roomShownProbe = `
  const observer = new MutationObserver(() => {
    if (window.roomShownAt || !document.querySelector('.threads__item')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.roomShownAt = performance.now(); });
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
`;

/** The budget of the room for a member on a phone following its convocation's link. */
export const roomBudget = { scriptGzipKiB: 200, firstRenderMs: 3000 };

export interface BudgetFigures {
  /** Every script the room's page loaded, as built, and its size gzipped (level 9). */
  scripts: Array<{ file: string; gzipBytes: number; wireBytes: number }>;
  scriptGzipKiB: number;
  /** The forms' check (zod), not loaded with the room: fetched when a person first starts on a form. */
  formCheckGzipKiB: number;
  /** Bytes of every kind that crossed the line until the room was shown (compressed as served). */
  wireKiB: number;
  /** Median of the runs, each with an empty cache: first paint of anything, and the room with its agenda shown. */
  firstContentfulPaintMs: number;
  firstRenderMs: number;
  runs: number[];
}

/**
 * Opens the room of the demo's open assembly as Samuel Thirion (who represents the Cape Verdean
 * members, in French) does from his convocation e-mail: personal link, phone screen, empty cache,
 * over the slow line. Measures every script the room loads and when the room is on screen. Needs
 * the built client (`npm run build`).
 */
export async function benchBudget(runs = 3): Promise<BudgetFigures> {
  if (!existsSync(`${clientDir}index.html`)) throw new Error('The client is not built: run "npm run build" first.');
  const redis = await benchRedis();
  const config = configSchema.parse({ REDIS_URL: redis.url, REDIS_PREFIX: 'budget', PORT: '0' });
  const connection = connectRedis(redis.url);
  const ctx = createContext(connection, config);
  const browser = await launchBrowser();
  let web: Awaited<ReturnType<typeof spawnProcess>> | null = null;
  try {
    const now = new Date();
    await seedDemo(ctx.register, now);
    await seedDemoAssemblies(ctx, now);
    const open = (await ctx.assemblies.all()).find((assembly) => assemblyPhase(assembly, now) === 'open');
    const person = await ctx.register.personByEmail('samuel.thirion@example.org');
    if (!open || !person) throw new Error('The demo has no open assembly or no Samuel Thirion.');
    const port = await freePort();
    web = await spawnProcess(
      ['server/main.ts'],
      { REDIS_URL: redis.url, REDIS_PREFIX: 'budget', PORT: String(port), HOST: '127.0.0.1' },
      /listening on port (\d+)/,
    );
    const link = new URL(await personalLink(ctx, open, person.id));
    const address = `http://127.0.0.1:${port}${link.pathname}${link.hash}`;

    const timings: Array<{ paint: number; render: number; scripts: Map<string, number>; wire: number }> = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({
        viewport: viewports.phone,
        locale: 'fr-FR',
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: slowLine.latency,
        downloadThroughput: slowLine.download,
        uploadThroughput: slowLine.upload,
      });
      const wire = new Map<string, number>();
      cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) =>
        wire.set(event.requestId, event.encodedDataLength),
      );
      const urls = new Map<string, string>();
      cdp.on('Network.responseReceived', (event: { requestId: string; response: { url: string } }) =>
        urls.set(event.requestId, event.response.url),
      );
      await page.addInitScript({ content: roomShownProbe });
      await page.goto(address, { waitUntil: 'commit' });
      const render = await page
        .waitForFunction(() => (window as { roomShownAt?: number }).roomShownAt, undefined, {
          timeout: 60_000,
          polling: 100,
        })
        .then((handle) => handle.jsonValue() as Promise<number>);
      // Then what the room fetches once on screen (its side panels) until the line is quiet.
      await page.waitForTimeout(3_000);
      const paint = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      );
      const scripts = new Map<string, number>();
      for (const [requestId, url] of urls) {
        const path = new URL(url).pathname;
        if (path.endsWith('.js')) scripts.set(path, wire.get(requestId) ?? 0);
      }
      timings.push({ paint, render, scripts, wire: [...wire.values()].reduce((sum, bytes) => sum + bytes, 0) });
      await context.close();
    }

    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const last = timings.at(-1)!;
    const scripts = [...last.scripts].map(([path, wireBytes]) => ({
      file: path.replace(/^\//, ''),
      gzipBytes: gzipSync(readFileSync(`${clientDir}${path.replace(/^\//, '')}`), { level: 9 }).length,
      wireBytes,
    }));
    scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
    const formCheck = readdirSync(`${clientDir}assets`).find((file) => /^zod-[\w-]{8}\.js$/.test(file));
    if (scripts.some((script) => script.file === `assets/${formCheck}`))
      throw new Error('zod came with the room: the forms should fetch their check when they are used.');
    return {
      scripts,
      scriptGzipKiB: scripts.reduce((sum, script) => sum + script.gzipBytes, 0) / 1024,
      formCheckGzipKiB: formCheck
        ? gzipSync(readFileSync(`${clientDir}assets/${formCheck}`), { level: 9 }).length / 1024
        : 0,
      wireKiB: last.wire / 1024,
      firstContentfulPaintMs: median(timings.map((timing) => timing.paint)),
      firstRenderMs: median(timings.map((timing) => timing.render)),
      runs: timings.map((timing) => timing.render),
    };
  } finally {
    await browser.close();
    if (web) await stopProcess(web.child);
    await closeQueues(ctx.queues);
    connection.disconnect();
    await redis.stop();
  }
}

/** Whether the room keeps within its budget. */
export function withinBudget(figures: BudgetFigures): { scripts: boolean; render: boolean } {
  return {
    scripts: figures.scriptGzipKiB < roomBudget.scriptGzipKiB,
    render: figures.firstRenderMs < roomBudget.firstRenderMs,
  };
}

/** The budget's section of docs/benchmarks.md, between its markers so that `npm run budget` can rewrite it alone. */
export function budgetReport(figures: BudgetFigures, date: Date): string {
  const pass = (ok: boolean) => (ok ? 'met' : '**not met**');
  const verdict = withinBudget(figures);
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  return `${budgetMarkers.start}
## The room on a slow line

Measured by \`npm run budget\` (also part of \`npm run bench\`) on ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC.
Samuel Thirion, who represents the Cape Verdean members, follows his convocation's personal link
on a phone (390 × 844, French, empty cache) in Chromium, with the network emulated as
${slowLine.name}. The room counts as rendered in the frame where its first thread is painted.
Median of ${figures.runs.length} runs: ${figures.runs.map((run) => `${(run / 1000).toFixed(2)} s`).join(', ')}.

| | figure | budget |
| --- | ---: | ---: |
| the room on screen | ${(figures.firstRenderMs / 1000).toFixed(2)} s | under ${(roomBudget.firstRenderMs / 1000).toFixed(0)} s (${pass(verdict.render)}) |
| first paint of anything | ${(figures.firstContentfulPaintMs / 1000).toFixed(2)} s | |
| the room's JavaScript, gzipped | ${figures.scriptGzipKiB.toFixed(1)} KiB | under ${roomBudget.scriptGzipKiB} KiB (${pass(verdict.scripts)}) |
| everything that crossed the line (as served: brotli) | ${figures.wireKiB.toFixed(1)} KiB | |

Every script the room loaded (gzip -9 of the built file, and what crossed the line):

| file | gzipped (KiB) | over the line (KiB) |
| --- | ---: | ---: |
${figures.scripts.map((script) => `| ${script.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '.js')} | ${kib(script.gzipBytes)} | ${kib(script.wireBytes)} |`).join('\n')}

Not loaded with the room: the check a form makes before it sends (zod, ${figures.formCheckGzipKiB.toFixed(1)} KiB gzipped, with the
form's schema), fetched when the person first taps or tabs into a form, by the time they send.
${budgetMarkers.end}
`;
}

export const budgetMarkers = { start: '<!-- budget: rewritten by npm run budget -->', end: '<!-- /budget -->' };
