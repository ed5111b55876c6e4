// What a signed-in person's home shows: what is waiting for them now, then what is to come.
import type { AssemblyKind } from '../schemas/assembly';
import type { Body, Office } from '../schemas/body';

/** An assembly as the home names it, with its window and the zone its clock reads in. */
export interface HomeAssembly {
  id: string;
  kind: AssemblyKind;
  title: string;
  opensAt: string;
  closesAt: string;
  referenceTimeZone: string;
}

/** A vote still waiting for the person: a motion, or the current round of an election. */
export type WaitingVote = ({ kind: 'motion'; title: string } | { kind: 'election'; body: Body; office: Office }) & {
  id: string;
  /** The members the person may still vote for in it (their own and the proxies they hold). */
  members: number;
};

/** An assembly open now, and what it waits for from this person. */
export interface OpenAssemblyTasks {
  assembly: HomeAssembly;
  /** The votes open now in which the person has not yet voted for every member they may. */
  waiting: WaitingVote[];
  /** How many members the person may vote for at this assembly (R.7). */
  votingFor: number;
}

/** The home's answer: the open assemblies first, then the convened ones to come, soonest first. */
export interface HomeResponse {
  open: OpenAssemblyTasks[];
  upcoming: HomeAssembly[];
}
