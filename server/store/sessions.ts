import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';

export interface Session {
  personId: string;
  createdAt: string;
  /** A session opened by a personal link reaches only that assembly; null for a full sign-in. */
  scope: string | null;
}

/** How long a session lasts without signing in again. */
export const sessionSeconds = 30 * 24 * 3600;

/** How long a session opened by a link may last at `now`: no longer than the link itself, nor than any session. */
export function sessionSecondsUntil(expiresAt: number, now: Date): number {
  return Math.max(1, Math.min(sessionSeconds, expiresAt - Math.floor(now.getTime() / 1000)));
}

/** Signed-in sessions, looked up by the random id in the person's cookie. */
export function sessionStore(redis: Redis, keys: RedisKeys) {
  return {
    /** Opens a session for `seconds` (a personal link's session ends with its link). */
    async create(
      personId: string,
      now: Date,
      scope: string | null = null,
      seconds: number = sessionSeconds,
    ): Promise<string> {
      const sessionId = randomBytes(32).toString('base64url');
      const session: Session = { personId, createdAt: now.toISOString(), scope };
      await redis
        .multi()
        .set(keys.session(sessionId), JSON.stringify(session), 'EX', seconds)
        .sadd(keys.personSessions(personId), sessionId)
        .expire(keys.personSessions(personId), sessionSeconds)
        .exec();
      return sessionId;
    },

    async get(sessionId: string): Promise<Session | null> {
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(sessionId)) return null;
      const json = await redis.get(keys.session(sessionId));
      return json ? (JSON.parse(json) as Session) : null;
    },

    /** Ends one session; answers whose it was, if it was still open. */
    async end(sessionId: string): Promise<Session | null> {
      const session = await this.get(sessionId);
      const tx = redis.multi().del(keys.session(sessionId));
      if (session) tx.srem(keys.personSessions(session.personId), sessionId);
      await tx.exec();
      return session;
    },

    /** Ends every session of a person, on every device; answers their ids. */
    async endAll(personId: string): Promise<string[]> {
      const ids = await redis.smembers(keys.personSessions(personId));
      await redis
        .multi()
        .del(...ids.map((id) => keys.session(id)), keys.personSessions(personId))
        .exec();
      return ids;
    },
  };
}
export type SessionStore = ReturnType<typeof sessionStore>;
