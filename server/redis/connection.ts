import { Redis, type RedisOptions } from 'ioredis';
import { ConfigError, type Config } from '../config';
import { storeScripts } from '../store/scripts';

export class RedisPolicyError extends Error {
  override name = 'RedisPolicyError';
}

/** Redis behind Sentinel: the sentinels that name the current primary, and the name they know it by. */
export interface SentinelTarget {
  sentinels: Array<{ host: string; port: number }>;
  name: string;
  password?: string;
  sentinelPassword?: string;
}

/** Where Agora's Redis is: one server's URL, or the sentinels of a primary and its replicas. */
export type RedisTarget = string | SentinelTarget;

type RedisSettings = Pick<
  Config,
  'REDIS_URL' | 'REDIS_SENTINELS' | 'REDIS_SENTINEL_NAME' | 'REDIS_PASSWORD' | 'REDIS_SENTINEL_PASSWORD'
>;

/** The Redis the configuration names, or null when none is (`npm start` then runs its own). */
export function redisTargetOf(config: RedisSettings): RedisTarget | null {
  if (config.REDIS_SENTINELS) {
    return {
      sentinels: config.REDIS_SENTINELS.split(',').map((entry) => {
        const [host = '', port = ''] = entry.trim().split(':');
        return { host, port: Number(port) };
      }),
      name: config.REDIS_SENTINEL_NAME,
      password: config.REDIS_PASSWORD,
      sentinelPassword: config.REDIS_SENTINEL_PASSWORD,
    };
  }
  return config.REDIS_URL ?? null;
}

/** The Redis a process run on its own needs (`npm run start:web`, `start:worker`): refused clearly when none is named. */
export function requireRedisTarget(config: RedisSettings, process: 'web process' | 'worker'): RedisTarget {
  const target = redisTargetOf(config);
  if (target) return target;
  throw new ConfigError(
    `The ${process} alone needs REDIS_URL (e.g. REDIS_URL=redis://127.0.0.1:6379) or REDIS_SENTINELS. Use "npm start" to run everything with its own Redis.`,
  );
}

/** How a message names the Redis, without its password. */
export function describeRedis(target: RedisTarget): string {
  if (typeof target === 'string') return redactUrl(target);
  return `the primary "${target.name}" of the sentinels ${target.sentinels.map(({ host, port }) => `${host}:${port}`).join(', ')}`;
}

/**
 * How ioredis reaches a primary through its sentinels: it asks them where the primary is, checks
 * the server it reaches says "master", asks again after every disconnection, and reconnects when
 * a write meets a demoted primary (READONLY), so every connection — BullMQ's and the Socket.IO
 * adapter's duplicates included — follows the failover. Not ioredis's `failoverDetector`: when the
 * sentinels announce the new primary while a connection is still looking for one (the primary
 * died), it ends that connection for good instead of letting it find the new one.
 */
function sentinelOptions(target: SentinelTarget): RedisOptions {
  return {
    sentinels: target.sentinels,
    name: target.name,
    role: 'master',
    password: target.password,
    sentinelPassword: target.sentinelPassword,
    // Tried again every 100 ms at first, then every half second: a failover takes seconds.
    retryStrategy: (attempt) => Math.min(attempt * 100, 500),
    sentinelRetryStrategy: (attempt) => Math.min(attempt * 100, 500),
    reconnectOnError: (error) => (/READONLY/.test(error.message) ? 2 : false),
  };
}

/**
 * A Redis connection for Agora's stores, with their Lua scripts defined as commands (its
 * duplicates inherit them). `maxRetriesPerRequest: null` lets commands wait through a Redis
 * restart or a failover instead of failing at once (BullMQ requires it for its blocking
 * connections too).
 */
export function connectRedis(target: RedisTarget, options: RedisOptions = {}): Redis {
  const defaults: RedisOptions = { maxRetriesPerRequest: null, enableReadyCheck: true, scripts: storeScripts };
  const client =
    typeof target === 'string'
      ? new Redis(target, { ...defaults, ...options })
      : new Redis({ ...defaults, ...sentinelOptions(target), ...options });
  client.on('error', () => {
    // ioredis reconnects by itself; callers see failed commands, health reports the state.
  });
  return client;
}

