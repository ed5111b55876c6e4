import type { Redis } from 'ioredis';
import type { OutboxMessage, OutboxSummary } from '@shared/api/service';
import type { RedisKeys } from './keys';

/** How many received messages the built-in outbox keeps (oldest dropped first). */
export const outboxCapacity = 20_000;

/** The built-in outbox: what the embedded SMTP receiver got, for a person to read at /outbox. */
export function outboxStore(redis: Redis, keys: RedisKeys) {
  /**
   * A page of the outbox, newest first, older than `before`: only the e-mails whose recipient or
   * subject holds every word of `q` (case and accents ignored). Reads the stream in chunks until
   * the page is full, so a search finds old e-mails too.
   */
  async function page(query: {
    q: string;
    before?: string;
    limit: number;
  }): Promise<{ messages: OutboxSummary[]; next: string | null }> {
    const words = fold(query.q).split(/\s+/).filter(Boolean);
    const matches = (summary: OutboxSummary) => {
      const haystack = fold(`${summary.to.join(' ')} ${summary.subject}`);
      return words.every((word) => haystack.includes(word));
    };
    const messages: OutboxSummary[] = [];
    let end = query.before ? `(${query.before}` : '+';
    const chunk = Math.max(query.limit + 1, 500);
    for (;;) {
      const entries = await redis.xrevrange(keys.outbox, end, '-', 'COUNT', chunk);
      for (const [id, fields] of entries) {
        const { receivedAt, from, to, subject } = parse(fields);
        const summary = { id, receivedAt, from, to, subject };
        if (!matches(summary)) continue;
        if (messages.length === query.limit) return { messages, next: messages.at(-1)!.id };
        messages.push(summary);
      }
      if (entries.length < chunk) return { messages, next: null };
      end = `(${entries.at(-1)![0]}`;
    }
  }

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
      return (await page({ q: '', limit: count })).messages;
    },

    page,

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

/** Text compared without case or accents. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function parse(fields: string[]): Omit<OutboxMessage, 'id'> {
  return JSON.parse(fields[1] ?? '{}') as Omit<OutboxMessage, 'id'>;
}

export type OutboxStore = ReturnType<typeof outboxStore>;
