import type { Redis } from 'ioredis';
import type { ElectionRoundTally } from '@shared/schemas/election';
import type { MotionTally } from '@shared/schemas/voting';
import type { RedisKeys } from './keys';

/**
 * Keys whose every value must have been written through the app (with a link recording it),
 * relative to the install's prefix. Secret choices are not here: their links would tie a voter to a
 * choice; they are checked against the published tally's count and receipts instead.
 */
export const auditedFamilies = [
  'assembly:*:motions',
  'assembly:*:room:messages',
  'assembly:*:attendance',
  'assembly:*:proxies',
  'motion:*:ballots',
  'motion:*:voters',
  'motion:*:tally',
  'election:*:voters',
  'election:*:tally',
  'assembly:*:minutes',
  'text:*:versions',
];

/** A stored secret choice: the hash of its receipt and what it chose. */
export interface StoredChoice {
  receiptHash: string;
  choice: string;
}

/** Where a value is: a key relative to the install's prefix, and a field of a hash. */
export interface ValueAddress {
  key: string;
  field?: string;
}

/** The values the audit trail vouches for, read as they are stored now, for its verification. */
export function auditedValueStore(redis: Redis, keys: RedisKeys) {
  const full = (key: string) => `${keys.prefix}:${key}`;
  const relative = (key: string) => key.slice(keys.prefix.length + 1);
  const scan = async (pattern: string): Promise<string[]> => {
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', full(pattern), 'COUNT', 1000);
      found.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    return found.sort();
  };
  const choicesAt = async (key: string): Promise<StoredChoice[]> =>
    (await redis.smembers(key)).map((line) => ({
      receiptHash: line.split('|')[0] ?? '',
      choice: line.split('|')[1] ?? '',
    }));

  return {
    /** The values at these addresses, in the same order (null where nothing is stored). */
    async read(addresses: ValueAddress[]): Promise<Array<Buffer | null>> {
      const values: Array<Buffer | null> = [];
      for (let start = 0; start < addresses.length; start += 500) {
        // A batch in one round trip: a trail of many thousand values is checked in seconds.
        const reads = redis.pipeline();
        for (const { key, field } of addresses.slice(start, start + 500)) {
          if (field === undefined) reads.getBuffer(full(key));
          else reads.hgetBuffer(full(key), field);
        }
        values.push(...((await reads.exec()) ?? []).map(([error, value]) => (error ? null : (value as Buffer | null))));
      }
      return values;
    },

    /** Every value stored now in the audited families. */
    async stored(): Promise<ValueAddress[]> {
      const addresses: ValueAddress[] = [];
      for (const family of auditedFamilies) {
        for (const key of await scan(family)) {
          const fields = (await redis.type(key)) === 'hash' ? await redis.hkeys(key) : [undefined];
          for (const field of fields) addresses.push({ key: relative(key), field });
        }
      }
      return addresses;
    },

    /** Each published motion tally with the secret choices stored for it (none for a named vote). */
    async motionTallies(): Promise<Array<{ tally: MotionTally; choicesKey: string; choices: StoredChoice[] | null }>> {
      const found = [];
      for (const key of await scan('motion:*:tally')) {
        const tally = JSON.parse((await redis.get(key)) ?? 'null') as MotionTally | null;
        if (!tally) continue;
        const choicesKey = keys.secretChoices(tally.motionId);
        const secret = (await redis.exists(choicesKey)) === 1;
        found.push({ tally, choicesKey: relative(choicesKey), choices: secret ? await choicesAt(choicesKey) : null });
      }
      return found;
    },

    /** Each counted election round with the choices stored for it (null: an encrypted round). */
    async roundTallies(): Promise<
      Array<{ tally: ElectionRoundTally; choicesKey: string; choices: StoredChoice[] | null }>
    > {
      const found = [];
      for (const key of await scan('election:*:tally')) {
        const tally = JSON.parse((await redis.get(key)) ?? 'null') as ElectionRoundTally | null;
        if (!tally) continue;
        const choicesKey = keys.roundChoices(tally.electionId, tally.round);
        // An encrypted round keeps no choices: its Belenios ballots and archive stand for them.
        const clear = (await redis.exists(choicesKey)) === 1;
        found.push({ tally, choicesKey: relative(choicesKey), choices: clear ? await choicesAt(choicesKey) : null });
      }
      return found;
    },

    /** The secret votes counted from encrypted ballots (their box ids: a motion's, or `<electionId>.r<round>`). */
    async countedSecretBoxes(): Promise<string[]> {
      const boxes: string[] = [];
      for (const key of [...(await scan('motion:*:belenios')), ...(await scan('election:*:belenios'))]) {
        if (!(await redis.hexists(key, 'result'))) continue;
        const parts = relative(key).split(':');
        boxes.push(parts[0] === 'motion' ? parts[1]! : `${parts[1]}.r${parts[2]!.replace('round', '')}`);
      }
      return boxes;
    },

    /** Every stored version of every assembly's minutes, as written. */
    async minutesVersions(): Promise<Array<{ key: string; field: string; json: string }>> {
      const found = [];
      for (const key of await scan('assembly:*:minutes'))
        for (const [field, json] of Object.entries(await redis.hgetall(key)))
          found.push({ key: relative(key), field, json });
      return found;
    },
  };
}

export type AuditedValueStore = ReturnType<typeof auditedValueStore>;
