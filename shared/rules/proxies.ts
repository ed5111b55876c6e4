import type { CastAs } from '../schemas/ballot';
import type { Continent, Member } from '../schemas/member';
import type { GrantProxyInput, ProxyGrant } from '../schemas/proxy';
import { type Statutes, togetherStatutes } from '../statutes';
import { votingRight } from './members';

/** The fields of a member the proxy rules read (its organisation, when known, names it in a refusal). */
export type ProxyMember = Pick<Member, 'memberNo' | 'college' | 'status' | 'continent'> &
  Partial<Pick<Member, 'organisation'>>;

/** How a sentence names a member: its organisation, or its number when the register does not give one. */
export function memberName(memberNo: number, members: ReadonlyMap<number, ProxyMember>): string {
  return members.get(memberNo)?.organisation ?? `#${memberNo}`;
}

/** The grants still in force (not revoked) among `grants`. */
export function activeGrants<G extends Pick<ProxyGrant, 'revokedAt'>>(grants: readonly G[]): G[] {
  return grants.filter((grant) => grant.revokedAt === null);
}

/** Why a proxy may or may not be granted (R.7, Reading). */
export type ProxyGrantReason =
  | 'proxy_valid'
  | 'proxy_to_self'
  | 'proxy_unknown_member'
  | 'proxy_grantor_not_voting'
  | 'proxy_holder_not_voting'
  | 'proxy_already_granted'
  | 'proxy_chain_grantor_holds'
  | 'proxy_chain_holder_grants'
  | 'proxy_cross_continent'
  | 'proxy_holder_limit_reached';

/** The verdict on a proxy grant, with the continents and counts it was judged on. */
export interface ProxyGrantVerdict {
  ok: boolean;
  reason: ProxyGrantReason;
  grantorMemberNo: number;
  holderMemberNo: number;
  grantorContinent: Continent | null;
  holderContinent: Continent | null;
  /** The grantor and the holder as a person reads them (organisations). */
  grantor: string;
  holder: string;
  /** The member whose number is unknown, or whose vote is missing. */
  memberNo: number | null;
  /** The grant already in force that blocks this one. */
  conflictingGrantId: string | null;
  /** Proxies of this kind (same or other continent) the holder already holds, and the limit. */
  holderCount: number;
  holderLimit: number | null;
}

/**
 * Whether `input` may be granted, given the grants already made (R.7 and its Reading: both
 * voting, same continent unless the statutes allow more, one grant per grantor and assembly, no chains).
 */
export function validateProxyGrant(
  input: Pick<GrantProxyInput, 'assemblyId' | 'grantorMemberNo' | 'holderMemberNo'>,
  members: ReadonlyMap<number, ProxyMember>,
  grants: readonly ProxyGrant[],
  statutes: Statutes = togetherStatutes,
): ProxyGrantVerdict {
  const { grantorMemberNo, holderMemberNo } = input;
  const grantor = members.get(grantorMemberNo);
  const holder = members.get(holderMemberNo);
  const base = {
    grantorMemberNo,
    holderMemberNo,
    grantorContinent: grantor?.continent ?? null,
    holderContinent: holder?.continent ?? null,
    grantor: memberName(grantorMemberNo, members),
    holder: memberName(holderMemberNo, members),
    memberNo: null,
    conflictingGrantId: null,
    holderCount: 0,
    holderLimit: null,
  };
  const refuse = (reason: ProxyGrantReason, extra: Partial<ProxyGrantVerdict> = {}): ProxyGrantVerdict => ({
    ...base,
    ...extra,
    ok: false,
    reason,
  });

  if (grantorMemberNo === holderMemberNo) return refuse('proxy_to_self');
  if (grantor === undefined) return refuse('proxy_unknown_member', { memberNo: grantorMemberNo });
  if (holder === undefined) return refuse('proxy_unknown_member', { memberNo: holderMemberNo });
  // R.7: members represent members; only voting members have a vote to pass on or to carry.
  if (!votingRight(grantor, statutes).votes) return refuse('proxy_grantor_not_voting', { memberNo: grantorMemberNo });
  if (!votingRight(holder, statutes).votes) return refuse('proxy_holder_not_voting', { memberNo: holderMemberNo });

  // Reading of R.7: a proxy is for one assembly; those of other assemblies do not count.
  const inForce = activeGrants(grants).filter((grant) => grant.assemblyId === input.assemblyId);
  const already = inForce.find((grant) => grant.grantorMemberNo === grantorMemberNo);
  if (already !== undefined) return refuse('proxy_already_granted', { conflictingGrantId: already.id });
  // Reading of R.7: no chains, a holder cannot pass on what it holds.
  const heldByGrantor = inForce.find((grant) => grant.holderMemberNo === grantorMemberNo);
  if (heldByGrantor !== undefined) return refuse('proxy_chain_grantor_holds', { conflictingGrantId: heldByGrantor.id });
  const givenByHolder = inForce.find((grant) => grant.grantorMemberNo === holderMemberNo);
  if (givenByHolder !== undefined) return refuse('proxy_chain_holder_grants', { conflictingGrantId: givenByHolder.id });

  // R.7: unlimited within the holder's continent; across continents, the statutes' number (0).
  const sameContinent = grantor.continent === holder.continent;
  const holderLimit = sameContinent
    ? statutes.proxies.sameContinentPerHolder
    : statutes.proxies.crossContinentPerHolder;
  let holderCount = 0;
  for (const grant of inForce) {
    if (grant.holderMemberNo !== holderMemberNo) continue;
    const other = members.get(grant.grantorMemberNo);
    if (other !== undefined && (other.continent === holder.continent) === sameContinent) holderCount += 1;
  }
  if (holderLimit !== null && holderCount >= holderLimit) {
    return refuse(sameContinent ? 'proxy_holder_limit_reached' : 'proxy_cross_continent', { holderCount, holderLimit });
  }
  return { ...base, ok: true, reason: 'proxy_valid', holderCount, holderLimit };
}

/** Whether a proxy can still be revoked (R.7, Reading). */
export type ProxyRevocationReason = 'proxy_revocable' | 'proxy_already_used' | 'proxy_already_revoked';

/** The verdict on revoking one proxy. */
export interface ProxyRevocationVerdict {
  ok: boolean;
  reason: ProxyRevocationReason;
  grantId: string;
  grantorMemberNo: number;
  holderMemberNo: number;
}

/**
 * Whether a proxy may still be revoked (Reading of R.7: until the holder uses it, i.e. casts a
 * ballot for the grantor on any motion or election of the assembly). `assemblyBallots` are all of them.
 */
export function proxyRevocation(
  grant: ProxyGrant,
  assemblyBallots: readonly { memberNo: number; castAs: CastAs }[],
): ProxyRevocationVerdict {
  const { id: grantId, grantorMemberNo, holderMemberNo } = grant;
  const verdict = (reason: ProxyRevocationReason): ProxyRevocationVerdict => ({
    ok: reason === 'proxy_revocable',
    reason,
    grantId,
    grantorMemberNo,
    holderMemberNo,
  });
  if (grant.revokedAt !== null) return verdict('proxy_already_revoked');
  const used = assemblyBallots.some((ballot) => ballot.memberNo === grantorMemberNo && ballot.castAs === 'proxy');
  return verdict(used ? 'proxy_already_used' : 'proxy_revocable');
}
