import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';

export interface RateVerdict {
  allowed: boolean;
  /** Seconds until the window resets, when refused. */
  retryAfter: number;
}

/** Fixed-window counters: at most `limit` hits per `windowSeconds` for one subject of one scope. */
export function rateLimitStore(redis: Redis, keys: RedisKeys) {
  return {
    async hit(scope: string, subject: string, limit: number, windowSeconds: number): Promise<RateVerdict> {
      const key = keys.rate(scope, subject);
      const [[, count], , [, ttl]] = (await redis
        .multi()
        .incr(key)
        .expire(key, windowSeconds, 'NX')
        .ttl(key)
        .exec()) as [[null, number], [null, number], [null, number]];
      return { allowed: count <= limit, retryAfter: count <= limit ? 0 : Math.max(1, ttl) };
    },
  };
}
export type RateLimitStore = ReturnType<typeof rateLimitStore>;
