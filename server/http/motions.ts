import { castBallotsInputSchema, openMotionInputSchema } from '@shared/schemas/voting';
import { openMotion } from '../commands/openMotion';
import { castBallots } from '../commands/castBallots';
import { closeMotion } from '../commands/closeMotion';
import { readMotions } from '../queries/readMotions';
import { json, route } from './route';

/** Votes: the Table opens motions, members cast ballots for whom they may, results at the close. */
export const motionRoutes = [
  route({
    method: 'GET',
    path: '/api/assemblies/:id/motions',
    who: 'assembly.view',
    assembly: 'id',
    handle: async ({ ctx, actor, scope, params }) => json(await readMotions(ctx, actor, scope, params.id ?? '')),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/motions',
    who: 'assembly.run',
    body: { schema: openMotionInputSchema, name: 'The motion' },
    handle: async ({ ctx, actor, params, body }) => json(await openMotion(ctx, actor, params.id ?? '', body), 201),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/motions/:motionId/close',
    who: 'assembly.run',
    handle: async ({ ctx, actor, params }) =>
      json(await closeMotion(ctx, actor, params.id ?? '', params.motionId ?? '')),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/motions/:motionId/ballots',
    who: 'assembly.view',
    assembly: 'id',
    body: { schema: castBallotsInputSchema, name: 'The vote' },
    handle: async ({ ctx, actor, params, body }) =>
      json(await castBallots(ctx, actor, params.id ?? '', params.motionId ?? '', body), 201),
  }),
];
