import type { Redis } from 'ioredis';
import type { MinutesVersion } from '@shared/schemas/minutesApproval';
import type { RedisKeys } from './keys';
import { auditRecord, type AuditEntry } from './audit';

/** A version as stored, with the exact JSON written (what the audit trail's record vouches for). */
export interface StoredMinutes {
  version: MinutesVersion;
  json: string;
}

/** What a write of a draft came to. */
export type DraftWrite = 'saved' | 'changed_meanwhile' | 'published' | 'missing';
const draftWrites: Record<string, DraftWrite> = {
  '1': 'saved',
  '0': 'changed_meanwhile',
  '-1': 'published',
  '-2': 'missing',
};

/**
 * The versions of each assembly's minutes: numbered from 1, drafts changed in place, published
 * ones frozen. Every write lands with the audit link that records the exact JSON stored.
 */
export function minutesStore(redis: Redis, keys: RedisKeys) {
  const parse = (json: string): StoredMinutes => ({ version: JSON.parse(json) as MinutesVersion, json });
  const audited = (assemblyId: string, version: number, json: string, entry: AuditEntry) =>
    JSON.stringify({ ...entry, records: [auditRecord(keys, keys.minutes(assemblyId), String(version), json)] });
  const scriptKeys = (assemblyId: string) => [keys.minutes(assemblyId), keys.audit, keys.auditHead] as const;
  return {
    /** Every version, oldest first. */
    async versions(assemblyId: string): Promise<StoredMinutes[]> {
      const all = await redis.hvals(keys.minutes(assemblyId));
      return all.map(parse).sort((a, b) => a.version.version - b.version.version);
    },

    async version(assemblyId: string, version: number): Promise<StoredMinutes | null> {
      const json = await redis.hget(keys.minutes(assemblyId), String(version));
      return json ? parse(json) : null;
    },

    /** Stores version 1 unless there is one: a retried job or a second worker drafts once. */
    async draftFirst(assemblyId: string, json: string, entry: AuditEntry): Promise<boolean> {
      return (await redis.draftMinutesOnce(...scriptKeys(assemblyId), json, audited(assemblyId, 1, json, entry))) === 1;
    },

    /** Stores a correction as version `version`; refused when another came first or the latest is still a draft. */
    async addCorrection(
      assemblyId: string,
      version: number,
      json: string,
      entry: AuditEntry,
    ): Promise<'saved' | 'taken' | 'draft_pending'> {
      const stored = await redis.addMinutesCorrection(
        ...scriptKeys(assemblyId),
        String(version),
        json,
        audited(assemblyId, version, json, entry),
      );
      return stored === 1 ? 'saved' : stored === -1 ? 'draft_pending' : 'taken';
    },

    /** Replaces a draft read at `revision`; a published version is never written again. */
    async replaceDraft(
      assemblyId: string,
      version: number,
      revision: number,
      json: string,
      entry: AuditEntry,
    ): Promise<DraftWrite> {
      const stored = await redis.replaceMinutesDraft(
        ...scriptKeys(assemblyId),
        String(version),
        String(revision),
        json,
        audited(assemblyId, version, json, entry),
      );
      return draftWrites[String(stored)] ?? 'missing';
    },
  };
}
export type MinutesStore = ReturnType<typeof minutesStore>;
