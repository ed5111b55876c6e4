import { z } from 'zod';
import { agendaItemKindSchema, assemblyKindSchema } from './assembly';
import { ballotChoiceSchema, castAsSchema } from './ballot';
import { bodySchema, officeSchema } from './body';
import { motionKinds, motionOutcomeSchema } from './motion';
import type { TallyReason } from '../rules/tally';
import type { ElectionReason } from '../rules/elections';

/**
 * The minutes (procès-verbal) of an assembly (RULES.md §5): everything the assembly leaves
 * behind, as plain serialisable data built once from the stores, then rendered as a page, a PDF
 * and an e-mail in each reader's language. Instants are ISO texts in UTC; renderers show them in
 * the assembly's reference time zone.
 */

const iso = z.iso.datetime({ offset: true });
const memberNo = z.number().int().positive();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'The digest of the minutes is a SHA-256 in hexadecimal' });

/** A member as the minutes name it: number, territory, organisation, country. */
export const minutesMemberSchema = z.object({
  memberNo,
  organisation: z.string(),
  territory: z.string(),
  country: z.string(),
});
export type MinutesMember = z.infer<typeof minutesMemberSchema>;

const tallyReasons = [
  'majority_for',
  'majority_against',
  'tie',
  'no_votes',
  'not_decided_quorum_not_reached',
  'motion_needs_extraordinary_assembly',
  'motion_needs_ordinary_assembly',
  'motion_kind_not_allowed',
] as const satisfies readonly TallyReason[];

const electionReasons = [
  'election_absolute_majority',
  'election_second_round',
  'election_tie_for_second_round',
  'election_relative_majority',
  'election_second_round_tie',
  'election_no_votes',
  'election_no_candidates',
] as const satisfies readonly ElectionReason[];

/** The receipts counted for a secret ballot, each hash chained to the previous one. */
export const minutesReceiptsSchema = z.object({ hashes: z.array(z.string()), chainHead: z.string() });

/** A motion's result as stored at the close: its reason and figures read by the reason's sentence. */
export const minutesMotionResultSchema = z.object({
  outcome: motionOutcomeSchema,
  reason: z.enum(tallyReasons),
  counts: z.object({
    for: z.number().int().nonnegative(),
    against: z.number().int().nonnegative(),
    abstain: z.number().int().nonnegative(),
    cast: z.number().int().nonnegative(),
    counted: z.number().int().nonnegative(),
    overriddenByOwnVote: z.number().int().nonnegative(),
    replaced: z.number().int().nonnegative(),
  }),
  /** R.7: the quorum figures, with `applies` false for motions that need none. */
  quorum: z.object({
    applies: z.boolean(),
    ok: z.boolean(),
    votingMembers: z.number().int().nonnegative(),
    present: z.number().int().nonnegative(),
    represented: z.number().int().nonnegative(),
    presentOrRepresented: z.number().int().nonnegative(),
    required: z.number().int().nonnegative(),
    missing: z.number().int().nonnegative(),
  }),
});
export type MinutesMotionResult = z.infer<typeof minutesMotionResultSchema>;

/** One member's named ballot: whose vote, what, cast by its own representative or by proxy. */
export const minutesNamedBallotSchema = minutesMemberSchema.extend({
  vote: ballotChoiceSchema,
  castAs: castAsSchema,
  castAt: iso,
});

export const minutesMotionSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  kind: z.enum(motionKinds).exclude(['election']),
  secret: z.boolean(),
  subjectMemberNo: memberNo.nullable(),
  openedAt: iso,
  openedBy: z.string(),
  /** When the Table closed the vote before the room's close, else null. */
  closedAt: iso.nullable(),
  talliedAt: iso.nullable(),
  result: minutesMotionResultSchema.nullable(),
  /** Named ballots, by member number; empty for a secret ballot. */
  ballots: z.array(minutesNamedBallotSchema),
  /** The receipts counted (both kinds of ballot publish them); null before a tally. */
  receipts: minutesReceiptsSchema.nullable(),
});
export type MinutesMotion = z.infer<typeof minutesMotionSchema>;

