import type { Redis } from 'ioredis';
import type { OutboxMessage, OutboxSummary } from '@shared/api/service';
import type { RedisKeys } from './keys';

/** How many received messages the built-in outbox keeps (oldest dropped first). */
export const outboxCapacity = 20_000;

/** The built-in outbox: what the embedded SMTP receiver got, for a person to read at /outbox. */
export function outboxStore(redis: Redis, keys: RedisKeys) {
  return {
    /** Keeps a message; one whose Message-ID arrived already (a retried send) is dropped, as a mailbox would. */
    async add(message: Omit<OutboxMessage, 'id'>, messageId: string | null = null): Promise<string> {
      if (messageId && (await redis.set(keys.outboxSeen(messageId), '1', 'EX', 30 * 86_400, 'NX')) === null) return '';
      const id = await redis.xadd(
        keys.outbox,
        'MAXLEN',
        '~',
        String(outboxCapacity),
        '*',
        'message',
        JSON.stringify(message),
      );
      return id ?? '';
    },

    async latest(count = 200): Promise<OutboxSummary[]> {
      const entries = await redis.xrevrange(keys.outbox, '+', '-', 'COUNT', count);
      return entries.map(([id, fields]) => {
        const { receivedAt, from, to, subject } = parse(fields);
        return { id, receivedAt, from, to, subject };
      });
    },

    async get(id: string): Promise<OutboxMessage | null> {
      if (!/^\d+-\d+$/.test(id)) return null;
      const [entry] = await redis.xrange(keys.outbox, id, id);
      return entry ? { id: entry[0], ...parse(entry[1]) } : null;
    },

    async count(): Promise<number> {
      return redis.xlen(keys.outbox);
    },
  };
}

function parse(fields: string[]): Omit<OutboxMessage, 'id'> {
  return JSON.parse(fields[1] ?? '{}') as Omit<OutboxMessage, 'id'>;
}

export type OutboxStore = ReturnType<typeof outboxStore>;
