import { z } from 'zod';
import { agendaItemKindSchema, assemblyKindSchema } from './assembly';
import { memberNoSchema as memberNo } from './member';
import { minutesAttendanceSchema, minutesNoticeSchema } from './minutesAttendance';
import { minutesInstantSchema as iso } from './minutesMember';
import { minutesElectionSchema, minutesMotionSchema } from './minutesVotes';

/**
 * The minutes (procès-verbal) of an assembly (RULES.md §5): everything the assembly leaves
 * behind, as plain serialisable data built once from the stores, then rendered as a page, a PDF
 * and an e-mail in each reader's language. Instants are ISO texts in UTC; renderers show them in
 * the assembly's reference time zone.
 */

/** A message of the discussion, numbered in posting order; a hidden one keeps no text. */
export const minutesMessageSchema = z.object({
  number: z.number().int().positive(),
  replyTo: z.number().int().positive().nullable(),
  author: z.string(),
  speaksFor: z.array(z.object({ memberNo, organisation: z.string() })),
  postedAt: iso,
  body: z.string().nullable(),
  edited: z.boolean(),
  /** Posted by replying to an e-mail (unset in minutes drafted before replies by e-mail existed). */
  byEmail: z.boolean().optional(),
  withdrawnAt: iso.nullable(),
  hidden: z.object({ by: z.string(), reason: z.string(), at: iso }).nullable(),
});
export type MinutesMessage = z.infer<typeof minutesMessageSchema>;

/** An agenda item with what was decided on it and its discussion; `number` null for an item dropped on the day. */
export const minutesItemSchema = z.object({
  id: z.string(),
  number: z.number().int().positive().nullable(),
  title: z.string(),
  kind: agendaItemKindSchema.nullable(),
  description: z.string(),
  motions: z.array(minutesMotionSchema),
  elections: z.array(minutesElectionSchema),
  discussion: z.array(minutesMessageSchema),
});
export type MinutesItem = z.infer<typeof minutesItemSchema>;

export const minutesContentSchema = z.object({
  format: z.literal(1),
  networkName: z.string(),
  assembly: z.object({
    id: z.string(),
    kind: assemblyKindSchema,
    title: z.string(),
    hybrid: z.boolean(),
    opensAt: iso,
    closesAt: iso,
    referenceTimeZone: z.string(),
  }),
  /** The member of the Table who convened it (the first convocation's sender). */
  convenedBy: z.string(),
  dispatches: z.array(
    z.object({
      no: z.number().int().positive(),
      at: iso,
      by: z.string(),
      reason: z.enum(['convocation', 'agenda_update', 'cancellation']),
    }),
  ),
  notice: minutesNoticeSchema,
  attendance: minutesAttendanceSchema,
  items: z.array(minutesItemSchema),
  /** The discussion that belongs to no agenda item. */
  generalDiscussion: z.array(minutesMessageSchema),
  /** The messages the Table hid, with who hid them, when and why. */
  hiddenMessages: z.array(
    z.object({
      number: z.number().int().positive(),
      item: z.string(),
      author: z.string(),
      postedAt: iso,
      by: z.string(),
      at: iso,
      reason: z.string(),
    }),
  ),
  /** The audit trail's last link when the minutes were drafted. */
  auditHead: z.object({ seq: z.number().int().nonnegative(), hash: z.string() }),
  draftedAt: iso,
});
export type MinutesContent = z.infer<typeof minutesContentSchema>;
