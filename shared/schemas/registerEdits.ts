import { z } from 'zod';
import { lineText, multilineText } from './typedText';
import { colleges, continents } from './member';
import { emailSchema, languageSchema, timeZoneSchema } from './person';
import { admissionRequestInputSchema } from './admission';

/** What the secretariat may correct on a member (R.8); the status changes only through S.11's steps. */
export const memberUpdateSchema = z
  .object({
    college: z.enum(colleges, { error: 'Choose the college: effective, de jure or associate' }),
    continent: z.enum(continents, { error: 'Choose the continent' }),
    country: lineText().min(1, { error: 'Give the country' }).max(100),
    territory: lineText().max(200, { error: 'The territory can have at most 200 characters' }),
    organisation: lineText().min(1, { error: 'Give the name of the organisation' }).max(300),
    platformType: lineText().max(100),
    population: z
      .number({ error: 'Give the number of inhabitants as a whole number' })
      .int({ error: 'Give the number of inhabitants as a whole number' })
      .positive({ error: 'The number of inhabitants must be above zero' })
      .nullable(),
    territoryNo: z.number({ error: 'The territory number must be a whole number' }).int().positive().nullable(),
  })
  .partial()
  .refine((update) => Object.keys(update).length > 0, { error: 'Nothing to change: give at least one field.' });
export type MemberUpdateInput = z.infer<typeof memberUpdateSchema>;

/** A new person, as the secretariat or a candidate enters them. */
export const newPersonSchema = z.object({
  name: lineText().min(1, { error: 'Give the name of the person' }).max(200),
  email: emailSchema,
  language: languageSchema,
  timeZone: timeZoneSchema,
});
export type NewPerson = z.infer<typeof newPersonSchema>;

/** S.2: the member designates a (new) representative; the secretariat records it. */
export const representativeChangeSchema = z.union(
  [z.object({ personId: z.string().min(1, { error: 'Choose a person' }) }), z.object({ newPerson: newPersonSchema })],
  { error: 'Choose a person from the register, or enter a new one with a name and an e-mail address' },
);
export type RepresentativeChange = z.infer<typeof representativeChangeSchema>;

/** What the secretariat may correct on a person. */
export const personUpdateSchema = newPersonSchema
  .extend({ plainTextMail: z.boolean() })
  .partial()
  .refine((update) => Object.keys(update).length > 0, { error: 'Nothing to change: give at least one field.' });
export type PersonUpdate = z.infer<typeof personUpdateSchema>;

/** S.11: a candidate (or a member on its behalf) asks to join, saying how it meets the college criteria of S.2. */
export const admissionSubmissionSchema = admissionRequestInputSchema.extend({
  criteria: multilineText({ error: 'Say how the candidate meets the criteria of its college' })
    .min(20, { error: 'Say how the candidate meets the criteria of its college (at least 20 characters)' })
    .max(5000),
  contact: newPersonSchema,
});
export type AdmissionSubmission = z.infer<typeof admissionSubmissionSchema>;

/** S.11: the Direction approves or refuses, with a reason the candidate will read. */
export const admissionDecisionSchema = z.object({
  approve: z.boolean({ error: 'Say whether the Direction approves' }),
  reason: multilineText().min(3, { error: 'Give the reason (the candidate will read it)' }).max(5000),
});
export type AdmissionDecision = z.infer<typeof admissionDecisionSchema>;
