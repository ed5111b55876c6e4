import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';
import { auditRecord, type AuditEntry } from './audit';

/**
 * The ballot box of a motion or an election round: casting and counting exclude each other. A
 * ballot is refused once the tally is stored, and a tally is stored only if no ballot arrived
 * since the count read the box, so a ballot acknowledged with a receipt is always counted.
 */

/** On a secret vote: that a member voted, how and when, never what. */
export interface SecretVoter {
  memberNo: number;
  castAs: 'own' | 'proxy';
  castAt: string;
}

/**
 * What became of each vote of one action: stored, or left out because its member had voted (a
 * secret vote is final), voted itself (its own vote counts over its proxy's), or because the proxy
 * it was cast under was revoked meanwhile. `counted`: the tally was stored, nothing was written.
 */
export type CastOutcome = 'stored' | 'voted' | 'voted_itself' | 'revoked';
export type BoxCast = { counted: true } | { counted: false; outcomes: Map<number, CastOutcome> };

/**
 * The proxies a cast uses: the assembly they belong to and the grants its ballots by proxy are
 * cast under. Each must still be in force when the ballots are stored, and is then used (R.7).
 */
export interface ProxyUse {
  assemblyId: string;
  grantIds: string[];
}

const noProxy: ProxyUse = { assemblyId: '', grantIds: [] };

const proxyKeys = (keys: RedisKeys, use: ProxyUse) =>
  [keys.proxies(use.assemblyId), keys.proxiesUsed(use.assemblyId)] as const;

/**
 * Where a count read its ballots, and how many it found: the HASH of voters (secret, one per
 * member) or the LIST of every named ballot cast. Both only grow.
 */
export interface BallotBoxSize {
  key: string;
  kind: 'hash' | 'list';
  size: number;
}

/** What became of a tally: stored, stored already by another count, or to count again (a ballot arrived meanwhile). */
export type TallySave = 'saved' | 'counted_already' | 'changed';

/** The grantId each ballot is cast under ("" for an own vote), in order: `proxies` lists those of the ballots by proxy. */
function grantsOf(castAs: ReadonlyArray<'own' | 'proxy'>, proxies: ProxyUse): string[] {
  let next = 0;
  return castAs.map((how) => (how === 'proxy' ? (proxies.grantIds[next++] ?? '') : ''));
}

/** The entry of a cast: the script puts in the members it recorded and their audit records. */
const entryTemplate = (entry: AuditEntry) =>
  JSON.stringify({ ...entry, after: { members: '__members__' }, records: '__records__' });

function outcomesOf(reply: Array<string | number>): BoxCast {
  if (Number(reply[0]) === -1) return { counted: true };
  const outcomes = new Map<number, CastOutcome>();
  for (let index = 1; index + 1 < reply.length; index += 2)
    outcomes.set(Number(reply[index]), String(reply[index + 1]) as CastOutcome);
  return { counted: false, outcomes };
}

/**
 * Stores named ballots member by member with the audit entry recording each; a ballot by proxy is
 * left out when its proxy was revoked or its member voted itself meanwhile; nothing is stored
 * once the tally is.
 */
export async function castNamedBallots(
  redis: Redis,
  keys: RedisKeys,
  box: { ballots: string; history: string; tally: string },
  rows: Array<{ memberNo: number; castAs: 'own' | 'proxy'; json: string }>,
  entry: AuditEntry,
  proxies: ProxyUse = noProxy,
): Promise<BoxCast> {
  const grants = grantsOf(
    rows.map((row) => row.castAs),
    proxies,
  );
  const reply = await redis.castNamedBallots(
    box.tally,
    box.ballots,
    box.history,
    keys.audit,
    keys.auditHead,
    ...proxyKeys(keys, proxies),
    JSON.stringify(
      rows.map(({ memberNo, json }, index) => [
        String(memberNo),
        json,
        grants[index] ?? '',
        JSON.stringify(auditRecord(keys, box.ballots, String(memberNo), json)),
      ]),
    ),
    entryTemplate(entry),
  );
  return outcomesOf(reply);
}

/** Stores a tally once, with the audit entry recording it, if the box still holds what was counted. */
export async function saveTallyOnce(
  redis: Redis,
  keys: RedisKeys,
  key: string,
  json: string,
  entry: AuditEntry,
  box: BallotBoxSize,
): Promise<TallySave> {
  const stored = await redis.saveTallyIfUnchanged(
    key,
    keys.audit,
    keys.auditHead,
    box.key,
    json,
    JSON.stringify({ ...entry, records: [auditRecord(keys, key, undefined, json)] }),
    box.kind === 'hash' ? 'HLEN' : 'LLEN',
    String(box.size),
  );
  return stored === 1 ? 'saved' : stored === 0 ? 'counted_already' : 'changed';
}

/** Reads in one transaction: the ballots a count reads, and the size of the box they come from. */
export async function readBox(
  redis: Redis,
  read: [command: 'hvals' | 'smembers', key: string],
  sized: Omit<BallotBoxSize, 'size'>,
): Promise<{ values: string[]; box: BallotBoxSize }> {
  const replies = (await redis.multi([read, [sized.kind === 'hash' ? 'hlen' : 'llen', sized.key]]).exec()) ?? [];
  const [values, count] = replies.map(([error, value]) => {
    if (error) throw error;
    return value;
  });
  return { values: values as string[], box: { ...sized, size: Number(count) } };
}

/** On an encrypted secret vote: that a member voted, how, when, by whom, and its ballot's tracker; never what. */
export interface EncryptedVoter extends SecretVoter {
  castByPersonId: string;
  tracker: string;
}

/**
 * Stores encrypted votes member by member (the ballot appended to the election, the voter with its
 * tracker), with one audit entry naming the voters recorded. A member's own vote replaces its
 * proxy holder's; nothing is stored once the count has started.
 */
export async function castEncryptedBallots(
  redis: Redis,
  keys: RedisKeys,
  motionId: string,
  ballots: Array<{ voter: EncryptedVoter; ballot: string }>,
  entry: AuditEntry,
  proxies: ProxyUse = noProxy,
): Promise<BoxCast> {
  const grants = grantsOf(
    ballots.map(({ voter }) => voter.castAs),
    proxies,
  );
  const voters = keys.secretVoters(motionId);
  const rows = ballots.map(({ voter, ballot }, index) => {
    const json = JSON.stringify(voter);
    const record = auditRecord(keys, voters, String(voter.memberNo), json);
    return [String(voter.memberNo), json, ballot, grants[index] ?? '', JSON.stringify(record), voter.castAs];
  });
  const reply = await redis.castEncryptedBallots(
    voters,
    keys.encryptedBallots(motionId),
    keys.audit,
    keys.auditHead,
    keys.secretCount(motionId),
    ...proxyKeys(keys, proxies),
    JSON.stringify(rows),
    entryTemplate(entry),
  );
  return outcomesOf(reply);
}
