import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';
import { auditRecord, writeAudited, type AuditEntry } from './audit';
import { castEncryptedBallots, saveTallyOnce, type EncryptedVoter, type ProxyUse, type TallySave } from './ballotBox';

/** Who holds an assembly's election key, and how many of them must decrypt together. */
export interface TrusteeSetup {
  threshold: number;
  trustees: Array<{ position: number; personId: string; name: string; office: string | null }>;
}

/** An assembly's key ceremony as stored: the setup, each trustee's pieces, and what the server derived. */
export interface Ceremony {
  setup: TrusteeSetup | null;
  certificates: Map<number, string>;
  polynomials: Map<number, string>;
  voutputs: Map<number, string>;
  vinputs: string[] | null;
  /** The Belenios `trustees` record and the election key, once every trustee has done its part. */
  trustees: string | null;
  publicKey: string | null;
}

/** A secret vote's Belenios election (a motion's or a round's): its record, and each member's credentials. */
export interface SecretElection {
  uuid: string;
  election: string;
  trustees: string;
  /** Unix seconds: the archive's timestamp. */
  timestamp: number;
  publicCredentials: string[];
}

/** What the count of a secret vote starts from: the encrypted tally, and for a motion the attendance at that moment. */
export interface SecretCountStart {
  encryptedTally: string;
  presence: import('@shared/rules/quorum').PresenceCounts | null;
  /** Ballots in the election's list when counted (replaced ones included), and how many a member's own vote replaced. */
  ballots: number;
  overriddenByOwnVote: number;
  startedAt: string;
}

/** A secret vote's finished count: the decrypted result and the archive's fingerprint. */
export interface SecretResult {
  result: string;
  /** The trustees whose shares the result (and the archive) is made of. */
  positions: number[];
  sha256: string;
  bytes: number;
}

export type PieceKind = 'certificate' | 'polynomial' | 'voutput';

/**
 * Secret votes as Belenios elections: the trustees' key, the encrypted ballots, the shares, the
 * result. Each vote is a box keyed by its id: a motion's, or a round's (`<electionId>.r<round>`).
 */
