// Who is signed in, and the answers of sign-in and personal links.
import type { Action, Actor } from '../rules/permissions';
import type { Person } from '../schemas/person';

/** The signed-in person, what they represent, and what they may do. */
export interface MeResponse {
  person: Person;
  actor: Actor;
  permissions: Record<Action, boolean>;
  /** Signed in through a convocation's personal link: only this assembly can be reached. */
  scope: string | null;
}

/** The answer to a personal link: the assembly it opens, and who the browser now is. */
export interface PersonalLinkResponse {
  assemblyId: string;
  me: MeResponse;
}

/** The answer to a sign-in request: the same whether or not the address is known. */
export interface SignInRequestResponse {
  message: string;
}
