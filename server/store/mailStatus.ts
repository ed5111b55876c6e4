import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';

/** The worker's last look at its mail transport, kept for the health page of any web process. */
export interface MailStatus {
  ok: boolean;
  mode: 'outbox' | 'relay';
  checkedAt: string;
  message?: string;
}

export function mailStatusStore(redis: Redis, keys: RedisKeys) {
  return {
    async record(status: MailStatus): Promise<void> {
      await redis.set(keys.mailStatus, JSON.stringify(status));
    },
    async read(): Promise<MailStatus | null> {
      const json = await redis.get(keys.mailStatus);
      return json ? (JSON.parse(json) as MailStatus) : null;
    },
  };
}
export type MailStatusStore = ReturnType<typeof mailStatusStore>;
