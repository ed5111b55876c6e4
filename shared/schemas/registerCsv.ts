import { z } from 'zod';
import { lineText } from './typedText';
import { colleges, continents, type Member } from './member';
import { emailSchema } from './person';

/** The columns of the register file: the founding register's, plus the representative's e-mail. */
export const registerCsvColumns = [
  'member_no',
  'territory_no',
  'college',
  'continent',
  'country',
  'territory',
  'organisation',
  'platform_type',
  'representative',
  'representative_email',
  'population',
] as const;

const trim = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const wholeNumber = (what: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
    z
      .number({ message: `${what} must be a whole number` })
      .int()
      .positive({ message: `${what} must be above 0` }),
  );

/** One row of a register file, as text cells, checked and turned into typed fields. */
export const registerCsvRowSchema = z.object({
  member_no: wholeNumber('The member number'),
  territory_no: z.preprocess(blankToNull, wholeNumber('The territory number').nullable()),
  college: z.preprocess(trim, z.enum(colleges, { message: `The college must be one of: ${colleges.join(', ')}` })),
  continent: z.preprocess(
    trim,
    z.enum(continents, { message: `The continent must be one of: ${continents.join(', ')}` }),
  ),
  country: lineText().min(1, { message: 'The country is missing' }),
  territory: lineText().default(''),
  organisation: lineText().min(1, { message: 'The organisation is missing' }),
  platform_type: lineText().default(''),
  representative: z.preprocess(blankToNull, lineText().max(200).nullable()).default(null),
  representative_email: z.preprocess(blankToNull, emailSchema.nullable()).default(null),
  population: z
    .preprocess(
      blankToNull,
      z.preprocess(
        (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
        z.number({ message: 'The population must be a whole number' }).int().nonnegative().nullable(),
      ),
    )
    .default(null),
});
export type RegisterCsvRow = z.infer<typeof registerCsvRowSchema>;

/**
 * The member a row describes. What a file does not say is kept from the member already in the
 * register: its status (changed by admissions and exclusions, never by a file) and a population
 * left blank.
 */
export function memberOfRow(
  row: RegisterCsvRow,
  existing: Pick<Member, 'status' | 'population'> | null = null,
): Member {
  return {
    memberNo: row.member_no,
    territoryNo: row.territory_no,
    college: row.college,
    continent: row.continent,
    country: row.country,
    territory: row.territory,
    organisation: row.organisation,
    platformType: row.platform_type,
    status: existing?.status ?? 'active',
    population: row.population ?? existing?.population ?? null,
  };
}
