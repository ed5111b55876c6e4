import type { AssemblyKind } from '../schemas/assembly';
import { agendaItemKinds } from '../vocabulary';
import type { MotionKind } from '../schemas/motion';
import { type Statutes, togetherStatutes } from '../statutes';

// Where the schema validates it; still read from here by the pages and commands.
export { agendaItemKinds };

/** The motion kind an agenda item leads to (S.11, S.12, R.7), null for an information item. */
export const motionKindOfAgendaItem: Readonly<Record<(typeof agendaItemKinds)[number], MotionKind | null>> = {
  information: null,
  ordinary_decision: 'ordinary_decision',
  statute_change: 'statute_change',
  rules_change: 'rules_change',
  election: 'election',
  admission_validation: 'admission',
  exclusion: 'exclusion',
  agenda_change: 'agenda_change',
};

/** Whether a kind of assembly may decide a kind of motion, and if not, which one may. */
export type MotionAllowedReason =
  | 'motion_allowed'
  | 'motion_needs_extraordinary_assembly'
  | 'motion_needs_ordinary_assembly'
  | 'motion_kind_not_allowed';

/** The verdict of motionAllowed with the kinds of assembly that may decide. */
export interface MotionAllowedVerdict {
  ok: boolean;
  reason: MotionAllowedReason;
  kind: MotionKind;
  assemblyKind: AssemblyKind;
  /** The kinds of assembly that may decide it. */
  allowedAt: AssemblyKind[];
}

/**
 * Whether an assembly of `assemblyKind` may decide a motion of `kind` (S.12: statutes and rules
 * only at an extraordinary one; S.5: elections too; R.7: agenda change on the day; S.11: admissions
 * by the next ordinary one, exclusions by either).
 */
export function motionAllowed(
  kind: MotionKind,
  assemblyKind: AssemblyKind,
  statutes: Statutes = togetherStatutes,
): MotionAllowedVerdict {
  const allowedAt = (['ordinary', 'extraordinary'] as const).filter((at) => statutes.motionsAllowed[at].includes(kind));
  let reason: MotionAllowedReason;
  if (allowedAt.includes(assemblyKind)) reason = 'motion_allowed';
  else if (allowedAt.length === 0) reason = 'motion_kind_not_allowed';
  else
    reason =
      allowedAt[0] === 'extraordinary' ? 'motion_needs_extraordinary_assembly' : 'motion_needs_ordinary_assembly';
  return { ok: reason === 'motion_allowed', reason, kind, assemblyKind, allowedAt };
}