/** A connection to each sentinel, for what they say of the primary (the health page); none with one Redis. */
export function connectSentinels(target: RedisTarget): Redis[] {
  if (typeof target === 'string') return [];
  return target.sentinels.map(({ host, port }) => {
    const client = new Redis({
      host,
      port,
      password: target.sentinelPassword,
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1000,
      retryStrategy: () => 1000,
    });
    client.on('error', () => {});
    return client;
  });
}

/**
 * A connection for answering people: while Redis cannot be reached its commands fail at once (the
 * request is refused with 503, see `isRedisUnavailable`) instead of waiting, and a command in
 * flight when the connection dropped fails too rather than being sent again later. Resolves once
 * connected.
 */
export async function connectRedisForRequests(target: RedisTarget): Promise<Redis> {
  const client = connectRedis(target, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  if (client.status !== 'ready') await new Promise<void>((resolve) => client.once('ready', () => resolve()));
  return client;
}

/** Whether a command failed because Redis could not be reached, rather than because of what it asked. */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'MaxRetriesPerRequestError') return true;
  return /enableOfflineQueue|Connection is closed|aborted due to connection close|ECONNREFUSED|ECONNRESET|EPIPE|READONLY|LOADING|MASTERDOWN/.test(
    error.message,
  );
}

/** The parts of INFO that say whether Agora's data is safe on this server. */
export interface RedisSafety {
  maxmemoryPolicy: string;
  appendOnly: boolean;
  version: string;
  /** Event-loop rounds a second: how precisely a blocked worker wakes for the next timed job. */
  hz: number;
}

export async function readRedisSafety(client: Redis): Promise<RedisSafety> {
  const info = await client.info();
  const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
  return {
    maxmemoryPolicy: field('maxmemory_policy'),
    appendOnly: field('aof_enabled') === '1',
    version: field('redis_version'),
    hz: Number(field('configured_hz') || field('hz')),
  };
}

/**
 * Refuses a Redis that may delete keys when memory is full: it would silently drop votes,
 * messages and queued convocations. Returns warnings for what is risky but allowed.
 */
export async function checkRedisServer(client: Redis, target: RedisTarget): Promise<string[]> {
  const safety = await readRedisSafety(client);
  const where = describeRedis(target);
  if (safety.maxmemoryPolicy.startsWith('allkeys-')) {
    throw new RedisPolicyError(
      [
        `Agora will not use the Redis at ${where}: its maxmemory-policy is "${safety.maxmemoryPolicy}".`,
        'With that policy Redis deletes any key when memory runs out, so votes, messages and queued',
        'convocations could vanish. Set "maxmemory-policy noeviction" in redis.conf (or run',
        '"CONFIG SET maxmemory-policy noeviction" and "CONFIG REWRITE") and start Agora again.',
      ].join('\n'),
    );
  }
  const warnings: string[] = [];
  if (safety.maxmemoryPolicy !== 'noeviction') {
    warnings.push(
      `Redis at ${where} uses maxmemory-policy "${safety.maxmemoryPolicy}"; "noeviction" is recommended (keys with an expiry, such as sessions, may be dropped).`,
    );
  }
  if (!safety.appendOnly) {
    warnings.push(
      `Redis at ${where} runs without the append-only file: an acknowledged vote could be lost if Redis crashes. Set "appendonly yes" and "appendfsync always".`,
    );
  }
  if (safety.hz > 0 && safety.hz < 100) {
    warnings.push(
      `Redis at ${where} runs with hz ${safety.hz}: a room's opening or close can be announced up to ${Math.round(1000 / safety.hz)} ms late. Set "hz 100" for announcements within 10 ms.`,
    );
  }
  return warnings;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return 'the configured address';
  }
}
