import { electionStage } from '@shared/rules/elections';
import type { Election, ElectionRoundTally } from '@shared/schemas/election';
import type { Context } from '../context';

/** The stage of an election and the candidates of its current round. */
export async function electionState(ctx: Pick<Context, 'elections'>, election: Election) {
  const [round1, round2] = await Promise.all([
    ctx.elections.tally(election.id, 1),
    ctx.elections.tally(election.id, 2),
  ]);
  const stage = electionStage(round1?.result ?? null, round2?.result ?? null);
  const candidates = stage.round === 2 ? (round1?.result.finalists ?? []) : election.candidates;
  return {
    ...stage,
    candidates,
    rounds: [round1, round2].filter((tally): tally is ElectionRoundTally => tally !== null),
  };
}
