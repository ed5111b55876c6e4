import type { Redis } from 'ioredis';
import type { Operation } from './versioned';
import type { BallotChoice } from '@shared/schemas/ballot';
import type { Motion, MotionTally } from '@shared/schemas/voting';
import type { RedisKeys } from './keys';
import { auditAppendLua, auditRecord, writeAudited, type AuditEntry } from './audit';

/** A named ballot as stored: the member's vote, who cast it, when, and its receipt's hash. */
export interface NamedBallot {
  memberNo: number;
  choice: BallotChoice;
  castAs: 'own' | 'proxy';
  castByPersonId: string;
  castAt: string;
  receiptHash: string;
}

/** On a secret motion: that a member voted, how and when, never what. */
export interface SecretVoter {
  memberNo: number;
  castAs: 'own' | 'proxy';
  castAt: string;
}

/**
 * Records the secret votes of one action, all or none (motions and election rounds): each voter
 * in one place, each choice in an unordered set, and the audit link naming the voters. Returns
 * the member that had voted already, or 0 when all were stored.
 */
const castSecretAll = `${auditAppendLua}
local ballots = cjson.decode(ARGV[1])
for _, ballot in ipairs(ballots) do
  if redis.call('HEXISTS', KEYS[1], ballot[1]) == 1 then return tonumber(ballot[1]) end
end
for _, ballot in ipairs(ballots) do
  redis.call('HSET', KEYS[1], ballot[1], ballot[2])
  redis.call('SADD', KEYS[2], ballot[3])
end
audit_append(KEYS[3], KEYS[4], ARGV[2])
return 0
`;

/** Stores a value only if none is there, with its audit link; 1 when stored. */
const setOnceAudited = `${auditAppendLua}
if not redis.call('SET', KEYS[1], ARGV[1], 'NX') then return 0 end
audit_append(KEYS[2], KEYS[3], ARGV[2])
return 1
`;

/** A secret vote about to be stored: the voter (without the choice) and the unlinked "receiptHash|choice". */
export interface SecretBallot {
  voter: SecretVoter;
  line: string;
}

/**
 * Stores secret votes all or none, with one audit entry recording that the voters voted (their
 * records), never what: a member that had voted already is returned and nothing is stored.
 */
export async function castSecretBallots(redis: Redis, keys: RedisKeys, votersKey: string, choicesKey: string, ballots: SecretBallot[], entry: AuditEntry): Promise<number | null> {
  const rows = ballots.map(({ voter, line }) => [String(voter.memberNo), JSON.stringify(voter), line]);
  const records = rows.map(([memberNo, json]) => auditRecord(keys, votersKey, memberNo, json as string));
  const already = await redis.eval(castSecretAll, 4, votersKey, choicesKey, keys.audit, keys.auditHead, JSON.stringify(rows), JSON.stringify({ ...entry, records }));
  return already === 0 ? null : Number(already);
}

/** Stores a tally once, with the audit entry recording it: false when one was stored already. */
export async function saveTallyOnce(redis: Redis, keys: RedisKeys, key: string, json: string, entry: AuditEntry): Promise<boolean> {
  return (await redis.eval(setOnceAudited, 3, key, keys.audit, keys.auditHead, json, JSON.stringify({ ...entry, records: [auditRecord(keys, key, undefined, json)] }))) === 1;
}

/** The motions of an assembly, their ballots and their tallies. */
export function voteStore(redis: Redis, keys: RedisKeys) {
  return {
    /** Stores a motion (opened, or closed early) with the audit entry recording it. */
    async saveMotion(motion: Motion, entry: AuditEntry): Promise<void> {
      const json = JSON.stringify(motion);
      await writeAudited(redis, keys, [['HSET', keys.motions(motion.assemblyId), motion.id, json]], { ...entry, records: [auditRecord(keys, keys.motions(motion.assemblyId), motion.id, json)] });
    },

    async motions(assemblyId: string): Promise<Motion[]> {
      return (await redis.hvals(keys.motions(assemblyId))).map((json) => JSON.parse(json) as Motion).sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    },

    async motion(assemblyId: string, motionId: string): Promise<Motion | null> {
      const json = await redis.hget(keys.motions(assemblyId), motionId);
      return json ? (JSON.parse(json) as Motion) : null;
    },

    /**
     * Stores named ballots together with the audit entry recording each: each replaces the
     * member's previous one, the history keeps all.
     */
    async castNamed(motionId: string, ballots: NamedBallot[], entry: AuditEntry): Promise<void> {
      const operations: Operation[] = [];
      const records = ballots.map((ballot) => {
        const json = JSON.stringify(ballot);
        operations.push(['HSET', keys.namedBallots(motionId), String(ballot.memberNo), json], ['RPUSH', keys.ballotHistory(motionId), json]);
        return auditRecord(keys, keys.namedBallots(motionId), String(ballot.memberNo), json);
      });
      await writeAudited(redis, keys, operations, { ...entry, records });
    },

    async namedBallots(motionId: string): Promise<NamedBallot[]> {
      return (await redis.hvals(keys.namedBallots(motionId))).map((json) => JSON.parse(json) as NamedBallot);
    },

    async ballotHistory(motionId: string): Promise<NamedBallot[]> {
      return (await redis.lrange(keys.ballotHistory(motionId), 0, -1)).map((json) => JSON.parse(json) as NamedBallot);
    },

    /** Secret votes, all or none, once per member: the member that had voted already, or null. */
    async castSecret(motionId: string, ballots: Array<{ voter: SecretVoter; receiptHash: string; choice: BallotChoice }>, entry: AuditEntry): Promise<number | null> {
      const lines = ballots.map(({ voter, receiptHash, choice }) => ({ voter, line: `${receiptHash}|${choice}` }));
      return castSecretBallots(redis, keys, keys.secretVoters(motionId), keys.secretChoices(motionId), lines, entry);
    },

    async secretVoters(motionId: string): Promise<SecretVoter[]> {
      return (await redis.hvals(keys.secretVoters(motionId))).map((json) => JSON.parse(json) as SecretVoter);
    },

    async secretChoices(motionId: string): Promise<Array<{ receiptHash: string; choice: BallotChoice }>> {
      return (await redis.smembers(keys.secretChoices(motionId))).map((entry) => {
        const [receiptHash = '', choice = 'abstain'] = entry.split('|');
        return { receiptHash, choice: choice as BallotChoice };
      });
    },

    /** Stores a motion's tally only if none is stored: a second close, or a second worker, changes nothing. */
    async saveTally(tally: MotionTally, entry: AuditEntry): Promise<boolean> {
      return saveTallyOnce(redis, keys, keys.motionTally(tally.motionId), JSON.stringify(tally), entry);
    },

    async tally(motionId: string): Promise<MotionTally | null> {
      const json = await redis.get(keys.motionTally(motionId));
      return json ? (JSON.parse(json) as MotionTally) : null;
    },
  };
}
export type VoteStore = ReturnType<typeof voteStore>;