export function secretVoteStore(redis: Redis, keys: RedisKeys) {
  async function putPiece(
    assemblyId: string,
    field: string,
    value: string,
    mode: 'setup' | 'once',
    entry: AuditEntry,
  ): Promise<'stored' | 'stored_already' | 'started'> {
    const key = keys.trustees(assemblyId);
    const stored = await redis.putTrusteePiece(
      key,
      keys.audit,
      keys.auditHead,
      field,
      value,
      mode,
      JSON.stringify({ ...entry, records: [auditRecord(keys, key, field, value)] }),
    );
    return stored === 1 ? 'stored' : stored === 0 ? 'stored_already' : 'started';
  }

  return {
    async ceremony(assemblyId: string): Promise<Ceremony> {
      const fields = await redis.hgetall(keys.trustees(assemblyId));
      const pieces = (kind: PieceKind) =>
        new Map(
          Object.entries(fields)
            .filter(([field]) => field.startsWith(`${kind}:`))
            .map(([field, value]) => [Number(field.slice(kind.length + 1)), value]),
        );
      return {
        setup: fields.setup ? (JSON.parse(fields.setup) as TrusteeSetup) : null,
        certificates: pieces('certificate'),
        polynomials: pieces('polynomial'),
        voutputs: pieces('voutput'),
        vinputs: fields.vinputs ? (JSON.parse(fields.vinputs) as string[]) : null,
        trustees: fields.trustees ?? null,
        publicKey: fields.publicKey ?? null,
      };
    },

    /** Chooses the trustees; refused ('started') once one of them made its certificate. */
    chooseTrustees: (assemblyId: string, setup: TrusteeSetup, entry: AuditEntry) =>
      putPiece(assemblyId, 'setup', JSON.stringify(setup), 'setup', entry),

    /** One trustee's piece of one step, written once. */
    putTrusteePiece: (assemblyId: string, kind: PieceKind, position: number, piece: string, entry: AuditEntry) =>
      putPiece(assemblyId, `${kind}:${position}`, piece, 'once', entry),

    /** What the server routes between the trustees (step 4), written once. */
    putVinputs: (assemblyId: string, vinputs: string[], entry: AuditEntry) =>
      putPiece(assemblyId, 'vinputs', JSON.stringify(vinputs), 'once', entry),

    /** The election key, once every trustee has done its part: the trustees record, then the key. */
    async putKey(assemblyId: string, trustees: string, publicKey: string, entry: AuditEntry): Promise<void> {
      if ((await putPiece(assemblyId, 'trustees', trustees, 'once', entry)) === 'stored')
        await redis.hset(keys.trustees(assemblyId), 'publicKey', publicKey);
      else await redis.hsetnx(keys.trustees(assemblyId), 'publicKey', publicKey);
    },

    /** Stores a vote's election with its members' credentials, once (the motion is opened with it). */
    async saveElection(
      boxId: string,
      election: SecretElection,
      credentials: Array<{ memberNo: number; credential: string; publicCredential: string }>,
      entry: AuditEntry,
    ): Promise<void> {
      const key = keys.secretElection(boxId);
      const json = JSON.stringify(election);
      await writeAudited(
        redis,
        keys,
        [
          [
            'HSET',
            key,
            'election',
            json,
            ...credentials.flatMap(({ memberNo, credential, publicCredential }) => [
              `credential:${memberNo}`,
              `${credential} ${publicCredential}`,
            ]),
          ],
        ],
        { ...entry, records: [auditRecord(keys, key, 'election', json)] },
      );
    },

    async election(boxId: string): Promise<SecretElection | null> {
      const json = await redis.hget(keys.secretElection(boxId), 'election');
      return json ? (JSON.parse(json) as SecretElection) : null;
    },

    /** The private and public credentials of some members of a vote's election. */
    async credentials(
      boxId: string,
      memberNos: number[],
    ): Promise<Map<number, { credential: string; publicCredential: string }>> {
      if (memberNos.length === 0) return new Map();
      const values = await redis.hmget(keys.secretElection(boxId), ...memberNos.map((no) => `credential:${no}`));
      const found = new Map<number, { credential: string; publicCredential: string }>();
      memberNos.forEach((memberNo, index) => {
        const [credential, publicCredential] = (values[index] ?? '').split(' ');
        if (credential && publicCredential) found.set(memberNo, { credential, publicCredential });
      });
      return found;
    },

    cast: (
      boxId: string,
      ballots: Array<{ voter: EncryptedVoter; ballot: string }>,
      entry: AuditEntry,
      proxies?: ProxyUse,
    ) => castEncryptedBallots(redis, keys, boxId, ballots, entry, proxies),

    async voters(boxId: string): Promise<EncryptedVoter[]> {
      return (await redis.hvals(keys.secretVoters(boxId))).map((json) => JSON.parse(json) as EncryptedVoter);
    },

    /** Every ballot cast, in order, and how many (the box a count is read from). */
    async ballots(boxId: string): Promise<{ ballots: string[]; size: number }> {
      const ballots = await redis.lrange(keys.encryptedBallots(boxId), 0, -1);
      return { ballots, size: ballots.length };
    },

    /** Starts the count once, only if no ballot arrived since the ballots were read (then: 'changed'). */
    startCount: (boxId: string, start: SecretCountStart, entry: AuditEntry): Promise<TallySave> =>
      saveTallyOnce(redis, keys, keys.secretCount(boxId), JSON.stringify(start), entry, {
        key: keys.encryptedBallots(boxId),
        kind: 'list',
        size: start.ballots,
      }),

    /** The box a secret vote's tally is counted from: the election's ballots, as many as the count started with. */
    countedBox: (boxId: string, size: number) => ({
      key: keys.encryptedBallots(boxId),
      kind: 'list' as const,
      size,
    }),

    async count(boxId: string): Promise<SecretCountStart | null> {
      const json = await redis.get(keys.secretCount(boxId));
      return json ? (JSON.parse(json) as SecretCountStart) : null;
    },

    /** A trustee's share of the decryption, written once; false when it was in already. */
    async putShare(boxId: string, position: number, partial: string, entry: AuditEntry): Promise<boolean> {
      const key = keys.secretElection(boxId);
      const field = `share:${position}`;
      if ((await redis.hexists(key, field)) === 1) return false;
      await writeAudited(redis, keys, [['HSETNX', key, field, partial]], {
        ...entry,
        records: [auditRecord(keys, key, field, partial)],
      });
      return true;
    },

    async shares(boxId: string): Promise<Map<number, string>> {
      const fields = await redis.hgetall(keys.secretElection(boxId));
      return new Map(
        Object.entries(fields)
          .filter(([field]) => field.startsWith('share:'))
          .map(([field, value]) => [Number(field.slice(6)), value]),
      );
    },

    /** The decrypted result and the archive's hash, written once with their audit link. */
    async putResult(boxId: string, result: SecretResult, entry: AuditEntry): Promise<void> {
      const key = keys.secretElection(boxId);
      const json = JSON.stringify(result);
      if ((await redis.hexists(key, 'result')) === 1) return;
      await writeAudited(redis, keys, [['HSETNX', key, 'result', json]], {
        ...entry,
        records: [auditRecord(keys, key, 'result', json)],
      });
    },

    async result(boxId: string): Promise<SecretResult | null> {
      const json = await redis.hget(keys.secretElection(boxId), 'result');
      return json ? (JSON.parse(json) as SecretResult) : null;
    },
  };
}
export type SecretVoteStore = ReturnType<typeof secretVoteStore>;
