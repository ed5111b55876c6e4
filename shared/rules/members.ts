import type { AssemblyKind, AssemblySchedule } from '../schemas/assembly';
import type { College, Member, MemberStatus } from '../schemas/member';
import { type Statutes, togetherStatutes } from '../statutes';
import { addPeriod } from './time';

/** Why a member votes or not. */
export type VotingRightReason =
  | 'member_votes'
  | 'member_college_without_vote'
  | 'member_pending_validation'
  | 'member_not_admitted'
  | 'member_excluded';

/** A member's right to vote, with the reason and the fields it was read from. */
export interface VotingRight {
  votes: boolean;
  reason: VotingRightReason;
  memberNo: number;
  college: College;
  status: MemberStatus;
}

/** The fields of a member the voting rules read. */
export type VoterLike = Pick<Member, 'memberNo' | 'college' | 'status'>;

/**
 * Whether a member votes at assemblies, and why (S.2: effective and de jure members vote;
 * S.11: only once validated, Reading; a proposed exclusion does not suspend the vote).
 */
export function votingRight(member: VoterLike, statutes: Statutes = togetherStatutes): VotingRight {
  const { memberNo, college, status } = member;
  const verdict = (votes: boolean, reason: VotingRightReason): VotingRight => ({
    votes,
    reason,
    memberNo,
    college,
    status,
  });
  // S.2 last paragraph.
  if (!statutes.votingColleges.includes(college)) return verdict(false, 'member_college_without_vote');
  // S.11: admitted by the Direction, not yet validated by the assembly.
  if (status === 'pending_validation') return verdict(false, 'member_pending_validation');
  if (status === 'requested' || status === 'refused') return verdict(false, 'member_not_admitted');
  if (status === 'excluded') return verdict(false, 'member_excluded');
  return verdict(true, 'member_votes');
}

/** True when the member votes (S.2, S.11). */
export function isVoting(member: VoterLike, statutes: Statutes = togetherStatutes): boolean {
  return votingRight(member, statutes).votes;
}

/** The voting members of a register, in its order (S.2, S.11). */
export function votingMembers<M extends VoterLike>(members: readonly M[], statutes: Statutes = togetherStatutes): M[] {
  return members.filter((member) => isVoting(member, statutes));
}

/**
 * Whether a member is sent convocations (R.6, R.7: "à tous les membres", every college;
 * Reading: pending-validation members too, and a member whose exclusion is proposed).
 */
export function receivesConvocation(member: Pick<Member, 'status'>): boolean {
  return member.status === 'active' || member.status === 'pending_validation' || member.status === 'exclusion_proposed';
}

/** The members the next ordinary assembly must validate (S.11: its agenda gets an item for them). */
export function membersAwaitingValidation<M extends Pick<Member, 'status'>>(members: readonly M[]): M[] {
  return members.filter((member) => member.status === 'pending_validation');
}

/** What can happen to a member (S.11), named after who acts. */
export const memberEvents = [
  'direction_approves',
  'direction_refuses',
  'assembly_validates',
  'assembly_refuses',
  'direction_proposes_exclusion',
  'direction_withdraws_exclusion',
  'assembly_excludes',
  'assembly_keeps',
] as const;
/** One step of a member's life in the network (S.11). */
export type MemberEvent = (typeof memberEvents)[number];

const memberTransitions: Readonly<Record<MemberEvent, { from: MemberStatus; to: MemberStatus }>> = {
  direction_approves: { from: 'requested', to: 'pending_validation' },
  direction_refuses: { from: 'requested', to: 'refused' },
  assembly_validates: { from: 'pending_validation', to: 'active' },
  assembly_refuses: { from: 'pending_validation', to: 'refused' },
  direction_proposes_exclusion: { from: 'active', to: 'exclusion_proposed' },
  direction_withdraws_exclusion: { from: 'exclusion_proposed', to: 'active' },
  assembly_excludes: { from: 'exclusion_proposed', to: 'excluded' },
  assembly_keeps: { from: 'exclusion_proposed', to: 'active' },
};

/** The status a step leads to, or why the step is not possible now (S.11). */
export type MemberTransition =
  | {
      ok: true;
      reason: 'member_status_changed';
      memberNo: number;
      event: MemberEvent;
      from: MemberStatus;
      to: MemberStatus;
    }
  | {
      ok: false;
      reason: 'member_transition_not_allowed';
      memberNo: number;
      event: MemberEvent;
      from: MemberStatus;
      expected: MemberStatus;
    };

