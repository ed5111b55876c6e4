import { Queue, Worker } from 'bullmq';
import { io as connect, type Socket } from 'socket.io-client';
import type { Assembly } from '@shared/schemas/assembly';
import { configSchema } from '../server/config';
import { connectRedis } from '../server/redis/connection';
import { createContext, type Context } from '../server/context';
import { freePort } from '../server/process/freePort';
import { closeQueues } from '../server/queue/queues';
import { scheduleAssemblyJobs } from '../server/queue/assemblySchedule';
import { seeded } from '../tests/seeded';
import { concurrencyOf } from '../jobs/worker';
import { benchRedis, percentile, signedInRepresentatives, spawnProcess, stopProcess } from './support';

/** How late a set of timers was seen, in milliseconds after their instant. */
export interface Lateness {
  expected: number;
  seen: number;
  p50: number;
  p99: number;
  max: number;
}

export interface TimerFigures {
  /** Timers at random instants (each assembly's opening and its close). */
  randomTimers: number;
  /** Openings all at the same instant. */
  sameInstant: number;
  seed: number;
  /** Bare BullMQ: the same delays as delayed jobs, timed when a worker in the benchmark's process starts each one. */
  bare: Lateness;
  /** Agora undisturbed: timed when a participant's browser connection receives "the room is open" or "closed". */
  /**
   * `missed`: joins asked after a timer's instant that did not read its phase at once; `doubled`:
   * a connection told of the same phase twice.
   */
  agora: Lateness & { sameInstant: Lateness; missed: number; doubled: number };
  /** Agora while its worker and its web process are each killed (-9) and started again during the run. */
  restarts: { kills: string[]; expected: number; seen: number; missed: number; doubled: number; maxLateMs: number };
}

interface Timer {
  assemblyId: string;
  phase: 'open' | 'closed';
  at: number;
  sameInstant: boolean;
}

/**
 * The timers of one run: `assemblies` assemblies opening at random instants within `spanMs` of
 * `start` and closing 2 to 10 s later (two timers each), and `sameInstant` more all opening at
 * the middle of the span (their close is a day later, outside the run).
 */
function timersOf(
  prefix: string,
  start: number,
  spanMs: number,
  assemblies: number,
  sameInstant: number,
  next: () => number,
): Timer[] {
  const timers: Timer[] = [];
  for (let index = 0; index < assemblies; index++) {
    const opens = Math.round(start + next() * spanMs);
    const closes = Math.round(opens + 2_000 + next() * 8_000);
    timers.push(
      { assemblyId: `a${prefix}r${index}`, phase: 'open', at: opens, sameInstant: false },
      { assemblyId: `a${prefix}r${index}`, phase: 'closed', at: closes, sameInstant: false },
    );
  }
  const middle = Math.round(start + spanMs / 2);
  for (let index = 0; index < sameInstant; index++)
    timers.push({ assemblyId: `a${prefix}s${index}`, phase: 'open', at: middle, sameInstant: true });
  return timers;
}

