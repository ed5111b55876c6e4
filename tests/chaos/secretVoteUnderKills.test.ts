import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Redis } from 'ioredis';
import type { SecretElectionResponse, TrusteesResponse } from '@shared/api/secretBallots';
import type { CastBallotsResponse, MotionsResponse } from '@shared/api/voting';
import type { Assembly } from '@shared/schemas/assembly';
import type { Motion } from '@shared/schemas/voting';
import { choiceVector, motionAnswer } from '@shared/belenios/choices';
import { encryptBallot } from '@shared/belenios/ballot';
import { partialDecryption } from '@shared/belenios/tally';
import { trusteeDecryptionKey } from '@shared/belenios/trustees';
import { verifyArchive } from '@shared/belenios/verify';
import { connectRedis } from '../../server/redis/connection';
import { exportStore } from '../../server/store/portable';
import { redisKeys } from '../../server/store/keys';
import { createContext, type Context } from '../../server/context';
import { closeQueues } from '../../server/queue/queues';
import { eventually, seedRegister, type TestClient } from '../integration/support';
import { defaultTrustees, makeElectionKey, type Trustee } from '../integration/secretVoting';
import { verifyWithTool } from '../integration/belenios/tool';
import {
  chaosConfig,
  chaosSeed,
  type ChaosConfig,
  type Killable,
  type KillableRedis,
  type Mailbox,
  seededRandom,
  signInByMail,
  sleep,
  startKillableRedis,
  startMailbox,
  untilHealthy,
  webProcess,
  workerProcess,
} from './support';
import { conveneOnTheStore } from './assemblyUnderKillsSupport';

const hour = 3_600_000;
const seed = chaosSeed('chaos: a secret vote under kill -9');
const random = seededRandom(seed);
/** The kill points, drawn at once: the same seed gives the same ones. */
const kills = {
  web: { after: random.between(150, 1200), downFor: random.between(300, 1500) },
  redis: { after: random.between(0, 60), downFor: random.between(300, 1500) },
  worker: { after: random.between(0, 400), downFor: random.between(300, 1500) },
};

/**
 * Sends the same request until the platform answers it (no answer, or a 5xx, while a process is
 * down: the browser tries again with the same body, as a person reloading would).
 */
async function untilAnswered(base: string, send: () => Promise<Response>): Promise<Response> {
  const giveUpAt = Date.now() + 60_000;
  for (;;) {
    const response = await send().catch(() => null);
    if (response && response.status < 500) return response;
    if (Date.now() > giveUpAt) throw new Error(`no answer: ${response?.status} ${await response?.text()}`);
    await sleep(300);
    await untilHealthy(base);
  }
}