export const minutesElectionRoundSchema = z.object({
  round: z.union([z.literal(1), z.literal(2)]),
  talliedAt: iso,
  result: z.object({
    round: z.union([z.literal(1), z.literal(2)]),
    outcome: z.enum(['elected', 'second_round', 'tie', 'not_elected']),
    reason: z.enum(electionReasons),
    elected: memberNo.nullable(),
    finalists: z.array(memberNo),
    tied: z.array(memberNo),
    absoluteMajority: z.number().int().nonnegative(),
    counts: z.object({
      candidates: z.array(z.object({ memberNo, votes: z.number().int().nonnegative() })),
      blank: z.number().int().nonnegative(),
      invalid: z.number().int().nonnegative(),
      cast: z.number().int().nonnegative(),
      expressed: z.number().int().nonnegative(),
    }),
  }),
  receipts: minutesReceiptsSchema,
});
export type MinutesElectionRound = z.infer<typeof minutesElectionRoundSchema>;

/** The election of one office (S.5, R.5): its candidates, one or two rounds, who was elected. */
export const minutesElectionSchema = z.object({
  id: z.string(),
  body: bodySchema,
  office: officeSchema,
  openedAt: iso,
  openedBy: z.string(),
  candidates: z.array(minutesMemberSchema.extend({ person: z.string() })),
  rounds: z.array(minutesElectionRoundSchema),
  elected: minutesMemberSchema.nullable(),
});
export type MinutesElection = z.infer<typeof minutesElectionSchema>;

/** A message of the discussion, numbered in posting order; a hidden one keeps no text. */
export const minutesMessageSchema = z.object({
  number: z.number().int().positive(),
  replyTo: z.number().int().positive().nullable(),
  author: z.string(),
  speaksFor: z.array(z.object({ memberNo, organisation: z.string() })),
  postedAt: iso,
  body: z.string().nullable(),
  edited: z.boolean(),
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

/** R.5: the minutes are signed by the president (failing that, the vice-president) and the secretary of the Table. */
export const minutesRoles = ['president', 'secretary'] as const;
export const minutesRoleSchema = z.enum(minutesRoles, { error: 'Sign as the president or as the secretary' });
export type MinutesRole = z.infer<typeof minutesRoleSchema>;

/** A signature: who approved which exact text (the SHA-256 of the content and the statement), in which office, when. */
export const minutesApprovalSchema = z.object({
  role: minutesRoleSchema,
  office: officeSchema,
  memberNo,
  personId: z.string(),
  name: z.string(),
  at: iso,
  digest: sha256,
});
export type MinutesApproval = z.infer<typeof minutesApprovalSchema>;

/** One version of an assembly's minutes; once published it never changes. */
export const minutesVersionSchema = z.object({
  assemblyId: z.string(),
  version: z.number().int().positive(),
  content: minutesContentSchema,
  /** The Table's short statement, printed above the signatures. */
  statement: z.string(),
  /** SHA-256 of the content and the statement: what a signature approves. */
  digest: sha256,
  approvals: z.array(minutesApprovalSchema),
  draftedAt: iso,
  draftedBy: z.string(),
  publishedAt: iso.nullable(),
  publishedBy: z.string().nullable(),
  /** For a correction: the version it corrects and what changed. */
  correctionOf: z.number().int().positive().nullable(),
  correctionNote: z.string().nullable(),
  /** Counts the changes of a draft, so two edits at once never overwrite each other. */
  revision: z.number().int().nonnegative(),
});
export type MinutesVersion = z.infer<typeof minutesVersionSchema>;

export const minutesStatementMaxLength = 4000;

/** The Table edits the statement of a draft, from the revision it read. */
export const minutesStatementInputSchema = z.object({
  statement: z
    .string({ error: 'Write the statement' })
    .trim()
    .max(minutesStatementMaxLength, {
      error: `The statement can have at most ${minutesStatementMaxLength} characters`,
    }),
  revision: z.number({ error: 'Say which revision of the draft you edited' }).int().nonnegative(),
});
export type MinutesStatementInput = z.infer<typeof minutesStatementInputSchema>;

/** A member of the Table signs the text it read, identified by its digest. */
export const minutesSignInputSchema = z.object({
  role: minutesRoleSchema,
  digest: sha256,
});
export type MinutesSignInput = z.infer<typeof minutesSignInputSchema>;

/** The Table publishes the signed text it read. */
export const minutesPublishInputSchema = z.object({ digest: sha256 });
export type MinutesPublishInput = z.infer<typeof minutesPublishInputSchema>;

/** A correction: a new version, with a note saying what changed. */
export const minutesCorrectionInputSchema = z.object({
  note: z
    .string({ error: 'Say what the correction changes' })
    .trim()
    .min(10, { error: 'Say what the correction changes (at least 10 characters)' })
    .max(2000, { error: 'The correction note can have at most 2,000 characters' }),
});
export type MinutesCorrectionInput = z.infer<typeof minutesCorrectionInputSchema>;
