import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events';
import { configSchema, type Config } from '../../server/config';
import { createContext } from '../../server/context';
import { connectRedis } from '../../server/redis/connection';
import { closeQueues, type QueueName } from '../../server/queue/queues';
import { momentJobId } from '../../server/queue/jobIds';
import type { AssemblyMoment } from '../../server/queue/moments';

/** A key prefix no other test uses, so tests share one Redis without seeing each other's data. */
export function uniquePrefix(): string {
  return `t${randomUUID().slice(0, 8)}`;
}

/** The configuration a test process would get, on the run's Redis and its own prefix. */
export function testConfig(overrides: Partial<Record<keyof Config, string>> = {}): Config & { REDIS_URL: string } {
  const config = configSchema.parse({
    PORT: '0',
    HOST: '127.0.0.1',
    REDIS_URL: inject('redisUrl'),
    REDIS_PREFIX: uniquePrefix(),
    ...overrides,
  });
  return { ...config, REDIS_URL: config.REDIS_URL ?? inject('redisUrl') };
}

/** Waits until `check` returns a value (not undefined), or fails with `what` after `ms`. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  what: string,
  ms = 10_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`);
}

/** The demo register (the 108 founding members and their representatives) under the config's prefix. */
export async function seedRegister(config: Config, now: Date): Promise<void> {
  const { connectRedis, requireRedisTarget } = await import('../../server/redis/connection');
  const { redisKeys } = await import('../../server/store/keys');
  const { registerStore } = await import('../../server/store/register');
  const { seedDemo } = await import('../../server/seed/demoRegister');
  const redis = connectRedis(requireRedisTarget(config, 'web process'));
  await seedDemo(registerStore(redis, redisKeys(config.REDIS_PREFIX)), now);
  redis.disconnect();
}

/** A web process and a worker on the run's Redis, under a fresh prefix, with the demo register. */
export async function startPlatform(
  options: {
    now?: () => Date;
    seed?: boolean;
    /** The demo's three assemblies too, seeded before the worker starts, as `npm start` does. */
    demoAssemblies?: boolean;
    worker?: boolean;
    config?: Partial<Record<keyof Config, string>>;
    /** Settings of the worker only, e.g. an SMTP_URL while the web process shows the outbox. */
    workerConfig?: Partial<Config>;
  } = {},
) {
  const { startWeb } = await import('../../server/web');
  const { startWorker } = await import('../../jobs/worker');
  const config = testConfig(options.config);
  if (options.seed ?? true) await seedRegister(config, options.now?.() ?? new Date());
  if (options.demoAssemblies) await seedDemoAssemblies(config);
  const worker =
    options.worker === false
      ? null
      : await startWorker({ ...config, ...options.workerConfig }, { now: options.now ?? (() => new Date()) });
  const web = await startWeb(config, { now: options.now });
  const base = `http://127.0.0.1:${web.port}`;
  return {
    config,
    web,
    worker,
    base,
    /** A person's browser: keeps its session cookie between requests. */
    client: () => new TestClient(base),
    /**
     * Runs an assembly's timed job now, as the worker does at its moment: the tests move the clock,
     * not time, so the job BullMQ holds for the real instant is promoted, then awaited.
     */
    async runMoment(assemblyId: string, moment: AssemblyMoment): Promise<void> {
      const redis = connectRedis(config.REDIS_URL);
      const ctx = createContext(redis, config);
      try {
        const assembly = await ctx.assemblies.get(assemblyId);
        if (!assembly) throw new Error(`no assembly ${assemblyId}`);
        const job = await ctx.queues.moments.getJob(momentJobId(assemblyId, moment, assembly.opensAt));
        if (!job) throw new Error(`no ${moment} job scheduled for ${assemblyId}`);
        if (await job.isDelayed()) await job.promote();
        await eventually(
          async () => ((await job.isCompleted()) ? true : undefined),
          `the ${moment} job of ${assemblyId} to complete`,
          20_000,
        );
      } finally {
        await closeQueues(ctx.queues);
        redis.disconnect();
      }
    },
    /** Runs a delayed job of a queue now (the tests move the clock, not time), then waits for it. */
    async runJob(queue: QueueName, jobId: string): Promise<void> {
      const redis = connectRedis(config.REDIS_URL);
      const ctx = createContext(redis, config);
      try {
        const job = await ctx.queues[queue].getJob(jobId);
        if (!job) throw new Error(`no job ${jobId} in ${queue}`);
        if (await job.isDelayed()) await job.promote();
        await eventually(
          async () => ((await job.isCompleted()) ? true : undefined),
          `the job ${jobId} to complete`,
          20_000,
        );
      } finally {
        await closeQueues(ctx.queues);
        redis.disconnect();
      }
    },
    async close() {
      await web.close();
      await worker?.close();
    },
  };
}

