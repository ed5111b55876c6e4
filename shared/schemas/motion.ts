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

/** A motion as the Table puts it to the assembly. */
export const motionInputSchema = z
  .object({
    kind: motionKindSchema,
    title: z
      .string({ error: 'Give the motion a title' })
      .trim()
      .min(3, { error: 'The title needs at least 3 characters' })
      .max(200, { error: 'The title can have at most 200 characters' }),
    text: z
      .string({ error: 'Give the text of the motion' })
      .trim()
      .min(1, { error: 'The text of the motion cannot be empty' })
      .max(20_000, { error: 'The text can have at most 20,000 characters' }),
    /** The member admitted or excluded, for those two kinds. */
    subjectMemberNo: z.number().int().positive().nullable().default(null),
  })
  .refine(
    (motion) => (motion.kind === 'admission' || motion.kind === 'exclusion') === (motion.subjectMemberNo !== null),
    { error: 'Name the member concerned for an admission or an exclusion, and only then', path: ['subjectMemberNo'] },
  );
export type MotionInput = z.infer<typeof motionInputSchema>;
