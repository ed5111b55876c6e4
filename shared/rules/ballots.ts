import type { CastAs } from '../schemas/ballot';
import { ballotChoices } from '../vocabulary';
import type { Designation } from '../schemas/designation';
import type { ProxyGrant } from '../schemas/proxy';
import { type Statutes, togetherStatutes } from '../statutes';
import { votingRight } from './members';
import { activeGrants, memberName, type ProxyMember } from './proxies';

// Where the schema validates it; still read from here by the pages and commands.
export { ballotChoices };

const covers = (designation: Designation, at: number): boolean =>
  designation.from.getTime() <= at && (designation.until === null || at < designation.until.getTime());

/** S.2: the person who represents `memberNo` at `at` in the designation history, or null. */
export function representativeAt(memberNo: number, designations: readonly Designation[], at: Date): string | null {
  const time = at.getTime();
  let found: Designation | null = null;
  for (const designation of designations) {
    if (designation.memberNo !== memberNo || !covers(designation, time)) continue;
    // Overlaps should not happen; if they do, the latest designation wins.
    if (found === null || designation.from.getTime() > found.from.getTime()) found = designation;
  }
  return found?.personId ?? null;
}

/** S.2: the members `personId` represents at `at` (one person may represent several members). */
export function membersRepresentedBy(personId: string, designations: readonly Designation[], at: Date): number[] {
  const memberNos = new Set<number>();
  for (const designation of designations) {
    if (designation.personId === personId && covers(designation, at.getTime())) memberNos.add(designation.memberNo);
  }
  return [...memberNos].filter((memberNo) => representativeAt(memberNo, designations, at) === personId);
}

/** A ballot a person may cast: its own member's, or a grantor's through the member holding the proxy. */
export interface CastableBallot {
  memberNo: number;
  castAs: CastAs;
  /** The member holding the proxy, for a ballot cast by proxy. */
  holderMemberNo: number | null;
}

/**
 * The ballots a person may cast, given the members it represents (S.2) and the proxies of the
 * assembly (R.7): each voting member's own, and those of the voting members that gave it their proxy.
 */
export function castableBallots(
  representedMemberNos: readonly number[],
  members: ReadonlyMap<number, ProxyMember>,
  assemblyGrants: readonly ProxyGrant[],
  statutes: Statutes = togetherStatutes,
): CastableBallot[] {
  const byMember = new Map<number, CastableBallot>();
  const votes = (memberNo: number): boolean => {
    const member = members.get(memberNo);
    return member !== undefined && votingRight(member, statutes).votes;
  };
  for (const memberNo of representedMemberNos) {
    if (votes(memberNo)) byMember.set(memberNo, { memberNo, castAs: 'own', holderMemberNo: null });
  }
  const represented = new Set(representedMemberNos);
  for (const grant of activeGrants(assemblyGrants)) {
    if (!represented.has(grant.holderMemberNo) || !votes(grant.holderMemberNo) || !votes(grant.grantorMemberNo))
      continue;
    // A person representing the grantor itself votes for it as its own representative.
    if (byMember.has(grant.grantorMemberNo)) continue;
    byMember.set(grant.grantorMemberNo, {
      memberNo: grant.grantorMemberNo,
      castAs: 'proxy',
      holderMemberNo: grant.holderMemberNo,
    });
  }
  return [...byMember.values()].sort((a, b) => a.memberNo - b.memberNo);
}

/** Why a person may or may not cast a member's ballot. */
export type BallotRightReason =
  'ballot_own' | 'ballot_by_proxy' | 'ballot_member_not_voting' | 'ballot_not_representative';

/** Whether and how a person casts one member's ballot (see ballotRight). */
export interface BallotRight {
  ok: boolean;
  reason: BallotRightReason;
  memberNo: number;
  /** The member as a person reads it (its organisation). */
  member: string;
  castAs: CastAs | null;
  holderMemberNo: number | null;
  holder: string | null;
}

/** Whether a person representing `representedMemberNos` may cast `memberNo`'s ballot, and how (S.2, R.7). */
export function ballotRight(
  memberNo: number,
  representedMemberNos: readonly number[],
  members: ReadonlyMap<number, ProxyMember>,
  assemblyGrants: readonly ProxyGrant[],
  statutes: Statutes = togetherStatutes,
): BallotRight {
  const member = members.get(memberNo);
  const names = { member: memberName(memberNo, members), holder: null };
  if (member === undefined || !votingRight(member, statutes).votes) {
    return { ok: false, reason: 'ballot_member_not_voting', memberNo, ...names, castAs: null, holderMemberNo: null };
  }
  const castable = castableBallots(representedMemberNos, members, assemblyGrants, statutes).find(
    (b) => b.memberNo === memberNo,
  );
  if (castable === undefined) {
    return { ok: false, reason: 'ballot_not_representative', memberNo, ...names, castAs: null, holderMemberNo: null };
  }
  return {
    ok: true,
    reason: castable.castAs === 'own' ? 'ballot_own' : 'ballot_by_proxy',
    memberNo,
    member: names.member,
    castAs: castable.castAs,
    holderMemberNo: castable.holderMemberNo,
    holder: castable.holderMemberNo === null ? null : memberName(castable.holderMemberNo, members),
  };
}

/** The ballots of one motion that count, and how many were set aside and why. */
export interface EffectiveBallots<B> {
  /** One ballot per member, in the order first seen. */
  effective: B[];
  /** Ballots by proxy set aside because the grantor voted itself. */
  overriddenByOwnVote: number;
  /** Earlier ballots of the same member and kind replaced by a later one. */
  replaced: number;
}

/**
 * The ballots that count for one motion: the grantor's own ballot overrides its proxy's (Reading
 * of R.7); otherwise a member's later ballot replaces its earlier one.
 */
/** An instant as milliseconds, given as a Date or as the ISO text it is stored as. */
const instant = (at: Date | string) => (typeof at === 'string' ? Date.parse(at) : at.getTime());

export function effectiveBallots<B extends { memberNo: number; castAs: CastAs; castAt: Date | string }>(
  ballots: readonly B[],
): EffectiveBallots<B> {
  const chosen = new Map<number, B>();
  let overriddenByOwnVote = 0;
  let replaced = 0;
  for (const ballot of ballots) {
    const current = chosen.get(ballot.memberNo);
    if (current === undefined) {
      chosen.set(ballot.memberNo, ballot);
    } else if (current.castAs !== ballot.castAs) {
      overriddenByOwnVote += 1;
      if (ballot.castAs === 'own') chosen.set(ballot.memberNo, ballot);
    } else {
      replaced += 1;
      if (instant(ballot.castAt) >= instant(current.castAt)) chosen.set(ballot.memberNo, ballot);
    }
  }
  return { effective: [...chosen.values()], overriddenByOwnVote, replaced };
}