/** Talks to the API as one person would, keeping its cookie; reads the outbox like that person's mailbox. */
export class TestClient {
  cookie = '';
  constructor(readonly base: string) {}

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    return response;
  }
  get(path: string) {
    return this.request('GET', path);
  }
  post(path: string, body: unknown = {}) {
    return this.request('POST', path, body);
  }
  async json<T>(path: string): Promise<T> {
    const response = await this.get(path);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** How many e-mails the outbox holds in all. */
  async outboxCount(): Promise<number> {
    return (await this.json<import('@shared/api/service').OutboxResponse>('/api/outbox?limit=1')).total;
  }

  /** The newest e-mail to `to` (whose subject matches), once more than `after` messages are in the outbox. */
  async mailTo(to: string, after: number, subject: RegExp = /./): Promise<import('@shared/api/service').OutboxMessage> {
    const summary = await eventually(async () => {
      // Searched by recipient, so an e-mail among thousands is found.
      const { messages, total } = await this.json<import('@shared/api/service').OutboxResponse>(
        `/api/outbox?q=${encodeURIComponent(to)}`,
      );
      return total > after
        ? messages.find((message) => message.to.includes(to) && subject.test(message.subject))
        : undefined;
    }, `an e-mail to ${to}`);
    return this.json(`/api/outbox/${summary.id}`);
  }

  /** As the Table: drafts an ordinary assembly opening at `opensAt`, with a decision item for each title. */
  async draftAssembly(
    title: string,
    opensAt: number,
    items: string[] = ['Accounts'],
  ): Promise<import('@shared/api/assemblies').AssemblyView> {
    const drafted = await this.post('/api/assemblies', {
      kind: 'ordinary',
      title,
      opensAt: new Date(opensAt).toISOString(),
    });
    if (drafted.status !== 201) throw new Error(`drafting ${title}: ${drafted.status} ${await drafted.text()}`);
    let view = (await drafted.json()) as import('@shared/api/assemblies').AssemblyView;
    for (const item of items) {
      const added = await this.post(`/api/assemblies/${view.assembly.id}/agenda`, {
        kind: 'ordinary_decision',
        title: item,
      });
      if (added.status !== 201) throw new Error(`adding ${item}: ${added.status} ${await added.text()}`);
      view = (await added.json()) as import('@shared/api/assemblies').AssemblyView;
    }
    return view;
  }

  /** As the Table: drafts an ordinary assembly with its decision items, then convenes it. */
  async convenedAssembly(
    title: string,
    opensAt: number,
    items: string[] = ['Accounts'],
  ): Promise<import('@shared/api/assemblies').AssemblyView> {
    const { assembly } = await this.draftAssembly(title, opensAt, items);
    const convened = await this.post(`/api/assemblies/${assembly.id}/convene`);
    if (convened.status !== 200) throw new Error(`convening ${title}: ${convened.status} ${await convened.text()}`);
    return (await convened.json()) as import('@shared/api/assemblies').AssemblyView;
  }

  /** The deliveries of an assembly's convocation (as the Table sees them), once `count` of them are sent. */
  async convocationsSent(
    assemblyId: string,
    count = 108,
    ms = 30_000,
  ): Promise<import('@shared/api/assemblies').DeliveriesResponse> {
    return eventually(
      async () => {
        const body = await this.json<import('@shared/api/assemblies').DeliveriesResponse>(
          `/api/assemblies/${assemblyId}/deliveries`,
        );
        return body.counts.sent === count ? body : undefined;
      },
      `${count} convocations of ${assemblyId} sent`,
      ms,
    );
  }

  /** Asks for a sign-in link, follows it from the outbox, and keeps the session. */
  async signIn(email: string): Promise<this> {
    const subject = /sign-in link|lien de connexion/;
    type Outbox = import('@shared/api/service').OutboxResponse;
    const links = async () =>
      (await this.json<Outbox>('/api/outbox')).messages.filter(
        (message) => message.to.includes(email) && subject.test(message.subject),
      );
    // By the links already there, not by the outbox's length: the outbox lists only its latest messages.
    const before = new Set((await links()).map((message) => message.id));
    const asked = await this.post('/api/auth/sign-in', { email });
    if (asked.status !== 202) throw new Error(`sign-in for ${email}: ${asked.status} ${await asked.text()}`);
    const summary = await eventually(
      async () => (await links()).find((message) => !before.has(message.id)),
      `a sign-in link for ${email}`,
      // Behind every e-mail of the demo's assemblies when those were just seeded.
      60_000,
    );
    const mail = await this.json<import('@shared/api/service').OutboxMessage>(`/api/outbox/${summary.id}`);
    const token = /#token=([A-Za-z0-9_.-]+)/.exec(mail.text)?.[1] ?? '';
    const completed = await this.post('/api/auth/sign-in/complete', { token });
    if (completed.status !== 204)
      throw new Error(`sign-in for ${email}: ${completed.status} ${await completed.text()}`);
    return this;
  }
}

