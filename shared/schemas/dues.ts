import { z } from 'zod';

/** Whether a member's minimum dues are mandatory: territorial, or regional/national/international (R.9). */
export const duesScopes = ['territorial', 'supra_territorial'] as const;
export const duesScopeSchema = z.enum(duesScopes);
export type DuesScope = z.infer<typeof duesScopeSchema>;
