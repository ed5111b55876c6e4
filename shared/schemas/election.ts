import { z } from 'zod';
import { lineText } from './typedText';
import { castAsSchema } from './ballot';
import { ballotsOf } from './voting';
import { bodySchema, officeSchema } from './body';
import { memberNoSchema } from './member';
import { memberNoInputSchema } from './memberRef';
import { instantSchema } from './time';

/** A candidacy for one office of one body, filed with the Table's president (R.5). */
export const candidacySchema = z.object({
  assemblyId: z.string().min(1),
  body: bodySchema,
  office: officeSchema,
  memberNo: memberNoSchema,
  filedAt: instantSchema,
  withdrawnAt: instantSchema.nullable().default(null),
});
export type Candidacy = z.infer<typeof candidacySchema>;

/** What a representative sends to put its member forward (R.5: until the eve of the assembly). */
export const fileCandidacyInputSchema = z.object({
  assemblyId: z.string({ error: 'Say for which assembly' }).min(1, { error: 'Say for which assembly' }),
  body: bodySchema,
  office: officeSchema,
  memberNo: memberNoInputSchema('Say which member is the candidate'),
  /** Who would sit for the member; empty: its representative. */
  person: lineText().max(200, { error: 'The name can have at most 200 characters' }).default(''),
});
export type FileCandidacyInput = z.infer<typeof fileCandidacyInputSchema>;

/** The two rounds of an election (RULES.md §2, Reading: absolute majority, then relative). */
export const electionRounds = [1, 2] as const;
export type ElectionRound = (typeof electionRounds)[number];

/** A vote in an election: a candidate, or null for a blank ballot. */
export const electionBallotSchema = z.object({
  electionId: z.string().min(1),
  round: z.union([z.literal(1), z.literal(2)]),
  memberNo: memberNoSchema,
  candidateMemberNo: memberNoSchema.nullable(),
  castAs: castAsSchema,
  castByPersonId: z.string().min(1),
  castAt: instantSchema,
});
export type ElectionBallot = z.infer<typeof electionBallotSchema>;

/** The Table opens the election of one office during the window, with the candidacies filed for it. */
export const openElectionInputSchema = z.object({
  itemId: z.string().regex(/^i[A-Za-z0-9]{4,20}$/, { error: 'Choose the agenda item' }),
  body: bodySchema,
  office: officeSchema,
});
export type OpenElectionInput = z.infer<typeof openElectionInputSchema>;

/** One action votes for several members in the current round: a candidate each, or blank (null). */
export const castElectionBallotsInputSchema = z.object({
  round: z.union([z.literal(1), z.literal(2)], { error: 'The round is 1 or 2' }),
  ballots: ballotsOf({ candidateMemberNo: z.number().int().positive().nullable() }),
});
export type CastElectionBallotsInput = z.infer<typeof castElectionBallotsInputSchema>;

/** A candidacy as stored and shown: who stands, for which office, who would sit, who filed it. */
export interface StoredCandidacy {
  id: string;
  assemblyId: string;
  body: import('./body').Body;
  office: import('./body').Office;
  memberNo: number;
  /** The person who would hold the office for the member. */
  person: string;
  filedAt: string;
  filedBy: string;
  withdrawnAt: string | null;
}

/** The election of one office at an assembly: always a secret ballot, in one or two rounds. */
export interface Election {
  id: string;
  assemblyId: string;
  itemId: string;
  body: import('./body').Body;
  office: import('./body').Office;
  /** The members standing in round one. */
  candidates: number[];
  openedAt: string;
  openedBy: string;
}

/** A round as counted: the rules engine's result and the receipts counted, hash-chained. */
export interface ElectionRoundTally {
  electionId: string;
  round: ElectionRound;
  talliedAt: string;
  result: ElectionRoundResult;
  receipts: string[];
  chainHead: string;
}

/** Votes of one candidate in one round. */
export interface CandidateVotes {
  memberNo: number;
  votes: number;
}

/** What was counted in one round of an election. */
export interface ElectionCounts {
  /** Best first; equal votes by member number, an order for display only, never a tie-break. */
  candidates: CandidateVotes[];
  /** Blank ballots: recorded and shown, not counted. */
  blank: number;
  /** Ballots for someone not standing in this round: shown, not counted. */
  invalid: number;
  cast: number;
  /** Votes for candidates: the base of the absolute majority. */
  expressed: number;
}

/** Why a round of an election came out as it did (R.5, Reading). */
export type ElectionReason =
  | 'election_absolute_majority'
  | 'election_second_round'
  | 'election_tie_for_second_round'
  | 'election_relative_majority'
  | 'election_second_round_tie'
  | 'election_no_votes'
  | 'election_no_candidates';

/** What a round decided: someone elected, a second round, a tie to settle, or nobody. */
export type ElectionOutcome = 'elected' | 'second_round' | 'tie' | 'not_elected';

/** The outcome of one round of the election of one office, with its figures. */
export interface ElectionRoundResult {
  round: ElectionRound;
  outcome: ElectionOutcome;
  reason: ElectionReason;
  elected: number | null;
  /** Round one without absolute majority: who goes to the second round. */
  finalists: number[];
  /** Candidates with equal votes for the places in dispute; the assembly decides, the code never does. */
  tied: number[];
  /** Votes a candidate needed in round one: more than half of the votes expressed. */
  absoluteMajority: number;
  counts: ElectionCounts;
}
