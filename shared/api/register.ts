// The member register and the people who represent the members.
import type { Member } from '../schemas/member';
import type { Person } from '../schemas/person';
import type { ApiError } from './errors';

export interface PersonSummary {
  id: string;
  name: string;
}

/** A member as the register shows it. */
export interface MemberView extends Member {
  voting: boolean;
  representative: PersonSummary | null;
}

export interface MembersResponse {
  members: MemberView[];
}

/** One designation in a member's history of representatives (S.2). */
export interface DesignationView {
  person: PersonSummary | null;
  from: string;
  /** Who recorded it: a person's name, "founding register" or "import". */
  setBy: string;
}

/** PATCH /api/members/:memberNo (secretariat). */
export type MemberUpdate = Partial<
  Pick<
    Member,
    'college' | 'continent' | 'country' | 'territory' | 'organisation' | 'platformType' | 'population' | 'territoryNo'
  >
>;

export interface PersonView extends Person {
  /** The members this person represents now. */
  represents: number[];
  secretariat: boolean;
}

export interface PeopleResponse {
  people: PersonView[];
}

/** What an import of a register file changed; all zero when the same file is imported again. */
export interface ImportSummary {
  membersCreated: number;
  membersUpdated: number;
  membersUnchanged: number;
  peopleCreated: number;
  representativesChanged: number;
}

/** What can be wrong in a register file; each has its sentence in `import.problemCodes` (en, fr). */
export const importProblemCodes = [
  'not_csv',
  'empty',
  'missing_columns',
  'not_whole_number',
  'not_above_zero',
  'not_one_of',
  'missing',
  'too_long',
  'not_email',
  'bad_character',
  'duplicate_member',
  'representative_unknown',
  'representative_ambiguous',
  'invalid',
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

/** One problem of a register file, located as a spreadsheet shows it, with the bad value and its member. */
export interface ImportProblem {
  line: number;
  column: string | null;
  /** The cell as the file wrote it, when one cell is wrong. */
  value: string | null;
  /** The organisation named on that line, so the secretariat finds the member. */
  organisation: string | null;
  code: ImportProblemCode;
  /** What the sentence names: the allowed values, a length, an earlier line, a person. */
  params: Record<string, string | number>;
  /** The sentence in English, for API clients. */
  message: string;
}

/** The body of a refused import: every problem, by line and column; nothing was stored. */
export interface ImportRefusal extends ApiError {
  problems: ImportProblem[];
}
