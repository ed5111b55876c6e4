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

/** The body of a refused import: every problem, by line and column; nothing was stored. */
export interface ImportRefusal extends ApiError {
  problems: Array<{ line: number; column: string | null; message: string }>;
}
