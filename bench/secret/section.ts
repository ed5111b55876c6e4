import { loadavg } from 'node:os';
import { benchBrowserEncryption, type BrowserFigures } from './browser';
import { benchSecretClose, type SecretCloseFigures } from './close';
import { benchVerify, type VerifyFigures } from './verify';

/** Where the section sits in docs/benchmarks.md, so that `npm run bench:secret` rewrites it alone. */
export const secretMarkers = { start: '<!-- secret-ballots:start -->', end: '<!-- secret-ballots:end -->' };
/** The targets of #20. */
export const secretTargets = { desktopS: 3, phoneS: 10, verify104S: 5 };

export interface SecretFigures {
  encryption: BrowserFigures[];
  verify: VerifyFigures[];
  close: SecretCloseFigures;
  /** The machine's load average (1 min) before and after each part: others' work moves the figures. */
  load: Record<'encryption' | 'verify' | 'close', [number, number]>;
}

const load1 = () => Math.round(loadavg()[0]! * 10) / 10;

/** Every secret-ballot benchmark, one after the other, each printed as it ends. */
export async function benchSecret(sizes: number[]): Promise<SecretFigures> {
  const load = {} as SecretFigures['load'];
  let before = load1();
  console.log('bench: 24 ballots encrypted in Chromium, desktop and 4x CPU throttling...');
  const encryption = await benchBrowserEncryption(
    24,
    [
      { where: 'worker', rate: 1 },
      { where: 'page', rate: 1 },
      { where: 'page', rate: 4 },
      { where: 'worker', rate: 4 },
    ],
    5,
  );
  load.encryption = [before, load1()];
  for (const row of encryption)
    console.log(
      `bench: ${row.where} at ${row.rate}x: ${row.seconds.toFixed(2)} s (first ballot ${row.firstMs.toFixed(0)} ms, then ${row.otherMs.toFixed(0)} ms each)`,
    );
  before = load1();
  const verify: VerifyFigures[] = [];
  for (const size of sizes) {
    console.log(`bench: a record of ${size} ballots, verified by Agora and by belenios-tool...`);
    const row = await benchVerify(size);
    verify.push(row);
    console.log(
      `bench: ${size} ballots: Agora ${(row.agoraMs / 1000).toFixed(1)} s, belenios-tool ${(row.toolMs / 1000).toFixed(1)} s${row.made ? ` (record made in ${(row.makeMs / 1000).toFixed(0)} s)` : ''}`,
    );
  }
  load.verify = [before, load1()];
  before = load1();
  console.log('bench: the close of a secret vote of the demo register, shares sent by a script...');
  const close = await benchSecretClose();
  load.close = [before, load1()];
  console.log(
    `bench: ${close.ballots} ballots: close ${close.closeMs.toFixed(0)} ms, shares ${close.shareMs.map((ms) => ms.toFixed(0)).join(' + ')} ms, result ${(close.resultMs / 1000).toFixed(1)} s; ${(close.totalMs / 1000).toFixed(1)} s in all`,
  );
  return { encryption, verify, close, load };
}

const s = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

