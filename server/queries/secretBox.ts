import type { BeleniosQuestion } from '@shared/belenios/election';
import { motionQuestion, roundQuestion } from '@shared/rules/secretVotes';
import type { Election, ElectionRound } from '@shared/schemas/election';
import type { Motion } from '@shared/schemas/voting';
import { Refusal } from '../commands/refusal';
import { electionState } from './electionState';
import type { Context } from '../context';

/** Which secret vote: a motion, or one round of an office's election. */
export type SecretBoxRef = { motionId: string } | { electionId: string; round: number };

/**
 * One secret vote as a Belenios election (#20), whatever it decides: a secret motion (for or
 * against, blank = abstain) or a round of an office's election (the standing candidates, blank =
 * a blank vote). One set of commands, queries and routes serves both, keyed by `id`.
 */
export interface SecretBox {
  /** The key of its election, ballots, shares and result: the motion's id, or `<electionId>.r<round>`. */
  id: string;
  kind: 'motion' | 'round';
  assemblyId: string;
  /** The subject of its audit links. */
  subject: string;
  /** The motion's title, or the title of the election's agenda item. */
  title: string;
  description: string;
  /** The API path of this vote (its election, ballots, shares and archive are under it). */
  path: string;
  /** The Belenios question, and the answers a browser chooses among (as `choiceVector` reads them). */
  question: BeleniosQuestion;
  answers: string[];
  /** Why no ballot can be cast now (closed), or null while it is open. */
  closed: Refusal | null;
  /** The refusal of a ballot that arrived after the count started. */
  late: Refusal;
  /** How its refusals name it ('round' for a round). */
  context?: 'round';
  motion: Motion | null;
  election: Election | null;
  round: ElectionRound | null;
}

export const roundBoxId = (electionId: string, round: number) => `${electionId}.r${round}`;

const apiPath = (assemblyId: string) => `/api/assemblies/${encodeURIComponent(assemblyId)}`;

/** The API path of a round's secret vote. */
export const roundPath = (election: Pick<Election, 'assemblyId' | 'id'>, round: number) =>
  `${apiPath(election.assemblyId)}/elections/${encodeURIComponent(election.id)}/rounds/${round}`;

/** A secret motion's box. */
export function motionBox(motion: Motion): SecretBox {
  return {
    id: motion.id,
    kind: 'motion',
    assemblyId: motion.assemblyId,
    subject: `motion:${motion.id}`,
    title: motion.title,
    description: motion.text,
    path: `${apiPath(motion.assemblyId)}/motions/${encodeURIComponent(motion.id)}`,
    question: motionQuestion(motion.title.slice(0, 200)),
    answers: ['for', 'against'],
    closed: motion.closedAt ? new Refusal('motion_closed', {}) : null,
    late: new Refusal('motion_closed', { context: 'late' }),
    motion,
    election: null,
    round: null,
  };
}

/** A round's box: its candidates are the answers, in the order the election stands them. */
export function roundBox(
  election: Election,
  round: ElectionRound,
  title: string,
  candidates: ReadonlyArray<{ memberNo: number; organisation: string }>,
  closed: Refusal | null,
): SecretBox {
  return {
    id: roundBoxId(election.id, round),
    kind: 'round',
    assemblyId: election.assemblyId,
    subject: `election:${election.id}:${round}`,
    title,
    description: '',
    path: roundPath(election, round),
    question: roundQuestion(title.slice(0, 200), candidates),
    answers: candidates.map((candidate) => String(candidate.memberNo)),
    closed,
    late: new Refusal('round_closed', { context: 'late', round }),
    context: 'round',
    motion: null,
    election,
    round,
  };
}

/** The box of a round, with its candidates named from the register and whether it takes ballots now. */
export async function electionRoundBox(
  ctx: Pick<Context, 'assemblies' | 'elections' | 'register'>,
  election: Election,
  round: ElectionRound,
): Promise<SecretBox> {
  const [state, register, assembly] = await Promise.all([
    electionState(ctx, election),
    ctx.register.snapshot(),
    ctx.assemblies.get(election.assemblyId),
  ]);
  const standing =
    round === 1 ? election.candidates : (state.rounds.find((tally) => tally.round === 1)?.result.finalists ?? []);
  const organisation = (memberNo: number) =>
    register.members.find((member) => member.memberNo === memberNo)?.organisation ?? '';
  const closed = state.finished
    ? new Refusal('round_closed', { context: 'over' })
    : state.round !== round
      ? new Refusal('round_closed', { context: 'moved', round, current: state.round })
      : null;
  const title = assembly?.agenda.find((item) => item.id === election.itemId)?.title ?? '';
  return roundBox(
    election,
    round,
    title,
    standing.map((memberNo) => ({ memberNo, organisation: organisation(memberNo) })),
    closed,
  );
}

/** The secret vote a request names, refused when there is none or it is not a Belenios election. */
export async function secretBoxOf(
  ctx: Pick<Context, 'assemblies' | 'elections' | 'register' | 'secretVotes' | 'votes'>,
  assemblyId: string,
  ref: SecretBoxRef,
): Promise<SecretBox> {
  let box: SecretBox;
  if ('motionId' in ref) {
    const motion = await ctx.votes.motion(assemblyId, ref.motionId);
    if (!motion) throw new Refusal('motion_not_found', {});
    if (!motion.secret) throw new Refusal('vote_not_encrypted', {});
    box = motionBox(motion);
  } else {
    const election = await ctx.elections.election(assemblyId, ref.electionId);
    if (!election || (ref.round !== 1 && ref.round !== 2)) throw new Refusal('election_not_found', {});
    box = await electionRoundBox(ctx, election, ref.round);
  }
  if (!(await ctx.secretVotes.election(box.id))) throw new Refusal('vote_not_encrypted', {});
  return box;
}

/** The secret boxes of an assembly: its secret motions, and the rounds of its elections that have a Belenios election. */
export async function secretBoxes(
  ctx: Pick<Context, 'assemblies' | 'elections' | 'register' | 'secretVotes' | 'votes'>,
  assemblyId: string,
): Promise<SecretBox[]> {
  const boxes = (await ctx.votes.motions(assemblyId)).filter((motion) => motion.secret).map(motionBox);
  for (const election of await ctx.elections.elections(assemblyId))
    for (const round of [1, 2] as const)
      if (await ctx.secretVotes.election(roundBoxId(election.id, round)))
        boxes.push(await electionRoundBox(ctx, election, round));
  return boxes;
}

/** Which vote a box id names. */
export function boxRefOf(boxId: string): SecretBoxRef {
  const round = /^(.+)\.r([12])$/.exec(boxId);
  return round ? { electionId: round[1] ?? '', round: Number(round[2]) } : { motionId: boxId };
}
