import type { MotionKind } from '../schemas/motion';
import { type Fraction, type Statutes, togetherStatutes } from '../statutes';

/** R.7: the voting members that must be present or represented, ceil(2/3 x voting members) by default. */
export function requiredQuorum(votingMembers: number, statutes: Statutes = togetherStatutes): number {
  const { numerator, denominator } = statutes.statuteChangeQuorum;
  // Integer arithmetic: 2/3 x 104 must give 70, with no floating-point rounding on the way.
  return Math.floor((numerator * votingMembers + denominator - 1) / denominator);
}

/** Whether a motion of this kind needs the quorum (R.7: statute changes; rules changes if the statutes say so). */
export function quorumApplies(kind: MotionKind, statutes: Statutes = togetherStatutes): boolean {
  return kind === 'statute_change' || (kind === 'rules_change' && statutes.rulesChangeNeedsQuorum);
}

/** Whether the quorum applies to a motion, and if so whether it is reached (R.7). */
export type QuorumReason = 'quorum_not_required' | 'quorum_reached' | 'quorum_not_reached';

/** The quorum with every figure, so the minutes can show them (RULES.md §5). */
export interface QuorumVerdict {
  /** True when the motion may be decided: quorum not required, or reached. */
  ok: boolean;
  reason: QuorumReason;
  applies: boolean;
  votingMembers: number;
  present: number;
  represented: number;
  presentOrRepresented: number;
  required: number;
  /** How many more members present or represented were needed; 0 when reached. */
  missing: number;
  fraction: Fraction;
}

/** The counts the quorum is computed from (see attendanceRegister). */
export interface PresenceCounts {
  votingMembers: number;
  present: number;
  represented: number;
}

/** Whether a motion of `kind` may be decided with this attendance (R.7: present + represented >= required). */
export function quorumVerdict(
  kind: MotionKind,
  counts: PresenceCounts,
  statutes: Statutes = togetherStatutes,
): QuorumVerdict {
  const applies = quorumApplies(kind, statutes);
  const required = applies ? requiredQuorum(counts.votingMembers, statutes) : 0;
  const presentOrRepresented = counts.present + counts.represented;
  const missing = Math.max(0, required - presentOrRepresented);
  const reason: QuorumReason = !applies
    ? 'quorum_not_required'
    : missing === 0
      ? 'quorum_reached'
      : 'quorum_not_reached';
  return {
    ok: missing === 0,
    reason,
    applies,
    votingMembers: counts.votingMembers,
    present: counts.present,
    represented: counts.represented,
    presentOrRepresented,
    required,
    missing,
    fraction: statutes.statuteChangeQuorum,
  };
}
