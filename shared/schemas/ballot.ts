import { z } from 'zod';
import { memberNoSchema } from './member';
import { instantSchema } from './time';

import { ballotChoices } from '../vocabulary';

export { ballotChoices };

export const ballotChoiceSchema = z.enum(ballotChoices, { error: 'Choose for, against or abstain' });
export type BallotChoice = z.infer<typeof ballotChoiceSchema>;

/** Whether a ballot was cast by the member's own representative or by its proxy holder's. */
export const castAsValues = ['own', 'proxy'] as const;
export const castAsSchema = z.enum(castAsValues);
export type CastAs = z.infer<typeof castAsSchema>;

/** A ballot as recorded: the member whose vote it is, how, and when. */
export const ballotSchema = z.object({
  motionId: z.string().min(1),
  memberNo: memberNoSchema,
  choice: ballotChoiceSchema,
  castAs: castAsSchema,
  /** The person who cast it (a representative of the member, or of its proxy holder). */
  castByPersonId: z.string().min(1),
  castAt: instantSchema,
});
export type Ballot = z.infer<typeof ballotSchema>;
