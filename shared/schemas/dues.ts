import { z } from 'zod';

/** Whether a member's minimum dues are mandatory: territorial, or regional/national/international (R.9). */
export const duesScopes = ['territorial', 'supra_territorial'] as const;
export const duesScopeSchema = z.enum(duesScopes);
export type DuesScope = z.infer<typeof duesScopeSchema>;

/** What a person types to see the minimum dues of a territory (R.9). */
export const minimumDuesInputSchema = z.object({
  country: z.string({ error: 'Give the country' }).trim().min(1, { error: 'Give the country' }),
  population: z
    .number({ error: 'Give the number of inhabitants as a whole number' })
    .int({ error: 'Give the number of inhabitants as a whole number' })
    .positive({ error: 'The number of inhabitants must be above zero' }),
});
export type MinimumDuesInput = z.infer<typeof minimumDuesInputSchema>;
