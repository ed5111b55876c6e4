import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../process/freePort';
import { isAlive } from '../process/isAlive';

export class RedisNotInstalledError extends Error {
  override name = 'RedisNotInstalledError';
  constructor() {
    super(
      [
        'Agora needs redis-server and none was found on the PATH.',
        'Install it, then start again:',
        '  Debian / Ubuntu:  sudo apt-get install -y redis-server   (or: npm run setup)',
        '  macOS (Homebrew): brew install redis',
        'Or point Agora at a Redis you already run: REDIS_URL=redis://host:6379 npm start',
      ].join('\n'),
    );
  }
}

export interface EmbeddedRedis {
  url: string;
  port: number;
  process: ChildProcess;
  /** Asks redis-server to write its data and exit, and waits until it has. */
  stop(): Promise<void>;
}

export interface EmbeddedRedisOptions {
  /** Folder for the append-only file and the pid file. */
  dir: string;
  port?: number;
  /** Durable by default (AOF, fsync on every write). Throw-away test servers turn it off. */
  persistent?: boolean;
  /** Extra `--name value` settings, e.g. for a test that needs another eviction policy. */
  settings?: Record<string, string>;
}

/** Finds redis-server on the PATH (and in sbin folders, which a user's PATH may lack). */
export function findRedisServer(env: NodeJS.ProcessEnv = process.env): string | null {
  const folders = [...(env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const folder of folders) {
    if (!folder) continue;
    const candidate = join(folder, 'redis-server');
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Starts a private redis-server child on a free loopback port, with AOF (`appendfsync always`) and
 * `noeviction`, so an acknowledged vote or message survives a crash of Agora or of Redis itself.
 */
export async function startEmbeddedRedis(options: EmbeddedRedisOptions): Promise<EmbeddedRedis> {
  const binary = findRedisServer();
  if (!binary) throw new RedisNotInstalledError();
  const dir = resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const pidFile = join(dir, 'redis.pid');
  await stopLeftover(pidFile);

  const port = options.port ?? (await freePort());
  const persistent = options.persistent ?? true;
  const settings: Record<string, string> = {
    port: String(port),
    bind: '127.0.0.1',
    'protected-mode': 'yes',
    dir,
    pidfile: pidFile,
    daemonize: 'no',
    'maxmemory-policy': 'noeviction',
    appendonly: persistent ? 'yes' : 'no',
    appendfsync: 'always',
    // Ten event-loop rounds a second by default: a blocked BullMQ worker waiting for the next timed
    // job (a room opening) would be woken up to 100 ms late. A hundred keeps it within 10 ms.
    hz: '100',
    save: '',
    loglevel: 'warning',
    logfile: '',
    ...options.settings,
  };
  const args = Object.entries(settings).flatMap(([name, value]) => [`--${name}`, value]);
  // Its own process group: Ctrl-C reaches Agora first, which stops Redis last, after its users.
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const url = `redis://127.0.0.1:${port}`;
  const ready = await waitUntilReady(url, exited);
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`redis-server did not start (port ${port}, data in ${dir}):\n${output.trim()}`);
  }
  // Other commands of the install (export, import) find this server by its port while it runs.
  writeFileSync(join(dir, portFileName), `${port}\n`);

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM'); // redis-server writes its AOF and exits cleanly on SIGTERM
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };
  return { url, port, process: child, stop };
}

const portFileName = 'redis.port';

export class EmbeddedRedisUnreachableError extends Error {
  override name = 'EmbeddedRedisUnreachableError';
}

/**
 * The redis-server that `npm start` runs on a data folder, when one is running: its pid file
 * names a live redis-server, and the server on the recorded port says it is that process.
 * Null when none runs. A running one whose port is unknown is never stopped: that is an error.
 */
export async function runningEmbeddedRedis(dir: string): Promise<{ url: string; pid: number } | null> {
  const pidFile = join(resolve(dir), 'redis.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isRedisProcess(pid)) return null;
  const portFile = join(resolve(dir), portFileName);
  const port = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8').trim()) : NaN;
  if (Number.isInteger(port) && port > 0) {
    const url = `redis://127.0.0.1:${port}`;
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => {});
    try {
      await client.connect();
      if (/^process_id:(\d+)\s*$/m.exec(await client.info('server'))?.[1] === String(pid)) return { url, pid };
    } catch {
      // not that server: reported below
    } finally {
      client.disconnect();
    }
  }
  throw new EmbeddedRedisUnreachableError(
    `A redis-server (pid ${pid}) is running on ${resolve(dir)} but its port is unknown. Stop Agora (Ctrl-C) and run the command again, or set REDIS_URL to that server.`,
  );
}

async function waitUntilReady(url: string, exited: Promise<number | null>): Promise<boolean> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && !hasExited) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => {});
    try {
      await client.connect();
      // While it replays a large AOF, Redis answers LOADING; wait for a real PONG.
      if ((await client.ping()) === 'PONG') return true;
    } catch {
      // not yet listening, or still loading
    } finally {
      client.disconnect();
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  return false;
}

/** A previous run killed without warning may have left its redis-server running on our data. */
async function stopLeftover(pidFile: string): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isRedisProcess(pid)) {
    rmSync(pidFile, { force: true });
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && isAlive(pid)) await new Promise((done) => setTimeout(done, 50));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function isRedisProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('redis-server');
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}