/** A process of the platform started as `npm run start:web` / `start:worker` would, so a test can kill it with -9. */
function spawnProcess(entry: string, config: Config, env: Record<string, string>) {
  const root = new URL('../../', import.meta.url).pathname;
  const settings = Object.fromEntries(Object.entries(config).map(([key, value]) => [key, String(value ?? '')]));
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, ...settings, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ready = new Promise<{ port?: number }>((resolve, reject) => {
    child.on('message', (message: { type?: string; port?: number }) => message?.type === 'ready' && resolve(message));
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}):\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, ready, exited, output: () => output };
}

/** A worker in its own process, as `npm run start:worker` runs it. */
export function spawnWorker(config: Config, env: Record<string, string> = {}) {
  return spawnProcess('jobs/main.ts', config, env);
}

/** A web process of its own, as `npm run start:web` runs it (PORT from the config, 0 for any). */
export function spawnWeb(config: Config, env: Record<string, string> = {}) {
  return spawnProcess('server/main.ts', config, env);
}

/** The demo's three assemblies (one open now, its convocations on their way through the worker). */
export async function seedDemoAssemblies(config: Config & { REDIS_URL: string }, now = new Date()): Promise<void> {
  const { connectRedis } = await import('../../server/redis/connection');
  const { createContext } = await import('../../server/context');
  const { closeQueues } = await import('../../server/queue/queues');
  const { seedDemoAssemblies: seed } = await import('../../server/seed/demoAssemblies');
  const redis = connectRedis(config.REDIS_URL);
  const ctx = createContext(redis, config, { now: () => now });
  await seed(ctx, now);
  await closeQueues(ctx.queues);
  redis.disconnect();
}

/** A browser's room connection, as the client opens it. */
export type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Opens a room connection to the web process on `port` with a person's session cookie; resolves once connected. */
export async function roomSocket(port: number, cookie: string): Promise<RoomClient> {
  const socket: RoomClient = connect(`http://127.0.0.1:${port}`, {
    transports: ['websocket'],
    extraHeaders: { cookie },
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}
