import { z } from 'zod';
import { ballotChoiceSchema, castAsSchema } from './ballot';
import { bodySchema, officeSchema } from './body';
import { memberNoSchema as memberNo } from './member';
import { minutesInstantSchema as iso, minutesMemberSchema } from './minutesMember';
import { motionKinds, motionOutcomeSchema } from './motion';
import type { TallyReason } from '../rules/tally';
import type { ElectionReason } from '../rules/elections';

// The minutes' record of the votes (RULES.md §5): each motion and each election with every figure.

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

/**
 * A secret vote counted from encrypted ballots: its Belenios archive's file name and SHA-256, with
 * which anyone can check the count (unset in minutes drafted before secret votes were encrypted).
 */
export const minutesArchiveSchema = z.object({ file: z.string(), sha256: z.string() });

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
  archive: minutesArchiveSchema.nullable().optional(),
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
  archive: minutesArchiveSchema.nullable().optional(),
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
