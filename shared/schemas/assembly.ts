import { z } from 'zod';
import { lineText, multilineText } from './typedText';
import { instantSchema } from './time';

import { agendaItemKinds } from '../vocabulary';

export { agendaItemKinds };

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

export const agendaItemKindSchema = z.enum(agendaItemKinds, { error: 'Choose the kind of agenda item' });
export type AgendaItemKind = z.infer<typeof agendaItemKindSchema>;

/** Why the Table cancels an assembly: the members convened read it in the cancellation e-mail. */
/** Moving an agenda item to another position (0 is the first). */
export const agendaMoveSchema = z.object({
  to: z.number({ error: 'Give the new position as a number' }).int().min(0),
});

export const assemblyCancellationSchema = z.object({
  reason: multilineText({ error: 'Give the reason members will read' })
    .min(3, { error: 'Give the reason members will read' })
    .max(2000),
});
export type AssemblyCancellation = z.infer<typeof assemblyCancellationSchema>;

/** One agenda item as the Table writes it. */
export const agendaItemInputSchema = z.object({
  kind: agendaItemKindSchema,
  title: lineText({ error: 'Give the item a title' })
    .min(3, { error: 'The title of an item needs at least 3 characters' })
    .max(200, { error: 'The title of an item can have at most 200 characters' }),
  description: multilineText().max(10_000, { error: 'The description can have at most 10,000 characters' }).default(''),
  /** The member admitted or excluded, for those items. */
  subjectMemberNo: z.number().int().positive().nullable().default(null),
});
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>;

/** A new assembly, or a change to one not yet convened, as the Table fills it in (R.6, R.7). */
export const assemblyDraftSchema = z
  .object({
    kind: assemblyKindSchema,
    title: lineText({ error: 'Give the assembly a title' })
      .min(3, { error: 'The title needs at least 3 characters' })
      .max(200, { error: 'The title can have at most 200 characters' }),
    /** An instant with its offset, as picked in the Table's time zone ("2027-03-12T10:00:00+01:00"). */
    opensAt: z.iso.datetime({ offset: true, error: 'Give the opening as a date and time' }),
    hybrid: z.boolean().default(false),
  })
  .refine((input) => !input.hybrid || input.kind === 'extraordinary', {
    error: 'Only an extraordinary assembly can also meet in person (hybrid)',
    path: ['hybrid'],
  });
export type AssemblyDraft = z.infer<typeof assemblyDraftSchema>;

/** An agenda item as stored, with its documents and when it was added (for the notice, R.6, R.7). */
export interface AgendaItem extends AgendaItemInput {
  id: string;
  documentIds: string[];
  addedAt: string;
}

/** A sending of the convocation: the first one, or an update after the agenda changed. */
export interface Dispatch {
  no: number;
  at: string;
  by: string;
  reason: 'convocation' | 'agenda_update' | 'cancellation';
}

/** What the Table decided of an assembly; open and closed follow from the clock, never stored. */
export const assemblyStatuses = ['draft', 'convened', 'cancelled', 'minutes_published'] as const;
export type AssemblyStatus = (typeof assemblyStatuses)[number];

/** A general assembly (S.6, S.7, R.6, R.7). Instants are ISO texts in UTC. */
export interface Assembly {
  id: string;
  kind: AssemblyKind;
  title: string;
  opensAt: string;
  /** opensAt + the session length, computed by the rules, never edited (R.6). */
  closesAt: string;
  referenceTimeZone: string;
  hybrid: boolean;
  status: AssemblyStatus;
  createdAt: string;
  createdBy: string;
  agenda: AgendaItem[];
  dispatches: Dispatch[];
  /** The agenda changed since the last convocation went: an updated one must go to everyone. */
  unsentChanges: boolean;
  cancelled: { at: string; by: string; reason: string } | null;
}

/** A document attached to an agenda item: type checked by content, served only to members. */
export interface AssemblyDocument {
  id: string;
  assemblyId: string;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
}