export function secretReport(figures: SecretFigures, date: Date, command: string): string {
  const pass = (ok: boolean) => (ok ? 'met' : '**not met**');
  const row = (where: 'worker' | 'page', rate: number) =>
    figures.encryption.find((found) => found.where === where && found.rate === rate);
  const desktop = row('worker', 1);
  const phone = row('page', 4);
  const small = figures.verify.find((found) => found.ballots === 104);
  const { close, load } = figures;
  const loads = (part: keyof SecretFigures['load']) => `${load[part][0]} → ${load[part][1]}`;
  return `${secretMarkers.start}
## Secret ballots (Belenios)

Measured by \`${command}\` on ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC, the section alone (the
machine's 2 cores are shared with other work: its load average over a minute, before → after
each part, is given with it; a busy machine makes every figure slower).

### Encrypting ballots in the browser

24 one-question ballots (for, against or blank), encrypted by \`shared/belenios/ballot.ts\`'s
\`encryptBallot\` as a person's browser does for the 24 members it casts for, in Chromium
(/usr/bin/chromium, driven by playwright-core) on a bench page whose script Vite builds
(\`bench/secret/browserWorker.ts\`). Each run starts afresh: a new Web Worker (or a new copy of the
module on the page), so the first ballot makes the fixed-base tables of g and of the election key
and the others use them. Median of 5 runs, from the job handed over to its ballots back.
The "mid-range phone" is Chromium's CPU throttling at rate 4 (\`Emulation.setCPUThrottlingRate\`
through a CDP session). Chromium throttles only the page's own thread, not a Web Worker's (a busy
loop in a worker runs as fast at rate 4 as at rate 1, and the command sent to a worker's own target
answers "only supported for pages"): the phone's figure is therefore the same encryption on the
page's thread, throttled; the worker row at rate 4 is shown to make that visible.
Load ${loads('encryption')}.

| where | CPU | 24 ballots (s) | first ballot, with the tables (ms) | each other ballot (ms) | runs (s) |
| --- | ---: | ---: | ---: | ---: | --- |
${figures.encryption
  .map(
    (found) =>
      `| ${found.where === 'worker' ? 'Web Worker' : 'page thread'} | ${found.rate === 1 ? 'desktop' : `${found.rate}x throttled`}${found.where === 'worker' && found.rate > 1 ? ' (not applied)' : ''} | ${found.seconds.toFixed(2)} | ${found.firstMs.toFixed(0)} | ${found.otherMs.toFixed(0)} | ${found.runs.map((run) => run.toFixed(2)).join(', ')} |`,
  )
  .join('\n')}

Targets: under ${secretTargets.desktopS} s on the desktop (${pass((desktop?.seconds ?? Infinity) < secretTargets.desktopS)}), under ${secretTargets.phoneS} s at 4x (${pass((phone?.seconds ?? Infinity) < secretTargets.phoneS)}).

### Verifying a record

A counted record (\`<uuid>.bel\`) of that many ballots, one per credential, on a single trustee's
key, made by Agora's own code (the 10,000 once, on every core with worker_threads, kept under
the system's temp directory in \`agora-bench-secret/\`), then verified whole by Agora's verifier
(\`verifyArchive\` of \`shared/belenios/verify\`, in the benchmark's Node process, one core) and by
Debian's \`belenios-tool election verify\` (2.0), one after the other. Load ${loads('verify')}.

| ballots | record size | Agora's verifier (s) | belenios-tool (s) | Agora / belenios-tool |
| ---: | ---: | ---: | ---: | ---: |
${figures.verify
  .map(
    (found) =>
      `| ${found.ballots.toLocaleString('en')} | ${(found.bytes / 2 ** 20).toFixed(1)} MiB | ${s(found.agoraMs)} | ${s(found.toolMs)} | ${(found.agoraMs / found.toolMs).toFixed(2)} |`,
  )
  .join('\n')}

Target: 104 ballots verified in under ${secretTargets.verify104S} s by both (${pass(!!small && small.agoraMs < secretTargets.verify104S * 1000 && small.toolMs < secretTargets.verify104S * 1000)}).

### The close of a secret vote

The demo register (${close.ballots} voting members, each cast by its representative through
\`POST …/encrypted-ballots\`), the web process and the worker as \`npm run start:web\` and
\`npm run start:worker\` run them, Redis with its append-only file (fsync always). Right after the
last ballot is acknowledged, the Table closes the vote; two of the three trustees then make their
share as their browsers do (the key from the seed and the record of the ceremony, the partial
decryption with its proofs) and send it, from a script, as soon as it is due; then the worker
computes the result, builds the whole record and verifies it with Agora's verifier before
publishing it. Timed until the motion shows its result and its record. Load ${loads('close')}.

| the close (ms) | first share (ms) | second share (ms) | result, record and its verification (s) | from the last ballot to the result (s) |
| ---: | ---: | ---: | ---: | ---: |
| ${close.closeMs.toFixed(0)} | ${close.shareMs[0]!.toFixed(0)} | ${close.shareMs[1]!.toFixed(0)} | ${s(close.resultMs)} | ${s(close.totalMs)} |
${secretMarkers.end}
`;
}
