import type { ElectionsResponse } from '@shared/api';
import { candidacyDeadline, continentalBalance } from '@shared/rules/candidacies';
import type { Actor } from '@shared/rules/permissions';
import type { Context } from '../context';
import { visibleAssembly } from './visibleAssembly';
import { electionState } from './electionState';
import { castableFor } from './castable';
import type { Election } from '@shared/schemas/election';
import { roundBoxId, roundPath } from './secretBox';
import { secretCountView } from './secretCount';

/**
 * R.5, S.5: an assembly's candidacies and elections as one person sees them: each office's round,
 * its candidates, whom the person voted for already, and the continental balance of the candidates.
 */
export async function readElections(
  ctx: Pick<Context, 'assemblies' | 'elections' | 'now' | 'proxies' | 'register' | 'secretVotes' | 'statutes'>,
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
        const secret = await encryptedRounds(ctx, actor, election);
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
          counting: !state.finished && secret.counts.some((count) => count.round === state.round && !count.archive),
          myReceipts: secret.receipts,
          secretCounts: secret.counts,
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

/** An election's encrypted rounds as one person sees them: the trackers of the ballots it cast, and each round's count once closed. */
async function encryptedRounds(
  ctx: Pick<Context, 'assemblies' | 'now' | 'register' | 'secretVotes' | 'statutes'>,
  actor: Actor,
  election: Election,
) {
  const receipts: ElectionsResponse['elections'][number]['myReceipts'] = [];
  const counts: ElectionsResponse['elections'][number]['secretCounts'] = [];
  for (const round of [1, 2] as const) {
    const id = roundBoxId(election.id, round);
    if (!(await ctx.secretVotes.election(id))) continue;
    for (const voter of await ctx.secretVotes.voters(id))
      if (voter.castByPersonId === actor.personId)
        receipts.push({ memberNo: voter.memberNo, castAs: voter.castAs, receipt: voter.tracker, round });
    if (await ctx.secretVotes.count(id))
      counts.push({
        ...(await secretCountView(ctx, {
          id,
          assemblyId: election.assemblyId,
          path: roundPath(election, round),
        })),
        round,
      });
  }
  return { receipts, counts };
}
