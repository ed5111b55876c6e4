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

/** A secret vote about to be stored: the voter (without the choice) and the unlinked "receiptHash|choice". */
export interface SecretBallot {
  voter: SecretVoter;
  line: string;
}

/**
 * What became of a secret vote: stored, refused because the count was made, because a proxy it
 * was cast under was revoked meanwhile, or because a member had voted.
 */
export type SecretCast =
  | { stored: true }
  | { stored: false; counted: true }
  | { stored: false; counted: false; proxyRevoked: true }
  | { stored: false; counted: false; alreadyVoted: number };

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

/**
 * Stores secret votes all or none, with one audit entry recording that the voters voted (their
 * records), never what. Refused when a member had voted already, or once the tally is stored.
 */
export async function castSecretBallots(
  redis: Redis,
  keys: RedisKeys,
  box: { voters: string; choices: string; tally: string },
  ballots: SecretBallot[],
  entry: AuditEntry,
  proxies: ProxyUse = noProxy,
): Promise<SecretCast> {
  const rows = ballots.map(({ voter, line }) => [String(voter.memberNo), JSON.stringify(voter), line]);
  const records = rows.map(([memberNo, json]) => auditRecord(keys, box.voters, memberNo, json as string));
  const outcome = Number(
    await redis.castSecretBallots(
      box.voters,
      box.choices,
      keys.audit,
      keys.auditHead,
      box.tally,
      ...proxyKeys(keys, proxies),
      JSON.stringify(rows),
      JSON.stringify({ ...entry, records }),
      JSON.stringify(proxies.grantIds),
    ),
  );
  if (outcome === 0) return { stored: true };
  if (outcome === -1) return { stored: false, counted: true };
  if (outcome === -2) return { stored: false, counted: false, proxyRevoked: true };
  return { stored: false, counted: false, alreadyVoted: outcome };
}

/**
 * Stores named ballots with their audit entry, unless the tally is stored (false then) or a proxy
 * they are cast under was revoked ('proxy_revoked'); nothing is stored in either case.
 */
export async function castNamedBallots(
  redis: Redis,
  keys: RedisKeys,
  box: { ballots: string; history: string; tally: string },
  rows: Array<{ memberNo: number; json: string }>,
  entry: AuditEntry,
  proxies: ProxyUse = noProxy,
): Promise<boolean | 'proxy_revoked'> {
  const records = rows.map(({ memberNo, json }) => auditRecord(keys, box.ballots, String(memberNo), json));
  const stored = await redis.castNamedBallots(
    box.tally,
    box.ballots,
    box.history,
    keys.audit,
    keys.auditHead,
    ...proxyKeys(keys, proxies),
    JSON.stringify(rows.map(({ memberNo, json }) => [String(memberNo), json])),
    JSON.stringify({ ...entry, records }),
    JSON.stringify(proxies.grantIds),
  );
  return stored === -2 ? 'proxy_revoked' : stored === 1;
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
