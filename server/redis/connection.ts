import { Redis, type RedisOptions } from 'ioredis';
import { storeScripts } from '../store/scripts';

export class RedisPolicyError extends Error {
  override name = 'RedisPolicyError';
}

/**
 * A Redis connection for Agora's stores, with their Lua scripts defined as commands (its
 * duplicates inherit them). `maxRetriesPerRequest: null` lets commands wait through a Redis
 * restart instead of failing at once (BullMQ requires it for its blocking connections too).
 */
export function connectRedis(url: string, options: RedisOptions = {}): Redis {
  const client = new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    scripts: storeScripts,
    ...options,
  });
  client.on('error', () => {
    // ioredis reconnects by itself; callers see failed commands, health reports the state.
  });
  return client;
}

/**
 * A connection for answering people: while Redis cannot be reached its commands fail at once (the
 * request is refused with 503, see `isRedisUnavailable`) instead of waiting, and a command in
 * flight when the connection dropped fails too rather than being sent again later. Resolves once
 * connected.
 */
export async function connectRedisForRequests(url: string): Promise<Redis> {
  const client = connectRedis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  if (client.status !== 'ready') await new Promise<void>((resolve) => client.once('ready', () => resolve()));
  return client;
}

/** Whether a command failed because Redis could not be reached, rather than because of what it asked. */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'MaxRetriesPerRequestError') return true;
  return /enableOfflineQueue|Connection is closed|ECONNREFUSED|ECONNRESET|EPIPE/.test(error.message);
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
export async function checkRedisServer(client: Redis, url: string): Promise<string[]> {
  const safety = await readRedisSafety(client);
  const where = redactUrl(url);
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