function lateness(values: number[], expected: number): Lateness {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    expected,
    seen: values.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Bare BullMQ: delayed jobs with the same instants, a worker of the moments queue's concurrency noting when each starts. */
async function bareTimers(url: string, timers: Timer[]): Promise<Lateness> {
  const connection = connectRedis(url);
  const queue = new Queue('timers', { connection, prefix: 'baretimers' });
  const late: number[] = [];
  const worker = new Worker('timers', async (job) => void late.push(Date.now() - (job.data as { at: number }).at), {
    connection: connectRedis(url),
    prefix: 'baretimers',
    // Like with like: as many at once as Agora's worker runs on its moments queue.
    concurrency: concurrencyOf.moments,
  });
  const now = Date.now();
  await queue.addBulk(
    timers.map((timer, index) => ({
      name: 'timer',
      data: { at: timer.at },
      opts: { jobId: `t${index}`, delay: timer.at - now, removeOnComplete: true },
    })),
  );
  const deadline = Math.max(...timers.map((timer) => timer.at)) + 10_000;
  while (late.length < timers.length && Date.now() < deadline) await sleep(100);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  return lateness(late, timers.length);
}

/** Convened assemblies with the timers' windows, their rooms' timers scheduled as convening schedules them. */
async function convene(ctx: Context, timers: Timer[], now: Date): Promise<void> {
  const windows = new Map<string, { opensAt: number; closesAt: number }>();
  for (const timer of timers) {
    const window = windows.get(timer.assemblyId) ?? { opensAt: 0, closesAt: 0 };
    if (timer.phase === 'open') window.opensAt = timer.at;
    else window.closesAt = timer.at;
    windows.set(timer.assemblyId, window);
  }
  for (const [id, window] of windows) {
    const assembly: Assembly = {
      id,
      kind: 'ordinary',
      title: `Timers ${id}`,
      opensAt: new Date(window.opensAt).toISOString(),
      closesAt: new Date(window.closesAt || window.opensAt + 86_400_000).toISOString(),
      referenceTimeZone: 'Europe/Brussels',
      hybrid: false,
      status: 'convened',
      createdAt: now.toISOString(),
      createdBy: 'bench',
      agenda: [
        {
          id: 'itimers1',
          kind: 'information',
          title: 'Timers',
          description: '',
          subjectMemberNo: null,
          documentIds: [],
          addedAt: now.toISOString(),
        },
      ],
      dispatches: [{ no: 1, at: now.toISOString(), by: 'bench', reason: 'convocation' }],
      unsentChanges: false,
      cancelled: null,
    };
    await ctx.assemblies.create(assembly);
    await scheduleAssemblyJobs(ctx, assembly);
  }
}

/** The order of the phases a timer announces: a room read "closed" has been open. */
const phaseOrder: Record<string, number> = { convened: 0, open: 1, closed: 2 };

/**
 * What the participants' connections received: every "room:phase" (per connection), and the
 * phase each (re)join answered, with the instant it was asked.
 */
class Watch {
  readonly firstSeen = new Map<string, number>();
  private readonly announcements = new Map<string, number>();
  private readonly joins: Array<{ assemblyId: string; askedAt: number; phase: string }> = [];
  note(connection: number, assemblyId: string, phase: string): void {
    const key = `${assemblyId} ${phase}`;
    if (!this.firstSeen.has(key)) this.firstSeen.set(key, Date.now());
    const perConnection = `${connection} ${key}`;
    this.announcements.set(perConnection, (this.announcements.get(perConnection) ?? 0) + 1);
  }
  joined(assemblyId: string, askedAt: number, phase: string): void {
    const key = `${assemblyId} ${phase}`;
    if (!this.firstSeen.has(key)) this.firstSeen.set(key, Date.now());
    this.joins.push({ assemblyId, askedAt, phase });
  }
  /**
   * Missed, as a person sees it: a join asked after a timer's instant that did not read its phase
   * (or a later one) at once. Doubled: one connection told of the same phase twice.
   */
  verdict(timers: Timer[]) {
    const late: number[] = [];
    const sameInstant: number[] = [];
    let missed = 0;
    for (const timer of timers) {
      const seen = this.firstSeen.get(`${timer.assemblyId} ${timer.phase}`);
      if (seen !== undefined) (timer.sameInstant ? sameInstant : late).push(seen - timer.at);
      missed += this.joins.filter(
        (join) =>
          join.assemblyId === timer.assemblyId &&
          join.askedAt >= timer.at &&
          (phaseOrder[join.phase] ?? 0) < phaseOrder[timer.phase]!,
      ).length;
    }
    const doubled = [...this.announcements.values()].filter((count) => count > 1).length;
    return { late, sameInstant, missed, doubled };
  }
}

/** Participants, each following some of the rooms; on every (re)connection they join them again. */
async function follow(port: number, cookies: string[], assemblyIds: string[], watch: Watch): Promise<Socket[]> {
  const sockets = cookies.map((cookie) =>
    connect(`http://127.0.0.1:${port}`, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { cookie },
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
    }),
  );
  await Promise.all(
    sockets.map(
      (socket, index) =>
        new Promise<void>((resolve) => {
          const mine = assemblyIds.filter((_, position) => position % sockets.length === index);
          socket.on('room:phase', (event: { assemblyId: string; phase: string }) =>
            watch.note(index, event.assemblyId, event.phase),
          );
          socket.on('connect', () => {
            let joined = 0;
            for (const assemblyId of mine) {
              const askedAt = Date.now();
              socket.emit('room:join', { assemblyId }, (answer: { ok: boolean; value?: { phase: string } }) => {
                if (answer.ok && answer.value) watch.joined(assemblyId, askedAt, answer.value.phase);
                if (++joined === mine.length) resolve();
              });
            }
          });
        }),
    ),
  );
  return sockets;
}

