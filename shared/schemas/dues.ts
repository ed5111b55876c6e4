import { z } from 'zod';

/** Whether a member's minimum dues are mandatory: territorial, or regional/national/international (R.9). */
export const duesScopes = ['territorial', 'supra_territorial'] as const;
export const duesScopeSchema = z.enum(duesScopes);
export type DuesScope = z.infer<typeof duesScopeSchema>;

/** A year of dues: from the founding of the network to a century later. */
export const duesYearSchema = z.coerce
  .number({ error: 'Give the year as a number' })
  .int({ error: 'Give the year as a number' })
  .min(2013, { error: 'The year must be 2013 or later' })
  .max(2100, { error: 'The year must be 2100 or earlier' });

/** POST /api/dues/payments: the secretariat records what a member paid for a year's dues (R.9). */
export const duesPaymentInputSchema = z.object({
  memberNo: z.number({ error: 'Choose the member who paid' }).int().positive(),
  year: duesYearSchema,
  /** In the currency of the statutes, with at most two decimals. */
  amount: z
    .number({ error: 'Give the amount as a number' })
    .positive({ error: 'The amount must be above 0' })
    .max(10_000_000, { error: 'The amount is too large' })
    .refine((amount) => Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6, {
      error: 'At most two decimals',
    }),
  /** The day the money arrived, as the bank statement says. */
  paidOn: z.iso.date({ error: 'Give the day it was paid' }),
});
export type DuesPaymentInput = z.infer<typeof duesPaymentInputSchema>;

/** A payment of dues as stored: what, for whom, and who recorded it when. */
export interface DuesPayment {
  id: string;
  memberNo: number;
  year: number;
  /** In hundredths of the currency. */
  amountCents: number;
  currency: string;
  paidOn: string;
  recordedAt: string;
  recordedBy: { personId: string | null; name: string };
}
