import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser } from '../../tests/e2e/chromium';
import { benchChoice, benchDir, benchElection } from './records';

export interface BrowserFigures {
  ballots: number;
  /** In a Web Worker, or on the page's main thread (Chromium throttles only the page's thread). */
  where: 'worker' | 'page';
  /** Chromium's CPU throttling rate (1: the machine's own speed; 4: a mid-range phone). */
  rate: number;
  /** Median of the runs: from the job posted to a fresh Web Worker to its ballots back. */
  seconds: number;
  runs: number[];
  /** Median time of the first ballot (it makes the fixed-base tables) and of the others. */
  firstMs: number;
  otherMs: number;
}

const page = `<!doctype html><meta charset="utf-8"><title>Ballot encryption</title>
<script>
window.encryptInWorker = (job) => new Promise((resolve, reject) => {
  const worker = new Worker('/worker.js', { type: 'module' });
  const start = performance.now();
  worker.onmessage = ({ data }) => { worker.terminate(); resolve({ ...data, total: performance.now() - start }); };
  worker.onerror = (event) => reject(new Error(event.message));
  worker.postMessage(job);
});
// A fresh module each run: its fixed-base tables are made again, as in a new worker.
window.encryptInPage = async (job, run) => {
  const start = performance.now();
  const { encryptJob } = await import('/worker.js?run=' + run);
  return { ...encryptJob(job), total: performance.now() - start };
};
</script>`;

/** The bench page's worker, built by Vite from shared/belenios as the client's bundle is. */
async function buildWorker(): Promise<string> {
  const outDir = join(benchDir, 'browser');
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) } },
    build: {
      outDir,
      emptyOutDir: true,
      lib: {
        entry: fileURLToPath(new URL('./browserWorker.ts', import.meta.url)),
        formats: ['es'],
        fileName: () => 'worker.js',
      },
    },
  });
  return readFileSync(join(outDir, 'worker.js'), 'utf8');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * `count` one-question ballots encrypted by Chromium, `runs` times each with fresh fixed-base
 * tables, for each setting: in a Web Worker or on the page, at a CPU throttling rate
 * (Emulation.setCPUThrottlingRate through a CDP session on the page).
 */
export async function benchBrowserEncryption(
  count: number,
  settings: Array<{ where: 'worker' | 'page'; rate: number }>,
  runs: number,
): Promise<BrowserFigures[]> {
  const worker = await buildWorker();
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/worker.js')) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(worker);
    } else {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(page);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const browser = await launchBrowser();
  const { election, credentials } = benchElection(count);
  const job = {
    election,
    ballots: credentials.map((credential, index) => ({ credential, choices: [benchChoice(index)] })),
  };
  const figures: BrowserFigures[] = [];
  try {
    for (const { where, rate } of settings) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`http://127.0.0.1:${port}/`);
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const results: Array<{ total: number; each: number[] }> = [];
      for (let run = 0; run < runs; run++)
        results.push(
          await tab.evaluate(
            ([given, inPage, n]) => {
              type Run = Promise<{ total: number; each: number[] }>;
              const page = window as unknown as {
                encryptInWorker: (job: unknown) => Run;
                encryptInPage: (job: unknown, run: number) => Run;
              };
              return inPage ? page.encryptInPage(given, n) : page.encryptInWorker(given);
            },
            [job, where === 'page', run] as const,
          ),
        );
      figures.push({
        ballots: count,
        where,
        rate,
        seconds: median(results.map((result) => result.total)) / 1000,
        runs: results.map((result) => result.total / 1000),
        firstMs: median(results.map((result) => result.each[0]!)),
        otherMs: median(results.map((result) => median(result.each.slice(1)))),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return figures;
}
