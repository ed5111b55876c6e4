import { z } from 'zod';

/** The three colleges of S.2. Only effective and de jure members vote (S.2, last paragraph). */
export const colleges = ['effective', 'de_jure', 'associate'] as const;
export const collegeSchema = z.enum(colleges);
export type College = z.infer<typeof collegeSchema>;

export const continents = ['Europe', 'Africa', 'Asia', 'Americas', 'Oceania'] as const;
export const continentSchema = z.enum(continents);
export type Continent = z.infer<typeof continentSchema>;

/**
 * Where a member stands in its life in the network (S.11).
 * - `requested`: admission asked, waiting for the Direction;
 * - `refused`: the Direction refused the admission;
 * - `pending_validation`: approved by the Direction, waiting for the next ordinary assembly;
 * - `active`: validated (the founding members are active);
 * - `exclusion_proposed`: the Direction proposed an exclusion; still a full member until decided;
 * - `excluded`: the assembly decided the exclusion.
 */
export const memberStatuses = [
  'requested',
  'refused',
  'pending_validation',
  'active',
  'exclusion_proposed',
  'excluded',
] as const;
export const memberStatusSchema = z.enum(memberStatuses);
export type MemberStatus = z.infer<typeof memberStatusSchema>;

export const memberNoSchema = z.number().int().positive();

export const memberSchema = z.object({
  memberNo: memberNoSchema,
  /** Members of one territory (platform and municipality) share it; dues are paid once per territory (R.9). */
  territoryNo: z.number().int().positive().nullable(),
  college: collegeSchema,
  continent: continentSchema,
  country: z.string().trim().min(1).max(100),
  territory: z.string().trim().max(200),
  organisation: z.string().trim().min(1).max(300),
  platformType: z.string().trim().max(100),
  status: memberStatusSchema,
  /** Inhabitants of the territory, for the minimum dues (R.9); null when unknown. */
  population: z.number().int().nonnegative().nullable(),
});
export type Member = z.infer<typeof memberSchema>;
