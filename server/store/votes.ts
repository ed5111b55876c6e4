import type { Redis } from 'ioredis';
import type { BallotChoice } from '@shared/schemas/ballot';
import type { Motion, MotionTally } from '@shared/schemas/voting';
import type { RedisKeys } from './keys';

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

/** Records a secret vote once: the voter in one place, the choice in an unordered set (motions and election rounds). */
export const castSecretOnce = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('SADD', KEYS[2], ARGV[3])
return 1
`;

/** The motions of an assembly, their ballots and their tallies. */
export function voteStore(redis: Redis, keys: RedisKeys) {
  return {
    async addMotion(motion: Motion): Promise<void> {
      await redis.hset(keys.motions(motion.assemblyId), motion.id, JSON.stringify(motion));
    },

    async motions(assemblyId: string): Promise<Motion[]> {
      return (await redis.hvals(keys.motions(assemblyId))).map((json) => JSON.parse(json) as Motion).sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    },

    async motion(assemblyId: string, motionId: string): Promise<Motion | null> {
      const json = await redis.hget(keys.motions(assemblyId), motionId);
      return json ? (JSON.parse(json) as Motion) : null;
    },

    /** Stores named ballots together: each replaces the member's previous one, the history keeps all. */
    async castNamed(motionId: string, ballots: NamedBallot[]): Promise<void> {
      const tx = redis.multi();
      for (const ballot of ballots) {
        tx.hset(keys.namedBallots(motionId), String(ballot.memberNo), JSON.stringify(ballot));
        tx.rpush(keys.ballotHistory(motionId), JSON.stringify(ballot));
      }
      await tx.exec();
    },

    async namedBallots(motionId: string): Promise<NamedBallot[]> {
      return (await redis.hvals(keys.namedBallots(motionId))).map((json) => JSON.parse(json) as NamedBallot);
    },

    async ballotHistory(motionId: string): Promise<NamedBallot[]> {
      return (await redis.lrange(keys.ballotHistory(motionId), 0, -1)).map((json) => JSON.parse(json) as NamedBallot);
    },

    /** A secret vote, once per member; false when the member had voted already. */
    async castSecret(motionId: string, voter: SecretVoter, receiptHash: string, choice: BallotChoice): Promise<boolean> {
      const stored = await redis.eval(castSecretOnce, 2, keys.secretVoters(motionId), keys.secretChoices(motionId), String(voter.memberNo), JSON.stringify(voter), `${receiptHash}|${choice}`);
      return stored === 1;
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
    async saveTally(tally: MotionTally): Promise<boolean> {
      return (await redis.set(keys.motionTally(tally.motionId), JSON.stringify(tally), 'NX')) === 'OK';
    },

    async tally(motionId: string): Promise<MotionTally | null> {
      const json = await redis.get(keys.motionTally(motionId));
      return json ? (JSON.parse(json) as MotionTally) : null;
    },
  };
}
export type VoteStore = ReturnType<typeof voteStore>;
