import type { ElectionsResponse } from '@shared/api';
import { candidacyDeadline, continentalBalance } from '@shared/rules/candidacies';
import type { Actor } from '@shared/rules/permissions';
import type { Context } from '../context';
import { visibleAssembly } from './visibleAssembly';
import { electionState } from './electionState';
import { castableFor } from './castable';

/**
 * R.5, S.5: an assembly's candidacies and elections as one person sees them: each office's round,
 * its candidates, whom the person voted for already, and the continental balance of the candidates.
 */
export async function readElections(
  ctx: Pick<Context, 'assemblies' | 'elections' | 'proxies' | 'register' | 'statutes'>,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
): Promise<ElectionsResponse> {
  const assembly = await visibleAssembly(ctx, actor, scope, assemblyId);
  const [{ members, listed, mine }, candidacies, elections] = await Promise.all([
    castableFor(ctx, actor, assemblyId),
    ctx.elections.candidacies(assemblyId),
    ctx.elections.elections(assemblyId),
  ]);
  const standing = candidacies.filter((candidacy) => !candidacy.withdrawnAt);
  return {
    deadline: candidacyDeadline(new Date(assembly.opensAt), ctx.statutes).toISOString(),
    candidacies: candidacies.map((candidacy) => {
      const member = members.get(candidacy.memberNo);
      return {
        ...candidacy,
        organisation: member?.organisation ?? '',
        continent: member?.continent ?? '',
        country: member?.country ?? '',
      };
    }),
    elections: await Promise.all(
      elections.map(async (election) => {
        const state = await electionState(ctx, election);
        const voters = state.finished ? [] : await ctx.elections.voters(election.id, state.round);
        return {
          election,
          round: state.round,
          finished: state.finished,
          candidates: state.candidates.map((memberNo) => ({
            memberNo,
            organisation: members.get(memberNo)?.organisation ?? '',
            person:
              standing.find(
                (candidacy) =>
                  candidacy.memberNo === memberNo &&
                  candidacy.body === election.body &&
                  candidacy.office === election.office,
              )?.person ?? '',
            continent: members.get(memberNo)?.continent ?? '',
          })),
          rounds: state.rounds,
          voted: voters.filter((voter) => mine.has(voter.memberNo)).map((voter) => voter.memberNo),
        };
      }),
    ),
    castable: listed,
    balance: continentalBalance(
      standing.map((candidacy) => candidacy.memberNo),
      members,
    ),
  };
}