/** The status after `event`, or why the event cannot happen now (S.11: request, approval, validation; proposal, decision). */
export function memberTransition(member: Pick<Member, 'memberNo' | 'status'>, event: MemberEvent): MemberTransition {
  const { memberNo, status: from } = member;
  const transition = memberTransitions[event];
  if (transition.from !== from) {
    return { ok: false, reason: 'member_transition_not_allowed', memberNo, event, from, expected: transition.from };
  }
  return { ok: true, reason: 'member_status_changed', memberNo, event, from, to: transition.to };
}

/** Whether the ground of unmet obligations (S.11) holds yet. */
export type UnmetObligationsReason = 'unmet_obligations_ground_met' | 'unmet_obligations_ground_not_yet';

/** The verdict of unmetObligationsGround, with the instant the ground starts to hold. */
export interface UnmetObligationsVerdict {
  ok: boolean;
  reason: UnmetObligationsReason;
  unmetSince: Date;
  groundFrom: Date;
}

/**
 * Whether a member whose obligations are unmet since `unmetSince` may be proposed for exclusion on
 * that ground at `now` (S.11: "depuis au moins trois ans"), and from when.
 */
export function unmetObligationsGround(
  unmetSince: Date,
  now: Date,
  statutes: Statutes = togetherStatutes,
): UnmetObligationsVerdict {
  const groundFrom = addPeriod(unmetSince, statutes.unmetObligationsExclusionAfter, statutes.referenceTimeZone);
  const ok = now.getTime() >= groundFrom.getTime();
  return {
    ok,
    reason: ok ? 'unmet_obligations_ground_met' : 'unmet_obligations_ground_not_yet',
    unmetSince,
    groundFrom,
  };
}

/** The first instant an assembly may open to decide an exclusion proposed at `proposedAt` (S.11). */
export function earliestExclusionDecisionAt(proposedAt: Date, statutes: Statutes = togetherStatutes): Date {
  return addPeriod(proposedAt, statutes.exclusionDelay, statutes.referenceTimeZone);
}

/** Whether an assembly comes late enough to decide an exclusion (S.11). */
export type ExclusionTimingReason = 'exclusion_may_be_decided' | 'exclusion_too_early';

/** The exclusion timing verdict with the instants compared. */
export interface ExclusionTiming {
  ok: boolean;
  reason: ExclusionTimingReason;
  proposedAt: Date;
  opensAt: Date;
  earliestOpensAt: Date;
  assemblyKind: AssemblyKind;
}

/**
 * Whether an assembly opening at `opensAt` may decide an exclusion proposed at `proposedAt`
 * (S.11: ordinary or extraordinary, at least one month after the proposal, for the defence).
 */
export function exclusionTiming(
  proposedAt: Date,
  assembly: Pick<AssemblySchedule, 'kind' | 'opensAt'>,
  statutes: Statutes = togetherStatutes,
): ExclusionTiming {
  const earliestOpensAt = earliestExclusionDecisionAt(proposedAt, statutes);
  const ok = assembly.opensAt.getTime() >= earliestOpensAt.getTime();
  return {
    ok,
    reason: ok ? 'exclusion_may_be_decided' : 'exclusion_too_early',
    proposedAt,
    opensAt: assembly.opensAt,
    earliestOpensAt,
    assemblyKind: assembly.kind,
  };
}

/**
 * The assembly that must decide an exclusion proposed at `proposedAt` (S.11: "l'Assemblée Générale
 * Ordinaire ou Extraordinaire suivante" past the delay): the first convened or held one, or null.
 */
export function exclusionAssembly<A extends Pick<AssemblySchedule, 'kind' | 'opensAt' | 'state'>>(
  proposedAt: Date,
  assemblies: readonly A[],
  statutes: Statutes = togetherStatutes,
): A | null {
  const earliest = earliestExclusionDecisionAt(proposedAt, statutes).getTime();
  let next: A | null = null;
  for (const assembly of assemblies) {
    if (assembly.state !== 'convened' && assembly.state !== 'held') continue;
    if (!statutes.motionsAllowed[assembly.kind].includes('exclusion')) continue;
    const opensAt = assembly.opensAt.getTime();
    if (opensAt >= earliest && (next === null || opensAt < next.opensAt.getTime())) next = assembly;
  }
  return next;
}
