import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';

/** The links Agora issued and that can still be spent once, and the key that signs them. */
export function linkStore(redis: Redis, keys: RedisKeys) {
  let cached: string | null = null;
  return {
    /** The install's signing key: made once, shared by every process through Redis, kept once read. */
    async secret(): Promise<string> {
      if (cached) return cached;
      await redis.set(keys.linkSecret, randomBytes(32).toString('base64url'), 'NX');
      cached = (await redis.get(keys.linkSecret)) ?? '';
      return cached;
    },

    /** Records an issued link for `seconds`; the signed expiry inside the link is what counts. */
    async issue(linkId: string, personId: string, seconds: number): Promise<void> {
      await redis.set(keys.link(linkId), personId, 'EX', Math.max(1, Math.ceil(seconds)));
    },

    /** Spends a single-use link; false when it was spent already (or never issued). */
    async spend(linkId: string): Promise<boolean> {
      return (await redis.del(keys.link(linkId))) === 1;
    },
  };
}
export type LinkStore = ReturnType<typeof linkStore>;
