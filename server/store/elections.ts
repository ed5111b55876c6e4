import type { Redis } from 'ioredis';
import type { Election, ElectionRoundTally, StoredCandidacy } from '@shared/schemas/election';
import { readBox, saveTallyOnce, type BallotBoxSize, type SecretVoter, type TallySave } from './ballotBox';
import type { AuditEntry } from './audit';
import type { RedisKeys } from './keys';

const roundChoice = (entry: string): { receiptHash: string; candidateMemberNo: number | null } => {
  const [receiptHash = '', choice = 'blank'] = entry.split('|');
  return { receiptHash, candidateMemberNo: choice === 'blank' ? null : Number(choice) };
};

const seatOf = (candidacy: Pick<StoredCandidacy, 'memberNo' | 'body' | 'office'>) =>
  `${candidacy.memberNo}:${candidacy.body}:${candidacy.office}`;

/** The candidacies and elections of an assembly (R.5), their secret rounds and their tallies. */
export function electionStore(redis: Redis, keys: RedisKeys) {
  return {
    /** Files a candidacy unless the member already stands for that office: false then. */
    async fileCandidacy(candidacy: StoredCandidacy): Promise<boolean> {
      const stored = await redis.fileCandidacyOnce(
        keys.candidacySeats(candidacy.assemblyId),
        keys.candidacies(candidacy.assemblyId),
        seatOf(candidacy),
        candidacy.id,
        JSON.stringify(candidacy),
      );
      return stored === 1;
    },

    /** Records a withdrawal; the member may stand again for that office. */
    async withdrawCandidacy(candidacy: StoredCandidacy): Promise<void> {
      await redis
        .multi()
        .hset(keys.candidacies(candidacy.assemblyId), candidacy.id, JSON.stringify(candidacy))
        .hdel(keys.candidacySeats(candidacy.assemblyId), seatOf(candidacy))
        .exec();
    },

    async candidacies(assemblyId: string): Promise<StoredCandidacy[]> {
      return (await redis.hvals(keys.candidacies(assemblyId)))
        .map((json) => JSON.parse(json) as StoredCandidacy)
        .sort((a, b) => a.filedAt.localeCompare(b.filedAt));
    },

    /** Stores an election only if none of the same office is there: two clicks open it once. */
    async open(election: Election): Promise<Election> {
      const office = `${election.body}:${election.office}`;
      const stored = await redis.hsetnx(keys.elections(election.assemblyId), office, JSON.stringify(election));
      if (stored === 1) return election;
      return JSON.parse((await redis.hget(keys.elections(election.assemblyId), office)) ?? '{}') as Election;
    },

    async elections(assemblyId: string): Promise<Election[]> {
      return (await redis.hvals(keys.elections(assemblyId)))
        .map((json) => JSON.parse(json) as Election)
        .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    },

    async election(assemblyId: string, electionId: string): Promise<Election | null> {
      return (await this.elections(assemblyId)).find((election) => election.id === electionId) ?? null;
    },

    async voters(electionId: string, round: number): Promise<SecretVoter[]> {
      return (await redis.hvals(keys.roundVoters(electionId, round))).map((json) => JSON.parse(json) as SecretVoter);
    },

    async choices(
      electionId: string,
      round: number,
    ): Promise<Array<{ receiptHash: string; candidateMemberNo: number | null }>> {
      return (await redis.smembers(keys.roundChoices(electionId, round))).map(roundChoice);
    },

    /** A round's choices, read with the number of voters they come from (what a count needs). */
    async roundBallotBox(
      electionId: string,
      round: number,
    ): Promise<{ choices: Array<{ receiptHash: string; candidateMemberNo: number | null }>; box: BallotBoxSize }> {
      const { values, box } = await readBox(redis, ['smembers', keys.roundChoices(electionId, round)], {
        key: keys.roundVoters(electionId, round),
        kind: 'hash',
      });
      return { choices: values.map(roundChoice), box };
    },

    /** Stores a round's tally only if none is stored and no ballot arrived since the box was read. */
    async saveTally(tally: ElectionRoundTally, entry: AuditEntry, box: BallotBoxSize): Promise<TallySave> {
      return saveTallyOnce(
        redis,
        keys,
        keys.roundTally(tally.electionId, tally.round),
        JSON.stringify(tally),
        entry,
        box,
      );
    },

    async tally(electionId: string, round: number): Promise<ElectionRoundTally | null> {
      const json = await redis.get(keys.roundTally(electionId, round));
      return json ? (JSON.parse(json) as ElectionRoundTally) : null;
    },
  };
}
export type ElectionStore = ReturnType<typeof electionStore>;
