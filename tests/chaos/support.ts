import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema, type Config } from '../../server/config';
import { freePort } from '../../server/process/freePort';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../server/redis/embeddedRedis';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { eventually, spawnWeb, spawnWorker, TestClient } from '../integration/support';
import { seeded } from '../seeded';

export type ChaosConfig = Config & { REDIS_URL: string };

/**
 * The seed of a run: CHAOS_SEED when given (to replay a failure), else a new one. Printed, so a
 * failing run can be replayed with the same kill points.
 */
export function chaosSeed(what: string): number {
  const given = Number(process.env.CHAOS_SEED);
  const seed = Number.isSafeInteger(given) && given > 0 ? given : Math.floor(Math.random() * 2 ** 31) + 1;
  console.log(`${what}: seed ${seed} (replay with CHAOS_SEED=${seed} npm run test:chaos)`);
  return seed;
}

/** Seeded choices: the same seed gives the same kill points. */
export function seededRandom(seed: number) {
  const next = seeded(seed);
  return {
    next,
    /** A whole number in [min, max]. */
    between: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A redis-server of the test's own, durable as Agora runs it (AOF, fsync on every write), that can
 * be killed with -9 and started again on the same data and port.
 */
export async function startKillableRedis() {
  const dir = mkdtempSync(join(tmpdir(), 'agora-chaos-redis-'));
  const port = await freePort();
  let server: EmbeddedRedis | null = await startEmbeddedRedis({ dir, port, persistent: true });
  let stopped = false;
  const url = server.url;
  const kill9 = async () => {
    if (!server) return;
    const child = server.process;
    server = null;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  };
  return {
    url,
    port,
    dir,
    kill9,
    async restart() {
      await kill9();
      if (stopped) return;
      const started = await startEmbeddedRedis({ dir, port, persistent: true });
      // Stopped while it was starting (a test that failed half-way): it does not outlive the test.
      if (stopped) await started.stop();
      else server = started;
    },
    async stop() {
      stopped = true;
      await server?.stop();
      server = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type KillableRedis = Awaited<ReturnType<typeof startKillableRedis>>;

/** One e-mail as the receiver got it. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  messageId: string | null;
  receivedAt: number;
}

type Refusal = { code: number; message: string } | null;

/**
 * A real SMTP server standing for everybody's mailbox: it keeps every message it accepts (a
 * message counts once the server acknowledged it), can refuse or hold addresses, and can go down
 * and come back on the same port.
 */
export async function startMailbox() {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  let refusing: ((address: string) => Refusal) | null = null;
  /** Recipients whose RCPT TO waits: the sender sits in the middle of its delivery. */
  const holds = new Map<string, { reached: () => void; released: Promise<void>; release: () => void }>();
  let server: SMTPServer | null = null;
  // A closing server answers 421 to the connections it still has, and ends them within 30 s.
  const closing: Array<Promise<void>> = [];

  const up = async () => {
    if (server) return;
    const started = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        const to = address.address.toLowerCase();
        const hold = holds.get(to);
        const answer = () => {
          const refusal = refusing?.(to);
          callback(refusal ? Object.assign(new Error(refusal.message), { responseCode: refusal.code }) : undefined);
        };
        if (!hold) return answer();
        hold.reached();
        void hold.released.then(answer);
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((field) =>
              field.value.map((entry) => (entry.address ?? '').toLowerCase()),
            );
            received.push({
              to,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              messageId: parsed.messageId ?? null,
              receivedAt: Date.now(),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      started.once('error', reject);
      started.listen(port, '127.0.0.1', () => resolve());
    });
    started.on('error', () => {});
    server = started;
  };
  await up();
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    up,
    /** Stops listening: the relay is unreachable until `up`. */
    down() {
      const current = server;
      server = null;
      if (current) closing.push(new Promise<void>((resolve) => current.close(() => resolve())));
    },
    refuse(rule: ((address: string) => Refusal) | null) {
      refusing = rule;
    },
    /** Holds the next deliveries to `address` at RCPT TO until released; `reached` resolves when one is held. */
    hold(address: string) {
      let reached = () => {};
      let release = () => {};
      const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.set(address.toLowerCase(), { reached, released, release: () => release() });
      return {
        reached: reachedPromise,
        release: () => {
          holds.delete(address.toLowerCase());
          release();
        },
      };
    },
    /** The messages to `address` whose subject matches. */
    to(address: string, subject: RegExp = /./): ReceivedMail[] {
      return received.filter((mail) => mail.to.includes(address.toLowerCase()) && subject.test(mail.subject));
    },
    async close() {
      for (const hold of holds.values()) hold.release();
      this.down();
      await Promise.all(closing);
    },
  };
}
export type Mailbox = Awaited<ReturnType<typeof startMailbox>>;

/** The settings of a run's processes: its Redis, its relay, a fixed web port so clients find it again after a restart. */
export async function chaosConfig(
  redisUrl: string,
  overrides: Partial<Record<keyof Config, string>> = {},
): Promise<ChaosConfig> {
  const config = configSchema.parse({
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    REDIS_URL: redisUrl,
    REDIS_PREFIX: 'chaos',
    ...overrides,
  });
  return { ...config, REDIS_URL: redisUrl };
}

/** A process of the platform that a test kills with -9 and starts again as it was. */
export class Killable {
  private current: ReturnType<typeof spawnWeb> | null = null;
  /** Every run of it: for the logs of a failing test, and so that none outlives the test. */
  private runs: Array<ReturnType<typeof spawnWeb>> = [];
  private stopped = false;

  constructor(
    readonly name: string,
    private readonly spawnIt: () => ReturnType<typeof spawnWeb>,
  ) {}

  /** The process id of the run going on, to tell it was not restarted. */
  get pid(): number | undefined {
    return this.current?.child.pid;
  }

  async start(): Promise<void> {
    if (this.current || this.stopped) return;
    const started = this.spawnIt();
    this.runs.push(started);
    await started.ready;
    if (this.stopped) started.child.kill('SIGKILL');
    else this.current = started;
  }

  async kill9(): Promise<void> {
    const current = this.current;
    if (!current) return;
    this.current = null;
    current.child.kill('SIGKILL');
    await current.exited;
  }

  async restart(): Promise<void> {
    await this.kill9();
    await this.start();
  }

  /** Ends it for good (afterAll), a run still starting included. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.current = null;
    await Promise.all(
      this.runs.map(async (run) => {
        if (run.child.exitCode !== null || run.child.signalCode !== null) return;
        run.child.kill('SIGKILL');
        await run.exited;
      }),
    );
  }

  output(): string {
    return this.runs.map((run, index) => `--- ${this.name}, run ${index + 1}\n${run.output()}`).join('\n');
  }
}

export const webProcess = (config: Config, env: Record<string, string> = {}, name = 'web') =>
  new Killable(name, () => spawnWeb(config, env));
export const workerProcess = (config: Config, env: Record<string, string> = {}, name = 'worker') =>
  new Killable(name, () => spawnWorker(config, env));

/** The token of the newest link in an e-mail's text. */
export function linkToken(text: string): string {
  return /#token=([A-Za-z0-9_.-]+)/.exec(text)?.[1] ?? '';
}

/** A person's browser on the web process: signs in with the link that arrives in the mailbox. */
export async function signInByMail(base: string, mailbox: Mailbox, email: string): Promise<TestClient> {
  const client = new TestClient(base);
  const before = mailbox.to(email, /sign-in link|lien de connexion/).length;
  const asked = await client.post('/api/auth/sign-in', { email });
  if (asked.status !== 202) throw new Error(`sign-in for ${email}: ${asked.status} ${await asked.text()}`);
  const mail = await eventually(
    () => mailbox.to(email, /sign-in link|lien de connexion/)[before],
    `the sign-in link for ${email}`,
    30_000,
  );
  const completed = await client.post('/api/auth/sign-in/complete', { token: linkToken(mail.text) });
  if (completed.status !== 204) throw new Error(`sign-in for ${email}: ${completed.status} ${await completed.text()}`);
  return client;
}

/**
 * Until the platform answers its health check again (after a kill, the web process reconnects to
 * Redis within seconds; meanwhile it answers 503 with a time to retry after, as a person would).
 */
export async function untilHealthy(base: string): Promise<void> {
  await eventually(
    async () => ((await fetch(`${base}/api/health`).catch(() => null))?.status === 200 ? true : undefined),
    'the platform healthy again',
    30_000,
  );
}

/** A person who follows the personal link of its convocation: a session for that assembly only. */
export async function openConvocationLink(base: string, mail: ReceivedMail): Promise<TestClient> {
  await untilHealthy(base);
  const client = new TestClient(base);
  const opened = await client.post('/api/auth/assembly-link', { token: linkToken(mail.text) });
  if (opened.status !== 200)
    throw new Error(`personal link of ${mail.to.join()}: ${opened.status} ${await opened.text()}`);
  return client;
}
