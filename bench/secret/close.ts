import type { Redis } from 'ioredis';
import type { SecretElectionResponse, TrusteesResponse } from '@shared/api/secretBallots';
import type { MotionsResponse, MotionView } from '@shared/api/voting';
import type { Motion } from '@shared/schemas/voting';
import { encryptBallot } from '@shared/belenios/ballot';
import { partialDecryption } from '@shared/belenios/tally';
import {
  newTrusteeSeed,
  trusteeCertificate,
  trusteeDecryptionKey,
  trusteePolynomial,
  trusteeVoutput,
} from '@shared/belenios/trustees';
import { configSchema } from '../../server/config';
import { createContext, type Context } from '../../server/context';
import { connectRedis } from '../../server/redis/connection';
import { closeQueues } from '../../server/queue/queues';
import { freePort } from '../../server/process/freePort';
import { loadActor } from '../../server/auth/actor';
import { addAgendaItem, createAssembly } from '../../server/commands/editAssembly';
import { conveneAssembly } from '../../server/commands/conveneAssembly';
import { seedDemo } from '../../server/seed/demoRegister';
import { registerStore } from '../../server/store/register';
import { redisKeys } from '../../server/store/keys';
import { benchRedis, spawnProcess, stopProcess } from '../support';
import { benchChoice } from './records';

export interface SecretCloseFigures {
  ballots: number;
  /** The Table's close: ballots stopped, the encrypted tally computed and stored. */
  closeMs: number;
  /** Each trustee's share, as its browser makes it (its key from its seed, the partial decryption) and sends it. */
  shareMs: number[];
  /** From the last share acknowledged to the result shown: the job's result, archive and its verification. */
  resultMs: number;
  /** From the last ballot acknowledged to the result shown, the trustees answering at once. */
  totalMs: number;
}

const hour = 3_600_000;
const day = 24 * hour;
const trusteeEmails = [
  'giusto.maniscalchi@example.org',
  'faycal.kaabi@example.org',
  'kostantinos.simitsis@example.org',
];

/** A person's browser: its session cookie, JSON in and out. */
function browserOf(base: string, cookie: string) {
  const request = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  return {
    get: <T>(path: string) => request('GET', path) as Promise<T>,
    post: <T>(path: string, body: unknown = {}) => request('POST', path, body) as Promise<T>,
  };
}
type Browser = ReturnType<typeof browserOf>;

/** The assembly convened 16 days ago on the store, its room opened an hour ago. */
async function openAssembly(connection: Redis, config: ReturnType<typeof configSchema.parse>) {
  const opensAt = Date.now() - hour;
  const then = createContext(connection, config, { now: () => new Date(opensAt - 16 * day) });
  const actor = (await loadActor(then, (await then.register.personByEmail(trusteeEmails[0]!))!.id))!;
  const draft = await createAssembly(then, actor, {
    kind: 'ordinary',
    title: 'Benchmark assembly',
    opensAt: new Date(opensAt).toISOString(),
    hybrid: false,
  });
  await addAgendaItem(then, actor, draft.id, {
    kind: 'ordinary_decision',
    title: 'Budget 2027',
    description: '',
    subjectMemberNo: null,
  });
  const { assembly } = await conveneAssembly(then, actor, draft.id);
  await closeQueues(then.queues);
  return assembly;
}

/** The three default trustees make the key, each its three steps, as their browsers do. */
async function makeKey(trustees: Array<{ browser: Browser; seed: string }>, assemblyId: string) {
  const steps = `/api/assemblies/${assemblyId}/trustees/steps`;
  const todo = async (browser: Browser) =>
    (await browser.get<TrusteesResponse>(`/api/assemblies/${assemblyId}/trustees`)).you!.todo!;
  for (const { browser, seed } of trustees)
    await browser.post(steps, { step: 'certificate', piece: trusteeCertificate(seed) });
  for (const { browser, seed } of trustees) {
    const due = await todo(browser);
    if (due.step !== 'polynomial') throw new Error(`no polynomial due: ${due.step}`);
    await browser.post(steps, { step: 'polynomial', piece: trusteePolynomial(seed, due.certificates, due.threshold) });
  }
  for (const { browser, seed } of trustees) {
    const due = await todo(browser);
    if (due.step !== 'voutput') throw new Error(`no voutput due: ${due.step}`);
    await browser.post(steps, { step: 'voutput', piece: trusteeVoutput(seed, due.certificates, due.vinput) });
  }
}