describe(`a secret vote whose web process, Redis and worker are killed with -9 (seed ${seed})`, () => {
  let redis: KillableRedis;
  let mailbox: Mailbox;
  let config: ChaosConfig;
  let web: Killable;
  let worker: Killable;
  let base: string;
  let storeRedis: Redis;
  let store: Context;
  let assembly: Assembly;
  let motion: Motion;
  let trustees: Trustee[];
  let ekaterina: TestClient;
  const log: string[] = [];
  /** The trackers the platform acknowledged (a 201 with receipts). */
  const acknowledged: string[] = [];
  /** The positions of the trustees whose share was acknowledged. */
  const sharesAcknowledged: number[] = [];
  const note = (line: string) => {
    log.push(line);
    console.log(line);
  };
  const failed = () =>
    onTestFailed(() => {
      console.log(
        `replay with CHAOS_SEED=${seed}; kills ${JSON.stringify(kills)}\n${log.join('\n')}\n${web.output()}\n${worker.output()}`,
      );
    });
  const motionsPath = () => `/api/assemblies/${assembly.id}/motions`;
  const motionPath = () => `${motionsPath()}/${motion.id}`;

  beforeAll(async () => {
    redis = await startKillableRedis();
    mailbox = await startMailbox();
    // A dead worker's jobs are taken over after 2 s.
    config = await chaosConfig(redis.url, { SMTP_URL: mailbox.url, JOB_LOCK_MS: '2000', MAIL_RATE_PER_SECOND: '100' });
    await seedRegister(config, new Date());
    web = webProcess(config);
    worker = workerProcess(config);
    await Promise.all([web.start(), worker.start()]);
    base = `http://127.0.0.1:${config.PORT}`;
    storeRedis = connectRedis(config.REDIS_URL);
    store = createContext(storeRedis, config);
  });
  afterAll(async () => {
    if (store) await closeQueues(store.queues);
    storeRedis?.disconnect();
    await web?.stop();
    await worker?.stop();
    await mailbox?.close();
    await redis?.stop();
  });

  it('makes the key with the three default trustees and opens a secret vote on it', { timeout: 120_000 }, async () => {
    failed();
    const signedIn: TestClient[] = [];
    for (const email of defaultTrustees) signedIn.push(await signInByMail(base, mailbox, email));
    ekaterina = await signInByMail(base, mailbox, 'ekaterina.smoroda@example.org');
    // Its room opened an hour ago, on the real clock.
    assembly = await conveneOnTheStore(storeRedis, config, Date.now() - hour);
    trustees = await makeElectionKey(signedIn, assembly.id);
    const table = trustees[0]!.client;
    const opened = await table.post(motionsPath(), {
      itemId: assembly.agenda[0]!.id,
      kind: 'ordinary_decision',
      title: assembly.agenda[0]!.title,
      text: 'Adopted as proposed.',
      secret: true,
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    motion = (await opened.json()) as Motion;
  });

  it('keeps every acknowledged ballot when the web process is killed during a bulk of encrypted ballots', async () => {
    failed();
    const { castable } = await ekaterina.json<MotionsResponse>(motionsPath());
    expect(castable).toHaveLength(24);
    const election = await ekaterina.json<SecretElectionResponse>(`${motionPath()}/election`);
    const credentials = new Map(election.credentials.map((entry) => [entry.memberNo, entry.credential]));
    const ballots = castable.map(({ memberNo }, index) => ({
      memberNo,
      ballot: encryptBallot({
        election: election.election,
        credential: credentials.get(memberNo)!,
        choices: [choiceVector(election.question, motionAnswer(index % 3 === 0 ? 'against' : 'for'))],
      }).ballot,
    }));
    // Three bulks of eight at once; the web process dies while the server checks them.
    const bulks = [0, 8, 16].map((start) => ballots.slice(start, start + 8));
    // The kill falls at its drawn point, or when the first bulk is answered if that comes sooner:
    // the other bulks are then still being checked.
    let firstAnswer = () => {};
    const answered = new Promise<void>((resolve) => (firstAnswer = resolve));
    let attempts = 0;
    let answeredBeforeTheKill = 0;
    let killed = false;
    const casting = bulks.map(async (bulk) => {
      const response = await untilAnswered(base, () => {
        attempts++;
        return ekaterina.post(`${motionPath()}/encrypted-ballots`, { ballots: bulk });
      });
      if (!killed) answeredBeforeTheKill++;
      firstAnswer();
      // Refused as already cast: the attempt that got no answer was stored.
      if (response.status !== 201) return note(`a bulk answered ${response.status} ${await response.text()}`);
      const cast = (await response.json()) as CastBallotsResponse;
      acknowledged.push(...cast.receipts.map((receipt) => receipt.receipt));
    });
    const killing = (async () => {
      const start = Date.now();
      await Promise.race([sleep(kills.web.after), answered]);
      killed = true;
      note(
        `casting: kill -9 web at +${Date.now() - start} ms, ${answeredBeforeTheKill} of 3 bulks answered, down ${kills.web.downFor} ms`,
      );
      await web.kill9();
      await sleep(kills.web.downFor);
      await web.start();
    })();
    await Promise.all([...casting, killing]);
    await untilHealthy(base);
    note(`casting: ${acknowledged.length} of 24 ballots acknowledged, in ${attempts} requests for 3 bulks`);
    expect(answeredBeforeTheKill).toBeLessThan(3);
    const { motions } = await ekaterina.json<MotionsResponse>(motionsPath());
    const stored = motions.find((found) => found.motion.id === motion.id)!.myReceipts.map((receipt) => receipt.receipt);
    for (const tracker of acknowledged) expect(stored).toContain(tracker);
    expect(stored).toHaveLength(24);
  });

  it('closes once when Redis is killed during the close', async () => {
    failed();
    const table = trustees[0]!.client;
    const closing = untilAnswered(base, () => table.post(`${motionPath()}/close`));
    await sleep(kills.redis.after);
    note(`close: kill -9 redis at +${kills.redis.after} ms, down ${kills.redis.downFor} ms`);
    await redis.kill9();
    await sleep(kills.redis.downFor);
    await redis.restart();
    const first = await closing;
    note(`close: answered ${first.status}`);
    // Asked again until the platform says it is closed (a close that got no answer is asked again).
    const again = await untilAnswered(base, () => table.post(`${motionPath()}/close`));
    expect([200, 409]).toContain(again.status);
    const count = await eventually(
      async () => (await store.secretVotes.count(motion.id)) ?? undefined,
      'the encrypted tally',
      30_000,
    );
    expect(count.ballots).toBe(24);
  });

  it('stores every acknowledged share, and counts once when the worker is killed between the shares and the result', async () => {
    failed();
    const give = async (trustee: Trustee) => {
      const { you } = await trustee.client.json<TrusteesResponse>(`/api/assemblies/${assembly.id}/trustees`);
      const waiting = you!.decryptions.find((entry) => entry.id === motion.id)!;
      const key = trusteeDecryptionKey(trustee.seed, waiting.certificates, waiting.voutput);
      const partial = partialDecryption(waiting.election, waiting.encryptedTally, key);
      const response = await untilAnswered(base, () =>
        trustee.client.post(`${motionPath()}/partial-decryption`, { partial }),
      );
      expect(response.status, await response.clone().text()).toBe(201);
      sharesAcknowledged.push(trustees.indexOf(trustee) + 1);
    };
    await give(trustees[0]!);
    await give(trustees[2]!);
    await sleep(kills.worker.after);
    note(`result: kill -9 worker at +${kills.worker.after} ms after the second share, down ${kills.worker.downFor} ms`);
    await worker.kill9();
    await sleep(kills.worker.downFor);
    await worker.start();

    await eventually(
      async () => (await store.votes.tally(motion.id)) ?? undefined,
      'the tally of the secret vote',
      60_000,
    );
    // A job taken over after the kill would count a second time now, if it could.
    await sleep(3000);
    const shares = await store.secretVotes.shares(motion.id);
    expect([...shares.keys()].sort()).toEqual(expect.arrayContaining(sharesAcknowledged));
    const audit = await store.audit.latest({ count: 100_000, subject: `motion:${motion.id}` });
    note(`audit of the motion: ${audit.map((entry) => entry.action).join(', ')}`);
    expect(audit.filter((entry) => entry.action === 'secret_count.result')).toHaveLength(1);
    expect(audit.filter((entry) => entry.action === 'motion.counted')).toHaveLength(1);
    expect(audit.filter((entry) => entry.action === 'secret_count.share')).toHaveLength(2);
  });

  it('publishes an archive with every acknowledged tracker once, verified by Agora and by belenios-tool', async () => {
    failed();
    const { motions } = await ekaterina.json<MotionsResponse>(motionsPath());
    const view = motions.find((found) => found.motion.id === motion.id)!;
    expect(view.tally!.result.counts).toMatchObject({ for: 16, against: 8 });
    const archive = view.secretCount!.archive!;
    const bytes = new Uint8Array(await (await ekaterina.get(archive.url)).arrayBuffer());
    const report = verifyArchive(bytes, archive.sha256);
    expect(report.problems).toEqual([]);
    expect(report.ballots).toBe(24);
    for (const tracker of acknowledged)
      expect(
        report.trackers.filter((found) => found === tracker),
        tracker,
      ).toHaveLength(1);
    const dir = await mkdtemp(join(tmpdir(), 'agora-chaos-bel-'));
    try {
      await writeFile(join(dir, `${view.secretCount!.uuid}.bel`), bytes);
      const verified = await verifyWithTool(dir);
      expect(verified.code, verified.stderr).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves no choice beside a member in Redis’s append-only file, the processes’ logs or an export', async () => {
    failed();
    // How a choice would read if it were kept in clear: a named ballot's field, a "receipt|choice" line, an answer.
    const inClear = /"choice":"(for|against|abstain)"|\|(for|against|abstain)\b|"answer":"(for|against)"/;
    const files = (await readdir(redis.dir, { recursive: true, withFileTypes: true })).filter((entry) =>
      entry.isFile(),
    );
    const aof = (
      await Promise.all(files.map(async (entry) => readFile(join(entry.parentPath, entry.name), 'latin1')))
    ).join('\n');
    // What is read is the store: the encrypted ballots of the vote are in it.
    expect(aof).toContain(motion.id);
    expect(aof).toContain('"election_hash"');
    const dir = await mkdtemp(join(tmpdir(), 'agora-chaos-export-'));
    try {
      const file = join(dir, 'export.jsonl.gz');
      await exportStore(storeRedis, redisKeys(config.REDIS_PREFIX), file);
      const exported = gunzipSync(await readFile(file)).toString('utf8');
      expect(exported).toContain(motion.id);
      for (const [where, text] of [
        ['the append-only file', aof],
        ['the export', exported],
        ['the logs', `${web.output()}\n${worker.output()}`],
      ] as const)
        expect(inClear.exec(text)?.[0] ?? null, where).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
