import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';
import type { AuditEntry } from './register';

/** Reads the audit trail; entries are only ever appended, by the commands that change state. */
export function auditStore(redis: Redis, keys: RedisKeys) {
  return {
    /** Appends one entry (changes of the register write theirs inside their own transaction). */
    async append(entry: AuditEntry): Promise<void> {
      await redis.xadd(keys.audit, '*', 'entry', JSON.stringify(entry));
    },

    /** The newest entries first, optionally only those about one subject ("member:57"). */
    async latest(options: { count?: number; subject?: string } = {}): Promise<Array<AuditEntry & { id: string }>> {
      const wanted = options.count ?? 100;
      const found: Array<AuditEntry & { id: string }> = [];
      let end = '+';
      while (found.length < wanted) {
        const batch = await redis.xrevrange(keys.audit, end, '-', 'COUNT', 500);
        for (const [id, fields] of batch) {
          const entry = JSON.parse(fields[1] ?? '{}') as AuditEntry;
          if (!options.subject || entry.subject === options.subject) found.push({ id, ...entry });
          if (found.length >= wanted) break;
        }
        if (batch.length < 500) break;
        end = `(${batch[batch.length - 1]?.[0]}`;
      }
      return found;
    },
  };
}
export type AuditStore = ReturnType<typeof auditStore>;
