import { z } from 'zod';
import { ballotsOf } from './voting';

/** A Belenios record piece as the browser made it (a ballot, a certificate, a share): compact JSON. */
const piece = (what: string, max: number) =>
  z
    .string({ error: `Give the ${what} as text` })
    .min(2, { error: `The ${what} is empty` })
    .max(max, { error: `The ${what} is too long` })
    .refine((text) => text.startsWith('{') || text.startsWith('['), { error: `The ${what} is not a Belenios record` });

/** Encrypted votes of several members in one action (R.7): each the member's own Belenios ballot. */
export const encryptedBallotsInputSchema = z.object({
  ballots: ballotsOf({ ballot: piece('ballot', 40_000) }),
});
export type EncryptedBallotsInput = z.infer<typeof encryptedBallotsInputSchema>;

/** The Table's choice of who holds the election key of an assembly's secret votes, and how many of them can decrypt. */
export const trusteesInputSchema = z
  .object({
    personIds: z
      .array(z.string().min(1).max(64), { error: 'Choose the trustees' })
      .min(2, { error: 'Choose at least two trustees' })
      .max(7, { error: 'Choose at most seven trustees' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'A trustee is chosen once' }),
    threshold: z.number().int().min(2, { error: 'At least two trustees must be needed to decrypt' }),
  })
  .refine((input) => input.threshold <= input.personIds.length, {
    error: 'No more trustees can be needed than are chosen',
    path: ['threshold'],
  });
export type TrusteesInput = z.infer<typeof trusteesInputSchema>;

/** One step of a trustee's part in making the key: a certificate (1), a polynomial (2), a checked share (3). */
export const ceremonyStepInputSchema = z.object({
  step: z.enum(['certificate', 'polynomial', 'voutput']),
  piece: piece('key piece', 400_000),
});
export type CeremonyStepInput = z.infer<typeof ceremonyStepInputSchema>;

/** A trustee's share of the decryption of one secret vote's tally. */
export const partialDecryptionInputSchema = z.object({ partial: piece('decryption share', 200_000) });
export type PartialDecryptionInput = z.infer<typeof partialDecryptionInputSchema>;
