import { z } from 'zod';
import { minutesInstantSchema as iso, minutesMemberSchema } from './minutesMember';

/** The register of attendance (RULES.md §4 Readings, §5). */
export const minutesAttendanceSchema = z.object({
  votingMembers: z.number().int().nonnegative(),
  present: z.number().int().nonnegative(),
  represented: z.number().int().nonnegative(),
  absent: z.number().int().nonnegative(),
  /** Voting members whose representative joined during the window: when, and who. */
  presentMembers: z.array(minutesMemberSchema.extend({ joinedAt: iso, representedBy: z.string() })),
  /** Voting members not present whose proxy holder was present. */
  representedMembers: z.array(minutesMemberSchema.extend({ holder: minutesMemberSchema })),
  /** Every proxy given for the assembly, revoked ones included (R.7). */
  proxies: z.array(
    z.object({
      id: z.string(),
      grantor: minutesMemberSchema,
      holder: minutesMemberSchema,
      grantedAt: iso,
      grantedBy: z.string(),
      revokedAt: iso.nullable(),
    }),
  ),
  /** Non-voting members (associates) whose representative joined the room or posted in it. */
  associates: z.array(
    minutesMemberSchema.extend({ person: z.string(), tookPart: z.enum(['joined', 'posted']), at: iso }),
  ),
});
export type MinutesAttendance = z.infer<typeof minutesAttendanceSchema>;

/** R.6, R.7: the notice the convocation gave, against the notice the statutes require for the kind. */
export const minutesNoticeSchema = z.object({
  ok: z.boolean(),
  firstDispatchAt: iso.nullable(),
  earliestOpensAt: iso.nullable(),
  /** Days from the first dispatch to the opening, to the hundredth. */
  givenDays: z.number().nullable(),
  /** Days the statutes' notice came to from that dispatch (a calendar month varies), to the hundredth. */
  requiredDays: z.number().nullable(),
  period: z.object({
    unit: z.enum(['hours', 'calendar_days', 'calendar_months', 'calendar_years']),
    amount: z.number(),
  }),
});
export type MinutesNotice = z.infer<typeof minutesNoticeSchema>;
