import { Router } from 'express';
import type { MotionView, MotionsResponse } from '@shared/api/voting';
import { assemblyPhase } from '@shared/rules/assemblies';
import { castableBallots } from '@shared/rules/ballots';
import { requiredQuorum } from '@shared/rules/quorum';
import { castBallotsInputSchema, openMotionInputSchema } from '@shared/schemas/voting';
import type { Context } from '../context';
import { proxyForRules } from '../store/proxies';
import { assemblyOr404 } from '../commands/editAssembly';
import { openMotion } from '../commands/openMotion';
import { castBallots } from '../commands/castBallots';
import { closeMotion } from '../commands/closeMotion';
import { tallyAssembly } from '../commands/tallyAssembly';
import { presenceCounts } from '../commands/presence';
import { parseInput } from './errors';
import { authorize } from './identity';

/** Votes: the Table opens motions, members cast ballots for whom they may, results at the close. */
export function motionRoutes(ctx: Context): Router {
  const router = Router();

  router.get('/api/assemblies/:id/motions', async (request, response) => {
    const assemblyId = request.params.id ?? '';
    const actor = authorize(response, 'assembly.view', assemblyId);
    const assembly = await assemblyOr404(ctx, assemblyId);
    // The first reader after the close tallies, if the closing job has not yet.
    if (assemblyPhase(assembly, ctx.now()) === 'closed') await tallyAssembly(ctx, assemblyId);
    const [register, { proxies }, motions, presence] = await Promise.all([
      ctx.register.snapshot(),
      ctx.proxies.list(assemblyId),
      ctx.votes.motions(assemblyId),
      presenceCounts(ctx, assemblyId),
    ]);
    const members = new Map(register.members.map((member) => [member.memberNo, member]));
    const castable = castableBallots(
      actor.represents.map((member) => member.memberNo),
      members,
      proxies.map(proxyForRules),
      ctx.statutes,
    );
    const mine = new Set(castable.map((ballot) => ballot.memberNo));
    const views: MotionView[] = [];
    for (const motion of motions) {
      const myBallots = motion.secret
        ? (await ctx.votes.secretVoters(motion.id))
            .filter((voter) => mine.has(voter.memberNo))
            .map((voter) => ({ ...voter, choice: null }))
        : (await ctx.votes.namedBallots(motion.id))
            .filter((ballot) => mine.has(ballot.memberNo))
            .map(({ memberNo, choice, castAs, castAt }) => ({ memberNo, choice, castAs, castAt }));
      views.push({ motion, myBallots, tally: await ctx.votes.tally(motion.id) });
    }
    const body: MotionsResponse = {
      motions: views,
      castable: castable.map((ballot) => ({
        ...ballot,
        organisation: members.get(ballot.memberNo)?.organisation ?? '',
      })),
      presence: {
        votingMembers: presence.votingMembers,
        present: presence.present,
        represented: presence.represented,
        required: requiredQuorum(presence.votingMembers, ctx.statutes),
      },
    };
    response.json(body);
  });

  router.post('/api/assemblies/:id/motions', async (request, response) => {
    const actor = authorize(response, 'assembly.run');
    const motion = await openMotion(
      ctx,
      actor,
      request.params.id ?? '',
      parseInput(openMotionInputSchema, request.body, 'The motion'),
    );
    response.status(201).json(motion);
  });

  router.post('/api/assemblies/:id/motions/:motionId/close', async (request, response) => {
    const actor = authorize(response, 'assembly.run');
    response.json(await closeMotion(ctx, actor, request.params.id ?? '', request.params.motionId ?? ''));
  });

  router.post('/api/assemblies/:id/motions/:motionId/ballots', async (request, response) => {
    const actor = authorize(response, 'assembly.view', request.params.id);
    const input = parseInput(castBallotsInputSchema, request.body, 'The vote');
    const receipts = await castBallots(ctx, actor, request.params.id ?? '', request.params.motionId ?? '', input);
    response.status(201).json({ receipts });
  });

  return router;
}
