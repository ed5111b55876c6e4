import type { Redis } from 'ioredis';
import type { RoomEvent, RoomMessage } from '@shared/schemas/room';
import { compareMessageIds as compareIds } from '@shared/rules/discussion';
import type { RedisKeys } from './keys';
import { standingOf, type StandingCount } from './standings';
import { auditRecord, type AuditEntry } from './audit';

/**
 * Where a new message's id goes in its audit entry, replaced by the id in scripts/postMessageOnce.lua
 * (written out there too): stream ids are digits and a dash, so this cannot clash, and it holds no
 * Lua pattern characters.
 */
const messageIdMark = '@message@id@';

export type StoredMessage = Omit<RoomMessage, 'id'>;

/** One assembly room's messages: a log of every change (the catch-up order) and their state. */
export function roomStore(redis: Redis, keys: RedisKeys) {
  const toEvent = ([cursor, fields]: [string, string[]]): RoomEvent => {
    if (fields[0] === 'post')
      return { cursor, message: { id: cursor, ...(JSON.parse(fields[1] ?? '{}') as StoredMessage) } };
    return { cursor, message: { id: fields[1] ?? '', ...(JSON.parse(fields[3] ?? '{}') as StoredMessage) } };
  };
  const store = {
    /** Stores the message and its audit entry before anyone is told; returns it and whether it is new. */
    async post(
      assemblyId: string,
      message: StoredMessage,
      entry: AuditEntry,
    ): Promise<{ created: boolean; event: RoomEvent }> {
      const json = JSON.stringify(message);
      const record = auditRecord(keys, keys.roomMessages(assemblyId), messageIdMark, json);
      const [created, id] = await redis.postMessageOnce(
        keys.roomLog(assemblyId),
        keys.roomMessages(assemblyId),
        keys.roomClientIds(assemblyId),
        keys.audit,
        keys.auditHead,
        message.clientId,
        json,
        JSON.stringify({ ...entry, records: [record] }),
      );
      const stored = created
        ? message
        : (JSON.parse((await redis.hget(keys.roomMessages(assemblyId), id)) ?? '{}') as StoredMessage);
      return { created: created === 1, event: { cursor: id, message: { id, ...stored } } };
    },

    /** The message a client's id created, if it was stored already (a resent message). */
    async byClientId(assemblyId: string, clientId: string): Promise<RoomMessage | null> {
      const id = await redis.hget(keys.roomClientIds(assemblyId), clientId);
      return id ? store.get(assemblyId, id) : null;
    },

    async get(assemblyId: string, messageId: string): Promise<RoomMessage | null> {
      const json = await redis.hget(keys.roomMessages(assemblyId), messageId);
      return json ? { id: messageId, ...(JSON.parse(json) as StoredMessage) } : null;
    },

    /** Replaces a message's state if it is still at the version read, with its audit entry; null when it changed meanwhile. */
    async change(
      assemblyId: string,
      message: RoomMessage,
      fromVersion: number,
      entry: AuditEntry,
    ): Promise<RoomEvent | null> {
      const { id, ...stored } = message;
      const json = JSON.stringify(stored);
      const audited = JSON.stringify({
        ...entry,
        records: [auditRecord(keys, keys.roomMessages(assemblyId), id, json)],
      });
      const cursor = await redis.changeMessageIfVersion(
        keys.roomLog(assemblyId),
        keys.roomMessages(assemblyId),
        keys.audit,
        keys.auditHead,
        id,
        String(fromVersion),
        json,
        audited,
      );
      return typeof cursor === 'string' ? { cursor, message } : null;
    },

    /** Every message in its current state, in posting order, and the cursor of the last change. */
    async all(assemblyId: string): Promise<{ messages: RoomMessage[]; cursor: string }> {
      const [[, entries], [, last]] = (await redis
        .multi()
        .hgetall(keys.roomMessages(assemblyId))
        .xrevrange(keys.roomLog(assemblyId), '+', '-', 'COUNT', 1)
        .exec()) as [[null, Record<string, string>], [null, Array<[string, string[]]>]];
      const messages = Object.entries(entries)
        .map(([id, json]) => ({ id, ...(JSON.parse(json) as StoredMessage) }))
        .sort((a, b) => compareIds(a.id, b.id));
      return { messages, cursor: last[0]?.[0] ?? '0' };
    },

    /** The changes after `cursor`, in order: what a client missed while away. */
    async after(assemblyId: string, cursor: string, count = 5000): Promise<RoomEvent[]> {
      const entries = (await redis.xrange(
        keys.roomLog(assemblyId),
        cursor === '0' ? '-' : `(${cursor}`,
        '+',
        'COUNT',
        count,
      )) as Array<[string, string[]]>;
      return entries.map(toEvent);
    },

    /**
     * Records the first time a member was present during the window, with one audit entry for the
     * members new to the register (the store adds them as the entry's "after", and their records);
     * later joins keep the first and write nothing.
     */
    async markPresent(
      assemblyId: string,
      entries: Array<{ memberNo: number; personId: string; at: string; via: 'own' | 'proxy' }>,
      entry: Omit<AuditEntry, 'after' | 'records'>,
    ): Promise<number> {
      if (entries.length === 0) return 0;
      const rows = entries.map((present) => {
        const json = JSON.stringify(present);
        return [
          String(present.memberNo),
          json,
          JSON.stringify(auditRecord(keys, keys.attendance(assemblyId), String(present.memberNo), json)),
        ];
      });
      return redis.markPresentOnce(
        keys.attendance(assemblyId),
        keys.audit,
        keys.auditHead,
        JSON.stringify(rows),
        JSON.stringify(entry),
      );
    },

    /** How many of the members present in an assembly's room have each standing (college and status). */
    async presentStandings(assemblyId: string): Promise<StandingCount[]> {
      const flat = await redis.presentStandings(keys.attendance(assemblyId), keys.memberStandings);
      const counts: StandingCount[] = [];
      for (let index = 0; index < flat.length; index += 2) {
        const standing = String(flat[index]);
        if (standing !== '') counts.push({ ...standingOf(standing), count: Number(flat[index + 1]) });
      }
      return counts;
    },

    /** Which of the members named are in an assembly's attendance register. */
    async presentAmong(assemblyId: string, memberNos: number[]): Promise<Set<number>> {
      if (memberNos.length === 0) return new Set();
      const found = await redis.hmget(keys.attendance(assemblyId), ...memberNos.map(String));
      return new Set(memberNos.filter((_memberNo, index) => found[index] !== null));
    },

    async attendance(
      assemblyId: string,
    ): Promise<Map<number, { memberNo: number; personId: string; at: string; via: 'own' | 'proxy' }>> {
      const all = await redis.hgetall(keys.attendance(assemblyId));
      return new Map(Object.entries(all).map(([memberNo, json]) => [Number(memberNo), JSON.parse(json)]));
    },
  };
  return store;
}

export type RoomStore = ReturnType<typeof roomStore>;
