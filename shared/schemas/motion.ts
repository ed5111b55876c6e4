import { z } from 'zod';

/**
 * What an assembly can decide. Statute and rules changes only at an extraordinary assembly
 * (S.12), elections too (S.5), agenda changes on the day too (R.7); admissions are validated by
 * the next ordinary assembly (S.11); exclusions by the next ordinary or extraordinary one (S.11).
 */
export const motionKinds = [
  'ordinary_decision',
  'statute_change',
  'rules_change',
  'election',
  'admission',
  'exclusion',
  'agenda_change',
] as const;
export const motionKindSchema = z.enum(motionKinds, { error: 'Unknown kind of motion' });
export type MotionKind = z.infer<typeof motionKindSchema>;

/** The motions decided by for/against/abstain (every kind but elections). */
export type MajorityMotionKind = Exclude<MotionKind, 'election'>;

export const motionOutcomes = ['adopted', 'rejected', 'not_decided'] as const;
export const motionOutcomeSchema = z.enum(motionOutcomes);
export type MotionOutcome = z.infer<typeof motionOutcomeSchema>;
