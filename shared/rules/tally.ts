import type { AssemblyKind } from '../schemas/assembly';
import type { BallotChoice, CastAs } from '../schemas/ballot';
import type { MajorityMotionKind, MotionOutcome } from '../schemas/motion';
import { type Statutes, togetherStatutes } from '../statutes';
import { effectiveBallots } from './ballots';
import { type MotionAllowedReason, type MotionAllowedVerdict, motionAllowed } from './motions';
import { type PresenceCounts, type QuorumVerdict, quorumVerdict } from './quorum';

/** What was counted for a motion (RULES.md §5: the ballots or their counts). */
export interface BallotCounts {
  for: number;
  against: number;
  /** Recorded and shown, not counted (R.6, Reading). */
  abstain: number;
  /** Ballots that count, one per member: for + against + abstain. */
  cast: number;
  /** Ballots that decide: for + against. */
  counted: number;
  /** Proxy ballots set aside because the grantor voted itself (R.7, Reading). */
  overriddenByOwnVote: number;
  /** Earlier ballots of a member replaced by its later one. */
  replaced: number;
}

/** Counts ballots already reduced to one per member (R.6, R.7), in one plain loop with no allocation per ballot. */
export function countChoices(ballots: readonly { choice: BallotChoice }[]): BallotCounts {
  let inFavour = 0;
  let against = 0;
  let abstain = 0;
  for (const { choice } of ballots) {
    if (choice === 'for') inFavour += 1;
    else if (choice === 'against') against += 1;
    else abstain += 1;
  }
  const cast = inFavour + against + abstain;
  return { for: inFavour, against, abstain, cast, counted: inFavour + against, overriddenByOwnVote: 0, replaced: 0 };
}

/** Counts the ballots of one motion after the own-vote-overrides-proxy rule (R.7, Reading). */
export function countBallots(
  ballots: readonly { memberNo: number; choice: BallotChoice; castAs: CastAs; castAt: Date }[],
): BallotCounts {
  const { effective, overriddenByOwnVote, replaced } = effectiveBallots(ballots);
  return { ...countChoices(effective), overriddenByOwnVote, replaced };
}

/** Why a motion came out as it did (R.6, R.7, S.12). */
export type TallyReason =
  | 'majority_for'
  | 'majority_against'
  | 'tie'
  | 'no_votes'
  | 'not_decided_quorum_not_reached'
  | Exclude<MotionAllowedReason, 'motion_allowed'>;

/** The outcome of a motion with what was counted and why it came out so. */
export interface MotionResult {
  kind: MajorityMotionKind;
  assemblyKind: AssemblyKind;
  outcome: MotionOutcome;
  reason: TallyReason;
  /** The rule applied: adopted when for > against, abstentions aside. */
  rule: 'simple_majority';
  counts: BallotCounts;
  quorum: QuorumVerdict;
  allowed: MotionAllowedVerdict;
}

/**
 * The outcome of a motion decided by for/against/abstain (R.6, R.7: majority, abstentions not
 * counted, a tie rejects; statute changes need the quorum first, else "not decided" whatever the
 * votes; S.12 and R.7 limit what an ordinary assembly may decide).
 */
export function tallyMotion(
  kind: MajorityMotionKind,
  assemblyKind: AssemblyKind,
  counts: BallotCounts,
  presence: PresenceCounts,
  statutes: Statutes = togetherStatutes,
): MotionResult {
  const allowed = motionAllowed(kind, assemblyKind, statutes);
  const quorum = quorumVerdict(kind, presence, statutes);
  const result = (outcome: MotionOutcome, reason: TallyReason): MotionResult => ({
    kind,
    assemblyKind,
    outcome,
    reason,
    rule: 'simple_majority',
    counts,
    quorum,
    allowed,
  });
  if (allowed.reason !== 'motion_allowed') return result('not_decided', allowed.reason);
  // R.7: without the quorum a statute change is not decided, whatever the votes.
  if (!quorum.ok) return result('not_decided', 'not_decided_quorum_not_reached');
  if (counts.counted === 0) return result('rejected', 'no_votes');
  if (counts.for > counts.against) return result('adopted', 'majority_for');
  return result('rejected', counts.for === counts.against ? 'tie' : 'majority_against');
}
