import { z } from 'zod';
import { lineText } from './typedText';
import { colleges, continents } from './member';
import { memberNoInputSchema } from './memberRef';

/**
 * A request to join (S.11): proposed by a member, or by the candidate itself; the Direction then
 * checks the college criteria of S.2 and the next ordinary assembly validates.
 */
export const admissionRequestInputSchema = z.object({
  college: z.enum(colleges, { error: 'Choose the college: effective, de jure or associate' }),
  organisation: lineText({ error: 'Give the name of the organisation or person' })
    .min(1, { error: 'Give the name of the organisation or person' })
    .max(300, { error: 'The name can have at most 300 characters' }),
  country: lineText({ error: 'Give the country' })
    .min(1, { error: 'Give the country' })
    .max(100, { error: 'The country can have at most 100 characters' }),
  continent: z.enum(continents, { error: 'Choose the continent' }),
  territory: lineText().max(200, { error: 'The territory can have at most 200 characters' }).default(''),
  platformType: lineText().max(100, { error: 'The platform type can have at most 100 characters' }).default(''),
  population: z
    .number({ error: 'Give the number of inhabitants as a whole number' })
    .int({ error: 'Give the number of inhabitants as a whole number' })
    .positive({ error: 'The number of inhabitants must be above zero' })
    .nullable()
    .default(null),
  /** The member that proposes the candidate; null when the candidate asks itself. */
  proposedByMemberNo: memberNoInputSchema('Say which member proposes the candidate').nullable().default(null),
});
export type AdmissionRequestInput = z.infer<typeof admissionRequestInputSchema>;
