import type { Redis } from 'ioredis';
import type { DuesPayment } from '@shared/schemas/dues';
import { writeAudited, type AuditEntry } from './audit';
import type { RedisKeys } from './keys';

/** The dues payments the secretariat recorded (R.9); one removed by mistake stays in the audit trail. */
export function duesPaymentStore(redis: Redis, keys: RedisKeys) {
  return {
    /** Stores the payment and its audit entry in one step. */
    async add(payment: DuesPayment, entry: AuditEntry): Promise<void> {
      await writeAudited(redis, keys, [['HSET', keys.duesPayments, payment.id, JSON.stringify(payment)]], entry);
    },

    async get(id: string): Promise<DuesPayment | null> {
      const json = await redis.hget(keys.duesPayments, id);
      return json === null ? null : (JSON.parse(json) as DuesPayment);
    },

    /** Takes the payment out of the count, with the audit entry that keeps what it was, in one step. */
    async remove(payment: DuesPayment, entry: AuditEntry): Promise<void> {
      await writeAudited(redis, keys, [['HDEL', keys.duesPayments, payment.id]], entry);
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
