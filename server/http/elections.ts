import { fileCandidacyInputSchema, openElectionInputSchema } from '@shared/schemas/election';
import { fileCandidacy, withdrawCandidacy } from '../commands/fileCandidacy';
import { closeRoundByTable, openElection } from '../commands/elections';
import { readElections } from '../queries/readElections';
import { json, route } from './route';

/** R.5, S.5: candidacies, the elections of the offices, their rounds and results. */
export const electionRoutes = [
  route({
    method: 'GET',
    path: '/api/assemblies/:id/elections',
    who: 'assembly.view',
    assembly: 'id',
    handle: async ({ ctx, actor, scope, params }) => json(await readElections(ctx, actor, scope, params.id ?? '')),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/candidacies',
    who: 'assembly.view',
    assembly: 'id',
    body: {
      schema: fileCandidacyInputSchema,
      name: 'The candidacy',
      fromPath: (params) => ({ assemblyId: params.id }),
    },
    handle: async ({ ctx, actor, params, body }) => json(await fileCandidacy(ctx, actor, params.id ?? '', body), 201),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/candidacies/:candidacyId/withdraw',
    who: 'assembly.view',
    assembly: 'id',
    handle: async ({ ctx, actor, params }) =>
      json(await withdrawCandidacy(ctx, actor, params.id ?? '', params.candidacyId ?? '')),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/elections',
    who: 'assembly.run',
    body: { schema: openElectionInputSchema, name: 'The election' },
    handle: async ({ ctx, actor, params, body }) => json(await openElection(ctx, actor, params.id ?? '', body), 201),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/elections/:electionId/close-round',
    who: 'assembly.run',
    handle: async ({ ctx, actor, params }) =>
      json(await closeRoundByTable(ctx, actor, params.id ?? '', params.electionId ?? '')),
  }),
];
