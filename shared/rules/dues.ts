import type { DuesScope } from '../schemas/dues';
import type { College } from '../schemas/member';
import { type Statutes, togetherStatutes } from '../statutes';

/** Why minimum dues could or could not be computed (R.9). */
export type DuesReason = 'dues_computed' | 'dues_unknown_country' | 'dues_invalid_population';

/** The minimum dues with their figures, or why they cannot be computed (never thrown). */
export type MinimumDues =
  | {
      ok: true;
      reason: 'dues_computed';
      /** The minimum, in whole units of `currency`. */
      amount: number;
      currency: string;
      country: string;
      population: number;
      factor: number;
      inhabitantsDivisor: number;
    }
  | { ok: false; reason: 'dues_unknown_country'; country: string }
  | { ok: false; reason: 'dues_invalid_population'; population: number; country: string };

const FACTOR_SCALE = 1_000_000n;

/** The correction factor of `country` (R.9, appendix 1): exact name first, then ignoring case and accents. */
export function duesFactorOf(
  country: string,
  statutes: Statutes = togetherStatutes,
): { country: string; factor: number } | null {
  const table = statutes.dues.factors;
  const exact = table[country];
  if (exact !== undefined) return { country, factor: exact };
  const fold = (name: string): string =>
    name
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .trim()
      .toLowerCase();
  const wanted = fold(country);
  for (const [name, factor] of Object.entries(table)) if (fold(name) === wanted) return { country: name, factor };
  return null;
}

/**
 * The minimum yearly dues of a territory (R.9): inhabitants / 1000 x the country's correction
 * factor, rounded to the nearest euro (half up). 50,000 in Luxembourg: 376; in Cape Verde: 18.
 */
export function minimumDues(
  input: { country: string; population: number },
  statutes: Statutes = togetherStatutes,
): MinimumDues {
  const { population } = input;
  const found = duesFactorOf(input.country, statutes);
  if (found === null) return { ok: false, reason: 'dues_unknown_country', country: input.country };
  if (!Number.isSafeInteger(population) || population <= 0) {
    return { ok: false, reason: 'dues_invalid_population', population, country: found.country };
  }
  const divisor = statutes.dues.inhabitantsDivisor;
  // Exact: population x factor (in millionths) / (divisor x 10^6), rounded half up, in integers.
  const numerator = BigInt(population) * BigInt(Math.round(found.factor * Number(FACTOR_SCALE)));
  const denominator = BigInt(divisor) * FACTOR_SCALE;
  const amount = Number((2n * numerator + denominator) / (2n * denominator));
  return {
    ok: true,
    reason: 'dues_computed',
    amount,
    currency: statutes.dues.currency,
    country: found.country,
    population,
    factor: found.factor,
    inhabitantsDivisor: divisor,
  };
}

/**
 * Whether the minimum of R.9 binds a member: effective and de jure members of a territory pay it,
 * once per territory; associates and regional, national or international de jure members pay
 * what they wish, if anything.
 */
export function duesAreMandatory(college: College, scope: DuesScope): boolean {
  if (college === 'associate') return false;
  return !(college === 'de_jure' && scope === 'supra_territorial');
}

/** Where a territory stands with a year's dues (R.9). */
export type DuesStanding = 'paid' | 'partly_paid' | 'unpaid' | 'unknown';

/**
 * A territory's standing for a year: paid once what its members paid reaches the minimum;
 * `unknown` when the minimum cannot be computed and nothing was paid.
 */
export function duesStanding(minimum: number | null, paidCents: number): DuesStanding {
  if (minimum === null) return paidCents > 0 ? 'paid' : 'unknown';
  if (paidCents >= minimum * 100) return 'paid';
  return paidCents > 0 ? 'partly_paid' : 'unpaid';
}
