import type { Redis } from 'ioredis';
import type { BallotChoice } from '@shared/schemas/ballot';
import type { Motion, MotionTally } from '@shared/schemas/voting';
import type { RedisKeys } from './keys';
import { auditRecord, writeAudited, type AuditEntry } from './audit';
import {
  castNamedBallots,
  readBox,
  saveTallyOnce,
  type BallotBoxSize,
  type ProxyUse,
  type BoxCast,
  type SecretVoter,
  type TallySave,
} from './ballotBox';

export type { SecretVoter };

/** A named ballot as stored: the member's vote, who cast it, when, and its receipt's hash. */
export interface NamedBallot {
  memberNo: number;
  choice: BallotChoice;
  castAs: 'own' | 'proxy';
  castByPersonId: string;
  castAt: string;
  receiptHash: string;
}

/** A named ballot as stored with its receipt, so that the person who cast it finds it on any device. */
export type StoredNamedBallot = NamedBallot & { receipt?: string };

/** A named ballot without its receipt: only the person who cast it reads that. */
const withoutReceipt = (json: string): NamedBallot => {
  const { receipt: _receipt, ...ballot } = JSON.parse(json) as StoredNamedBallot;
  return ballot;
};

const secretChoice = (entry: string): { receiptHash: string; choice: BallotChoice } => {
  const [receiptHash = '', choice = 'abstain'] = entry.split('|');
  return { receiptHash, choice: choice as BallotChoice };
};

/** The motions of an assembly, their ballots and their tallies. */
export function voteStore(redis: Redis, keys: RedisKeys) {
  return {
    /** Stores a motion (opened, or closed early) with the audit entry recording it. */
    async saveMotion(motion: Motion, entry: AuditEntry): Promise<void> {
      const json = JSON.stringify(motion);
      await writeAudited(redis, keys, [['HSET', keys.motions(motion.assemblyId), motion.id, json]], {
        ...entry,
        records: [auditRecord(keys, keys.motions(motion.assemblyId), motion.id, json)],
      });
    },

    async motions(assemblyId: string): Promise<Motion[]> {
      return (await redis.hvals(keys.motions(assemblyId)))
        .map((json) => JSON.parse(json) as Motion)
        .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    },

    async motion(assemblyId: string, motionId: string): Promise<Motion | null> {
      const json = await redis.hget(keys.motions(assemblyId), motionId);
      return json ? (JSON.parse(json) as Motion) : null;
    },

    /**
     * Stores named ballots together with the audit entry recording each: each replaces the
     * member's previous one, the history keeps all. Nothing once the motion is counted; a ballot
     * by proxy is left out when its proxy was revoked or its member voted itself meanwhile.
     */
    async castNamed(
      motionId: string,
      ballots: StoredNamedBallot[],
      entry: AuditEntry,
      proxies: ProxyUse,
    ): Promise<BoxCast> {
      const box = {
        ballots: keys.namedBallots(motionId),
        history: keys.ballotHistory(motionId),
        tally: keys.motionTally(motionId),
      };
      return castNamedBallots(
        redis,
        keys,
        box,
        ballots.map((ballot) => ({ memberNo: ballot.memberNo, castAs: ballot.castAs, json: JSON.stringify(ballot) })),
        entry,
        proxies,
      );
    },

    async namedBallots(motionId: string): Promise<NamedBallot[]> {
      return (await redis.hvals(keys.namedBallots(motionId))).map(withoutReceipt);
    },

    /** The receipts of the named ballots in force that `personId` cast (a later ballot's replaces an earlier one's). */
    async receiptsCastBy(
      motionId: string,
      personId: string,
    ): Promise<Array<{ memberNo: number; castAs: 'own' | 'proxy'; receipt: string }>> {
      return (await redis.hvals(keys.namedBallots(motionId)))
        .map((json) => JSON.parse(json) as StoredNamedBallot)
        .flatMap(({ memberNo, castAs, castByPersonId, receipt }) =>
          castByPersonId === personId && receipt ? [{ memberNo, castAs, receipt }] : [],
        );
    },

    async ballotHistory(motionId: string): Promise<NamedBallot[]> {
      return (await redis.lrange(keys.ballotHistory(motionId), 0, -1)).map(withoutReceipt);
    },

    /**
     * Every named ballot cast, replaced ones included, with the size of the history they are (what a
     * count needs: it reports the replacements). The history only grows: its length is its size.
     */
    async namedBallotBox(motionId: string): Promise<{ ballots: NamedBallot[]; box: BallotBoxSize }> {
      const ballots = await this.ballotHistory(motionId);
      return { ballots, box: { key: keys.ballotHistory(motionId), kind: 'list', size: ballots.length } };
    },

    async secretVoters(motionId: string): Promise<SecretVoter[]> {
      return (await redis.hvals(keys.secretVoters(motionId))).map((json) => JSON.parse(json) as SecretVoter);
    },

    async secretChoices(motionId: string): Promise<Array<{ receiptHash: string; choice: BallotChoice }>> {
      return (await redis.smembers(keys.secretChoices(motionId))).map(secretChoice);
    },

    /** A secret motion's choices, read with the number of voters they come from (what a count needs). */
    async secretBallotBox(
      motionId: string,
    ): Promise<{ choices: Array<{ receiptHash: string; choice: BallotChoice }>; box: BallotBoxSize }> {
      const { values, box } = await readBox(redis, ['smembers', keys.secretChoices(motionId)], {
        key: keys.secretVoters(motionId),
        kind: 'hash',
      });
      return { choices: values.map(secretChoice), box };
    },

    /**
     * Stores a motion's tally only if none is stored and the box still holds what was counted: a
     * second close or a second worker changes nothing, and a ballot that arrived meanwhile asks for a recount.
     */
    async saveTally(tally: MotionTally, entry: AuditEntry, box: BallotBoxSize): Promise<TallySave> {
      return saveTallyOnce(redis, keys, keys.motionTally(tally.motionId), JSON.stringify(tally), entry, box);
    },

    async tally(motionId: string): Promise<MotionTally | null> {
      const json = await redis.get(keys.motionTally(motionId));
      return json ? (JSON.parse(json) as MotionTally) : null;
    },
  };
}
export type VoteStore = ReturnType<typeof voteStore>;
