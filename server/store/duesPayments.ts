import type { Redis } from 'ioredis';
import type { DuesPayment } from '@shared/schemas/dues';
import type { RedisKeys } from './keys';

/** The dues payments the secretariat recorded (R.9), kept for ever. */
export function duesPaymentStore(redis: Redis, keys: RedisKeys) {
  return {
    async add(payment: DuesPayment): Promise<void> {
      await redis.hset(keys.duesPayments, payment.id, JSON.stringify(payment));
    },

    /** The payments for `year`, oldest recorded first. */
    async forYear(year: number): Promise<DuesPayment[]> {
      const all = Object.values(await redis.hgetall(keys.duesPayments)).map((json) => JSON.parse(json) as DuesPayment);
      return all
        .filter((payment) => payment.year === year)
        .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
    },
  };
}

export type DuesPaymentStore = ReturnType<typeof duesPaymentStore>;