/**
 * The close of a secret vote of the demo register (every voting member casts), web process and
 * worker as `npm run start:web` and `npm run start:worker` run them: from the last ballot
 * acknowledged, the Table's close, two trustees' shares sent by a script as soon as they are due,
 * until the result and its archive are shown.
 */
export async function benchSecretClose(): Promise<SecretCloseFigures> {
  const redis = await benchRedis();
  const port = await freePort();
  const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'benchsecret', HOST: '127.0.0.1', PORT: String(port) };
  const config = configSchema.parse(env);
  const connection = connectRedis(redis.url);
  const ctx: Context = createContext(connection, config);
  const base = `http://127.0.0.1:${port}`;
  const web = await spawnProcess(['server/main.ts'], env, /listening on port (\d+)/);
  const worker = await spawnProcess(['jobs/main.ts'], env, /worker: ready/);
  try {
    await seedDemo(registerStore(connection, redisKeys(config.REDIS_PREFIX)), new Date());
    const assembly = await openAssembly(connection, config);
    const register = await ctx.register.snapshot();
    const browsers = new Map<string, Browser>();
    for (const person of register.people)
      browsers.set(person.email, browserOf(base, `agora_session=${await ctx.sessions.create(person.id, new Date())}`));
    const trustees = trusteeEmails.map((email) => ({ browser: browsers.get(email)!, seed: newTrusteeSeed() }));
    await makeKey(trustees, assembly.id);
    const table = trustees[0]!.browser;
    const motions = `/api/assemblies/${assembly.id}/motions`;
    const motion = await table.post<Motion>(motions, {
      itemId: assembly.agenda[0]!.id,
      kind: 'ordinary_decision',
      title: 'Budget 2027',
      text: 'The assembly approves the budget.',
      secret: true,
    });

    // Each representative casts for its members (encrypted beforehand: the browsers' part is measured apart).
    const casts: Array<{ browser: Browser; ballots: Array<{ memberNo: number; ballot: string }> }> = [];
    let ballots = 0;
    for (const browser of browsers.values()) {
      const { castable } = await browser.get<MotionsResponse>(motions);
      if (castable.length === 0) continue;
      const { election, credentials } = await browser.get<SecretElectionResponse>(`${motions}/${motion.id}/election`);
      const credential = new Map(credentials.map((entry) => [entry.memberNo, entry.credential]));
      casts.push({
        browser,
        ballots: castable.map(({ memberNo }) => ({
          memberNo,
          ballot: encryptBallot({ election, credential: credential.get(memberNo)!, choices: [benchChoice(ballots++)] })
            .ballot,
        })),
      });
    }
    for (const { browser, ballots: theirs } of casts)
      await browser.post(`${motions}/${motion.id}/encrypted-ballots`, { ballots: theirs });

    const start = performance.now();
    await table.post(`${motions}/${motion.id}/close`);
    const closeMs = performance.now() - start;
    const shareMs: number[] = [];
    for (const { browser, seed } of [trustees[0]!, trustees[2]!]) {
      const began = performance.now();
      const { you } = await browser.get<TrusteesResponse>(`/api/assemblies/${assembly.id}/trustees`);
      const due = you!.decryptions.find((entry) => entry.id === motion.id)!;
      const key = trusteeDecryptionKey(seed, due.certificates, due.voutput);
      await browser.post(`${motions}/${motion.id}/partial-decryption`, {
        partial: partialDecryption(due.election, due.encryptedTally, key),
      });
      shareMs.push(performance.now() - began);
    }
    const shared = performance.now();
    let shown: MotionView | undefined;
    while (!shown?.tally || !shown.secretCount?.archive) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      shown = (await table.get<MotionsResponse>(motions)).motions.find((view) => view.motion.id === motion.id);
    }
    const done = performance.now();
    return { ballots, closeMs, shareMs, resultMs: done - shared, totalMs: done - start };
  } finally {
    await closeQueues(ctx.queues);
    connection.disconnect();
    await stopProcess(web.child);
    await stopProcess(worker.child);
    await redis.stop();
  }
}
