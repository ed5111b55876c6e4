import { castableBallots } from '@shared/rules/ballots';
import { electionStage } from '@shared/rules/elections';
import type { Assembly } from '@shared/schemas/assembly';
import type { Body, Office } from '@shared/schemas/body';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import type { Context } from '../context';
import { proxyForRules } from '../store/proxies';

/** A vote open now (a motion, or an election's current round), and the members who voted on it. */
export interface OpenVote {
  /** The motion's id, or the election's with its round. */
  key: string;
  title: string;
  /** For an election: the seat it fills. */
  seat?: { body: Body; office: Office };
  openedAt: string;
  voted: Set<number>;
}

/** A person, and the open votes on which members it can vote for (its own, proxies held) have not voted. */
export interface PersonWaiting {
  person: Person;
  votes: Array<{ vote: OpenVote; memberNos: number[] }>;
  /** The members it can still vote for on one of them, in register order. */
  members: Member[];
}

/** The votes of an assembly open now: motions not yet counted, and the current round of each election not finished. */
export async function openVotes(
  ctx: Pick<Context, 'elections' | 'votes'>,
  assembly: Pick<Assembly, 'id' | 'agenda'>,
): Promise<OpenVote[]> {
  const open: OpenVote[] = [];
  for (const motion of await ctx.votes.motions(assembly.id)) {
    if (await ctx.votes.tally(motion.id)) continue;
    const voters = motion.secret ? await ctx.votes.secretVoters(motion.id) : await ctx.votes.namedBallots(motion.id);
    open.push({
      key: motion.id,
      title: motion.title,
      openedAt: motion.openedAt,
      voted: new Set(voters.map((voter) => voter.memberNo)),
    });
  }
  for (const election of await ctx.elections.elections(assembly.id)) {
    const [round1, round2] = await Promise.all([
      ctx.elections.tally(election.id, 1),
      ctx.elections.tally(election.id, 2),
    ]);
    const stage = electionStage(round1?.result ?? null, round2?.result ?? null);
    if (stage.finished) continue;
    const voters = await ctx.elections.voters(election.id, stage.round);
    open.push({
      key: `${election.id}-${stage.round}`,
      title: assembly.agenda.find((item) => item.id === election.itemId)?.title ?? '',
      seat: { body: election.body, office: election.office },
      openedAt: stage.round === 2 ? (round1?.talliedAt ?? election.openedAt) : election.openedAt,
      voted: new Set(voters.map((voter) => voter.memberNo)),
    });
  }
  return open;
}

/**
 * R.7: for each person, the votes among `votes` still waiting for it — some member it may vote for
 * now (its own, or by a proxy it holds) has not voted. People with nothing waiting are left out.
 */
export async function waitingFor(
  ctx: Pick<Context, 'proxies' | 'register' | 'statutes'>,
  assemblyId: string,
  votes: OpenVote[],
): Promise<PersonWaiting[]> {
  if (votes.length === 0) return [];
  const [register, { proxies }] = await Promise.all([ctx.register.snapshot(), ctx.proxies.list(assemblyId)]);
  const members = new Map<number, Member>(register.members.map((member) => [member.memberNo, member]));
  const represents = new Map<string, number[]>();
  for (const [memberNo, personId] of register.representatives)
    represents.set(personId, [...(represents.get(personId) ?? []), memberNo]);
  const grants = proxies.map(proxyForRules);
  const waiting: PersonWaiting[] = [];
  for (const person of register.people) {
    const own = represents.get(person.id);
    if (!own) continue;
    const castable = castableBallots(own, members, grants, ctx.statutes).map((ballot) => ballot.memberNo);
    const open = votes.flatMap((vote) => {
      const memberNos = castable.filter((memberNo) => !vote.voted.has(memberNo));
      return memberNos.length > 0 ? [{ vote, memberNos }] : [];
    });
    if (open.length === 0) continue;
    const waitingMembers = new Set(open.flatMap((entry) => entry.memberNos));
    waiting.push({
      person,
      votes: open,
      members: register.members.filter((member) => waitingMembers.has(member.memberNo)),
    });
  }
  return waiting;
}
