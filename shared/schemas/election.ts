import { z } from 'zod';
import { castAsSchema } from './ballot';
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

/** What a person sends to vote in an election. */
export const castElectionBallotInputSchema = z.object({
  electionId: z.string({ error: 'Say which election' }).min(1, { error: 'Say which election' }),
  round: z.union([z.literal(1), z.literal(2)], { error: 'The round is 1 or 2' }),
  memberNo: memberNoInputSchema('Say which member this vote is for'),
  candidateMemberNo: memberNoInputSchema('Choose a candidate, or vote blank').nullable(),
});
export type CastElectionBallotInput = z.infer<typeof castElectionBallotInputSchema>;
