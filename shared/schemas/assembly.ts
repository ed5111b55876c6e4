import { z } from 'zod';
import { instantSchema } from './time';

/** Ordinary (S.6, R.6: twice a year, online) or extraordinary (S.7, R.7: at the International Meetings). */
export const assemblyKinds = ['ordinary', 'extraordinary'] as const;
export const assemblyKindSchema = z.enum(assemblyKinds, {
  error: 'The assembly is either ordinary or extraordinary',
});
export type AssemblyKind = z.infer<typeof assemblyKindSchema>;

/**
 * Where an assembly stands: `draft` (not yet convened), `convened` (convocation sent),
 * `held` (its window has closed), `cancelled`. Only convened and held assemblies count in the
 * statutory calendar.
 */
export const assemblyStates = ['draft', 'convened', 'held', 'cancelled'] as const;
export const assemblyStateSchema = z.enum(assemblyStates);
export type AssemblyState = z.infer<typeof assemblyStateSchema>;

/** The 24-hour room of an assembly (R.6): [opensAt, closesAt), closesAt = opensAt + the session length. */
export const assemblyWindowSchema = z
  .object({ opensAt: instantSchema, closesAt: instantSchema })
  .refine((window) => window.closesAt.getTime() > window.opensAt.getTime(), {
    error: 'The assembly must close after it opens',
    path: ['closesAt'],
  });
export type AssemblyWindow = z.infer<typeof assemblyWindowSchema>;

/** What the statutory calendar needs to know of an assembly. */
export const assemblyScheduleSchema = z.object({
  id: z.string().min(1),
  kind: assemblyKindSchema,
  opensAt: instantSchema,
  state: assemblyStateSchema,
  /** An extraordinary assembly held both at the International Meeting and online (RULES.md §4). */
  hybrid: z.boolean().default(false),
});
export type AssemblySchedule = z.infer<typeof assemblyScheduleSchema>;

/** What a member of the Table fills in to convene an assembly (R.6, R.7). */
export const convokeAssemblyInputSchema = z
  .object({
  kind: assemblyKindSchema,
  opensAt: instantSchema,
  title: z
    .string({ error: 'Give the assembly a title' })
    .trim()
    .min(3, { error: 'The title needs at least 3 characters' })
    .max(200, { error: 'The title can have at most 200 characters' }),
  agenda: z
    .array(
      z
        .string({ error: 'Each agenda item is a text' })
        .trim()
        .min(1, { error: 'An agenda item cannot be empty' })
        .max(500, { error: 'An agenda item can have at most 500 characters' }),
    )
    .min(1, { error: 'The convocation needs an agenda with at least one item' }),
  hybrid: z.boolean().default(false),
})
  .refine((input) => !input.hybrid || input.kind === 'extraordinary', {
    error: 'Only an extraordinary assembly can also meet in person (hybrid)',
    path: ['hybrid'],
  });
export type ConvokeAssemblyInput = z.infer<typeof convokeAssemblyInputSchema>;