/**
 * The room timers: 250 assemblies opening at random instants over 30 s and closing 2 to 10 s
 * later (500 timers), and 100 more opening at the same instant; each assembly's room followed by
 * a participant's connection. First bare BullMQ with the same instants; then Agora undisturbed;
 * then Agora again with its worker, then its web process, killed (-9) and started again while
 * the timers fall.
 */
export async function benchTimers(
  seed = Number(process.env.TIMERS_SEED ?? Date.now() % 100_000),
): Promise<TimerFigures> {
  const next = seeded(seed);
  const assemblies = 250;
  const sameInstant = 100;
  const spanMs = 30_000;
  const redis = await benchRedis();
  const bare = await bareTimers(redis.url, timersOf('bare', Date.now() + 3_000, spanMs, assemblies, sameInstant, next));

  const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'benchtimers', HOST: '127.0.0.1', JOB_LOCK_MS: '4000' };
  const config = configSchema.parse({ ...env, PORT: '0' });
  const connection = connectRedis(redis.url);
  const ctx = createContext(connection, config);
  const now = new Date();
  const cookies = await signedInRepresentatives(ctx, 50, now);
  const port = await freePort();
  const startWeb = () => spawnProcess(['server/main.ts'], { ...env, PORT: String(port) }, /listening on port (\d+)/);
  const startWorker = () => spawnProcess(['jobs/main.ts'], env, /worker: ready/);
  let web = await startWeb();
  let worker = await startWorker();

  const run = async (prefix: string, disturb: (start: number) => Promise<string[]>) => {
    const start = Date.now() + 8_000;
    const timers = timersOf(prefix, start, spanMs, assemblies, sameInstant, next);
    await convene(ctx, timers, new Date());
    const watch = new Watch();
    const sockets = await follow(port, cookies, [...new Set(timers.map((timer) => timer.assemblyId))], watch);
    const kills = await disturb(start);
    const last = Math.max(...timers.map((timer) => timer.at));
    // Long enough for a job held by a killed worker to be taken over (its lock is 4 s here).
    const deadline = last + 15_000;
    while (Date.now() < deadline && !timers.every((timer) => watch.firstSeen.has(`${timer.assemblyId} ${timer.phase}`)))
      await sleep(200);
    await sleep(1_000); // a doubled notice arrives after the first
    for (const socket of sockets) socket.disconnect();
    return { timers, kills, ...watch.verdict(timers) };
  };

  const quiet = await run('q', async () => []);
  const disturbed = await run('k', async (start) => {
    const kills: string[] = [];
    await sleep(Math.max(0, start - Date.now()) + 4_000 + next() * 6_000);
    worker.child.kill('SIGKILL');
    kills.push(`worker at +${((Date.now() - start) / 1000).toFixed(1)} s`);
    worker = await startWorker();
    await sleep(4_000 + next() * 6_000);
    web.child.kill('SIGKILL');
    kills.push(`web at +${((Date.now() - start) / 1000).toFixed(1)} s`);
    web = await startWeb();
    return kills;
  });

  await stopProcess(web.child);
  await stopProcess(worker.child);
  await closeQueues(ctx.queues);
  connection.disconnect();
  await redis.stop();
  const randomTimers = quiet.timers.filter((timer) => !timer.sameInstant).length;
  return {
    randomTimers,
    sameInstant,
    seed,
    bare,
    agora: {
      ...lateness([...quiet.late, ...quiet.sameInstant], quiet.timers.length),
      sameInstant: lateness(quiet.sameInstant, sameInstant),
      missed: quiet.missed,
      doubled: quiet.doubled,
    },
    restarts: {
      kills: disturbed.kills,
      expected: disturbed.timers.length,
      seen: disturbed.late.length + disturbed.sameInstant.length,
      missed: disturbed.missed,
      doubled: disturbed.doubled,
      maxLateMs: Math.max(...[...disturbed.late, ...disturbed.sameInstant]),
    },
  };
}
