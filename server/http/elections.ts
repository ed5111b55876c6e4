import { Router } from 'express';
import type { ElectionsResponse } from '@shared/api/voting';
import { assemblyPhase } from '@shared/rules/assemblies';
import { castableBallots } from '@shared/rules/ballots';
import { candidacyDeadline, continentalBalance } from '@shared/rules/candidacies';
import {
  castElectionBallotsInputSchema,
  fileCandidacyInputSchema,
  openElectionInputSchema,
} from '@shared/schemas/election';
import type { Context } from '../context';
import { proxyForRules } from '../store/proxies';
import { assemblyOr404 } from '../commands/editAssembly';
import { fileCandidacy, withdrawCandidacy } from '../commands/fileCandidacy';
import { castElectionBallots, closeRoundByTable, electionState, openElection } from '../commands/elections';
import { tallyAssembly } from '../commands/tallyAssembly';
import { parseInput } from './errors';
import { authorize } from './identity';

/** R.5, S.5: candidacies, the elections of the offices, their rounds and results. */
export function electionRoutes(ctx: Context): Router {
  const router = Router();

  router.get('/api/assemblies/:id/elections', async (request, response) => {
    const assemblyId = request.params.id ?? '';
    const actor = authorize(response, 'assembly.view', assemblyId);
    const assembly = await assemblyOr404(ctx, assemblyId);
    if (assemblyPhase(assembly, ctx.now()) === 'closed') await tallyAssembly(ctx, assemblyId);
    const [register, { proxies }, candidacies, elections] = await Promise.all([
      ctx.register.snapshot(),
      ctx.proxies.list(assemblyId),
      ctx.elections.candidacies(assemblyId),
      ctx.elections.elections(assemblyId),
    ]);
    const members = new Map(register.members.map((member) => [member.memberNo, member]));
    const castable = castableBallots(
      actor.represents.map((member) => member.memberNo),
      members,
      proxies.map(proxyForRules),
      ctx.statutes,
    );
    const mine = new Set(castable.map((ballot) => ballot.memberNo));
    const standing = candidacies.filter((candidacy) => !candidacy.withdrawnAt);
    const body: ElectionsResponse = {
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
      castable: castable.map((ballot) => ({
        ...ballot,
        organisation: members.get(ballot.memberNo)?.organisation ?? '',
      })),
      balance: continentalBalance(
        standing.map((candidacy) => candidacy.memberNo),
        members,
      ),
    };
    response.json(body);
  });

  router.post('/api/assemblies/:id/candidacies', async (request, response) => {
    const actor = authorize(response, 'assembly.view', request.params.id);
    const input = parseInput(
      fileCandidacyInputSchema,
      { ...request.body, assemblyId: request.params.id },
      'The candidacy',
    );
    response.status(201).json(await fileCandidacy(ctx, actor, request.params.id ?? '', input));
  });

  router.post('/api/assemblies/:id/candidacies/:candidacyId/withdraw', async (request, response) => {
    const actor = authorize(response, 'assembly.view', request.params.id);
    response.json(await withdrawCandidacy(ctx, actor, request.params.id ?? '', request.params.candidacyId ?? ''));
  });

  router.post('/api/assemblies/:id/elections', async (request, response) => {
    const actor = authorize(response, 'assembly.run');
    response
      .status(201)
      .json(
        await openElection(
          ctx,
          actor,
          request.params.id ?? '',
          parseInput(openElectionInputSchema, request.body, 'The election'),
        ),
      );
  });

  router.post('/api/assemblies/:id/elections/:electionId/ballots', async (request, response) => {
    const actor = authorize(response, 'assembly.view', request.params.id);
    const input = parseInput(castElectionBallotsInputSchema, request.body, 'The vote');
    response.status(201).json({
      receipts: await castElectionBallots(ctx, actor, request.params.id ?? '', request.params.electionId ?? '', input),
    });
  });

  router.post('/api/assemblies/:id/elections/:electionId/close-round', async (request, response) => {
    const actor = authorize(response, 'assembly.run');
    response.json(await closeRoundByTable(ctx, actor, request.params.id ?? '', request.params.electionId ?? ''));
  });

  return router;
}
