import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';
import type { Operation } from './versioned';
import type { AuditEntry, AuditRecord } from '@shared/api/audit';

/** Changing a recorded value behind the app's back no longer matches the latest entry that names it. */
export type { AuditEntry, AuditRecord };

/** One link of the chain as stored: its number, the previous link's hash, its own, the entry. */
export interface AuditLink {
  /** The stream id (its time of writing). */
  id: string;
  seq: number;
  prev: string;
  hash: string;
  /** The entry exactly as written: the hash covers these characters. */
  json: string;
}

/** Where the chain stands: the number and hash of its last link, printed in the minutes. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** The hash before the first link (scripts/includes/auditAppend.lua writes it out too). */
export const genesisHash = '0'.repeat(64);

/** A link's hash: SHA-256 of the previous hash, the link's number and the entry's characters. */
export const linkHash = (prev: string, seq: number, json: string) =>
  createHash('sha256').update(`${prev}\n${seq}\n${json}`).digest('hex');

export const digestOf = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

/** A stream entry's fields as the link they hold. */
export function linkOf([id, fields]: [string, string[]]): AuditLink {
  const value: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) value[fields[i] as string] = fields[i + 1] as string;
  return { id, seq: Number(value.seq ?? 0), prev: value.prev ?? '', hash: value.hash ?? '', json: value.entry ?? '{}' };
}

/** A record of a value about to be written under `key` (and `field`), for an entry's records. */
export function auditRecord(
  keys: RedisKeys,
  key: string,
  field: string | undefined,
  value: string | Buffer,
): AuditRecord {
  const relative = key.startsWith(`${keys.prefix}:`) ? key.slice(keys.prefix.length + 1) : key;
  return field === undefined
    ? { key: relative, digest: digestOf(value) }
    : { key: relative, field, digest: digestOf(value) };
}

/**
 * Makes the writes and appends the entry that records them in one atomic step: a crash never
 * leaves a change without its link, or a link without its change.
 */
export async function writeAudited(
  redis: Redis,
  keys: RedisKeys,
  operations: Operation[],
  entry: AuditEntry,
): Promise<void> {
  await redis.writeAudited(keys.audit, keys.auditHead, JSON.stringify(operations), JSON.stringify(entry));
}

/** The audit trail: an append-only stream where each entry is chained to the one before. */
export function auditStore(redis: Redis, keys: RedisKeys) {
  return {
    /** Appends one entry as the next link (changes that write state put theirs in the same script). */
    async append(entry: AuditEntry): Promise<void> {
      await redis.appendAuditEntry(keys.audit, keys.auditHead, JSON.stringify(entry));
    },

    /** A record of a value about to be written under `key` (and `field`), for an entry's records. */
    record: (key: string, field: string | undefined, value: string | Buffer) => auditRecord(keys, key, field, value),

    /** The last link: its number and hash (zero and the genesis hash when nothing was written). */
    async head(): Promise<ChainHead> {
      const [seq, hash] = await redis.hmget(keys.auditHead, 'seq', 'hash');
      return { seq: Number(seq ?? 0), hash: hash ?? genesisHash };
    },

    /** Every link, oldest first, a page at a time. */
    async *links(): AsyncGenerator<AuditLink> {
      let start = '-';
      for (;;) {
        const batch = (await redis.xrange(keys.audit, start, '+', 'COUNT', 1000)) as Array<[string, string[]]>;
        for (const entry of batch) yield linkOf(entry);
        if (batch.length < 1000) return;
        start = `(${batch[batch.length - 1]?.[0]}`;
      }
    },

    /** The newest entries first, optionally only those about one subject ("member:57"). */
    async latest(options: { count?: number; subject?: string } = {}): Promise<Array<AuditEntry & { id: string }>> {
      const wanted = options.count ?? 100;
      const found: Array<AuditEntry & { id: string }> = [];
      let end = '+';
      while (found.length < wanted) {
        const batch = (await redis.xrevrange(keys.audit, end, '-', 'COUNT', 500)) as Array<[string, string[]]>;
        for (const raw of batch) {
          const link = linkOf(raw);
          const entry = JSON.parse(link.json) as AuditEntry;
          if (!options.subject || entry.subject === options.subject) found.push({ id: link.id, ...entry });
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
