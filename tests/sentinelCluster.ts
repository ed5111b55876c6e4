import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../server/process/freePort';
import { findRedisServer } from '../server/redis/embeddedRedis';

/** One redis-server of the cluster (a data node or a sentinel), started from its own config file. */
interface Node {
  port: number;
  dir: string;
  conf: string;
  child: ChildProcess | null;
}

const client = (port: number) =>
  new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });

async function ask<T>(port: number, run: (redis: Redis) => Promise<T>): Promise<T | null> {
  const redis = client(port);
  redis.on('error', () => {});
  try {
    await redis.connect();
    return await run(redis);
  } catch {
    return null;
  } finally {
    redis.disconnect();
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until<T>(check: () => Promise<T | null | undefined>, what: string, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== null && value !== undefined) return value;
    await sleep(50);
  }
  throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
}

/**
 * On loopback: one primary and two replicas (durable as Agora runs Redis: AOF, fsync on every
 * write), and three sentinels (`redis-server --sentinel`, from the OS package) watching them with
 * a quorum of two, failing over within seconds (`down-after-milliseconds`, `failover-timeout`).
 */
export async function startSentinelCluster(
  options: { name?: string; downAfterMs?: number; failoverTimeoutMs?: number; replicas?: number } = {},
) {
  const binary = findRedisServer();
  if (!binary) throw new Error('redis-server is not installed');
  const name = options.name ?? 'agora';
  const downAfterMs = options.downAfterMs ?? 1000;
  const failoverTimeoutMs = options.failoverTimeoutMs ?? 2000;
  const root = mkdtempSync(join(tmpdir(), 'agora-sentinels-'));
  let stopped = false;

  const newNode = async (label: string): Promise<Node> => {
    const dir = join(root, label);
    mkdirSync(dir, { recursive: true });
    return { port: await freePort(), dir, conf: join(dir, 'redis.conf'), child: null };
  };
  const launch = async (node: Node, sentinel = false) => {
    const child = spawn(binary, sentinel ? [node.conf, '--sentinel'] : [node.conf], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    child.stderr?.on('data', () => {});
    node.child = child;
    await until(() => ask(node.port, (redis) => redis.ping()), `redis-server on port ${node.port}`, 10_000);
    if (stopped) await kill9(node);
  };
  const kill9 = async (node: Node) => {
    const child = node.child;
    node.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  const dataConf = (node: Node, primaryPort: number | null) =>
    [
      `port ${node.port}`,
      'bind 127.0.0.1',
      `dir ${node.dir}`,
      'daemonize no',
      'appendonly yes',
      'appendfsync always',
      'maxmemory-policy noeviction',
      'hz 100',
      'save ""',
      // A full copy to a new or returning replica starts at once, straight over the socket.
      'repl-diskless-sync yes',
      'repl-diskless-sync-delay 0',
      'loglevel warning',
      ...(primaryPort ? [`replicaof 127.0.0.1 ${primaryPort}`] : []),
      '',
    ].join('\n');

  const data: Node[] = [];
  for (let index = 0; index <= (options.replicas ?? 2); index++) data.push(await newNode(`redis-${index}`));
  const [first] = data as [Node];
  for (const node of data) {
    writeFileSync(node.conf, dataConf(node, node === first ? null : first.port));
    await launch(node);
  }
  const sentinels: Node[] = [];
  for (let index = 0; index < 3; index++) {
    const node = await newNode(`sentinel-${index}`);
    writeFileSync(
      node.conf,
      [
        `port ${node.port}`,
        'bind 127.0.0.1',
        `dir ${node.dir}`,
        'daemonize no',
        'loglevel warning',
        `sentinel monitor ${name} 127.0.0.1 ${first.port} 2`,
        `sentinel down-after-milliseconds ${name} ${downAfterMs}`,
        `sentinel failover-timeout ${name} ${failoverTimeoutMs}`,
        `sentinel parallel-syncs ${name} 2`,
        '',
      ].join('\n'),
    );
    sentinels.push(node);
    await launch(node, true);
  }

  /** The primary as the sentinels name it (the first that answers). */
  const primaryPort = async (): Promise<number | null> => {
    for (const sentinel of sentinels) {
      if (!sentinel.child) continue;
      const address = await ask(
        sentinel.port,
        (redis) => redis.call('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', name) as Promise<[string, string] | null>,
      );
      if (address) return Number(address[1]);
    }
    return null;
  };
  /** Every sentinel names `port`'s successor: a primary other than `port`, that says it is one. */
  const switchedFrom = async (port: number): Promise<number | null> => {
    const named = await Promise.all(
      sentinels.map((sentinel) =>
        ask(
          sentinel.port,
          (redis) => redis.call('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', name) as Promise<[string, string] | null>,
        ),
      ),
    );
    const ports = new Set(named.map((address) => (address ? Number(address[1]) : port)));
    const [next] = [...ports];
    if (ports.size !== 1 || next === undefined || next === port) return null;
    const role = await ask(next, (redis) => redis.call('ROLE') as Promise<[string]>);
    return role?.[0] === 'master' ? next : null;
  };
  const onlineReplicas = async (port: number): Promise<number> =>
    (await ask(port, async (redis) => [...(await redis.info('replication')).matchAll(/state=online/g)].length)) ?? 0;

  return {
    name,
    downAfterMs,
    failoverTimeoutMs,
    /** REDIS_SENTINELS for Agora's processes. */
    sentinels: sentinels.map((node) => `127.0.0.1:${node.port}`).join(','),
    primaryPort,
    onlineReplicas,
    /** Until the primary has every replica in sync (the state before any failure). */
    async untilSteady(ms = 30_000): Promise<number> {
      return until(
        async () => {
          const port = await primaryPort();
          return port && (await onlineReplicas(port)) === data.length - 1 ? port : null;
        },
        'the primary with every replica in sync',
        ms,
      );
    },
    /** kill -9 of the current primary; resolves with its port and the instant of the kill. */
    async killPrimary(): Promise<{ port: number; at: number }> {
      const port = await until(primaryPort, 'the sentinels to name a primary', 10_000);
      const node = data.find((candidate) => candidate.port === port)!;
      const at = Date.now();
      await kill9(node);
      return { port, at };
    },
    /** Until the sentinels agree on a new primary after `port` died; resolves with it. */
    untilSwitched(port: number, ms = 30_000): Promise<number> {
      return until(() => switchedFrom(port), `the sentinels to fail over from port ${port}`, ms);
    },
    /**
     * Starts a killed server again as a replica of the current primary, as an operator (or its
     * supervisor, after the failover) brings the old primary back: its config rewritten to follow
     * the new one, so it never serves its old data as a primary.
     */
    async restartAsReplica(port: number): Promise<void> {
      const node = data.find((candidate) => candidate.port === port)!;
      const primary = await until(primaryPort, 'the sentinels to name a primary', 10_000);
      const conf = readFileSync(node.conf, 'utf8')
        .split('\n')
        .filter((line) => !/^(replicaof|slaveof) /.test(line))
        .join('\n');
      writeFileSync(node.conf, `${conf}\nreplicaof 127.0.0.1 ${primary}\n`);
      await launch(node);
    },
    /** kill -9 of every replica: the primary is left alone. */
    async killReplicas(): Promise<void> {
      const primary = await until(primaryPort, 'the sentinels to name a primary', 10_000);
      await Promise.all(data.filter((node) => node.port !== primary).map(kill9));
    },
    /** Asks the sentinels for a failover now, the primary alive (a planned switch). */
    async failover(): Promise<void> {
      await ask(sentinels[0]!.port, (redis) => redis.call('SENTINEL', 'FAILOVER', name));
    },
    async stop(): Promise<void> {
      stopped = true;
      await Promise.all([...sentinels, ...data].map(kill9));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
export type SentinelCluster = Awaited<ReturnType<typeof startSentinelCluster>>;
