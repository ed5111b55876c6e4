import {
  ceremonyStepInputSchema,
  encryptedBallotsInputSchema,
  partialDecryptionInputSchema,
  trusteesInputSchema,
} from '@shared/schemas/secretBallots';
import { castEncryptedBallots } from '../commands/castEncryptedBallots';
import { chooseTrustees, submitCeremonyStep } from '../commands/trustees';
import { submitShare } from '../commands/secretCount';
import { readSecretElection } from '../queries/readSecretElection';
import { readTrustees } from '../queries/trustees';
import { readSecretArchive } from '../queries/secretCount';
import type { SecretBoxRef } from '../queries/secretBox';
import { download, json, route } from './route';

/**
 * Secret votes as Belenios elections (#20), secret motions and election rounds alike: the
 * trustees make the key in their browsers, members cast encrypted ballots, trustees decrypt the tally's shares, and anyone in the assembly can
 * download the archive to re-check it.
 */
export const secretBallotRoutes = [
  route({
    method: 'GET',
    path: '/api/assemblies/:id/trustees',
    who: 'assembly.view',
    assembly: 'id',
    handle: async ({ ctx, actor, scope, params }) => json(await readTrustees(ctx, actor, scope, params.id ?? '')),
  }),
  route({
    method: 'PUT',
    path: '/api/assemblies/:id/trustees',
    who: 'assembly.run',
    body: { schema: trusteesInputSchema, name: 'The trustees' },
    handle: async ({ ctx, actor, scope, params, body }) => {
      await chooseTrustees(ctx, actor, params.id ?? '', body);
      return json(await readTrustees(ctx, actor, scope, params.id ?? ''));
    },
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/trustees/steps',
    who: 'assembly.view',
    assembly: 'id',
    body: { schema: ceremonyStepInputSchema, name: 'The key piece' },
    handle: async ({ ctx, actor, scope, params, body }) => {
      await submitCeremonyStep(ctx, actor, params.id ?? '', body);
      return json(await readTrustees(ctx, actor, scope, params.id ?? ''));
    },
  }),
  // Each secret vote's Belenios election, under the motion's path or the election round's.
  ...secretVoteRoutes('/api/assemblies/:id/motions/:motionId', (params) => ({ motionId: params.motionId ?? '' })),
  ...secretVoteRoutes('/api/assemblies/:id/elections/:electionId/rounds/:round', (params) => ({
    electionId: params.electionId ?? '',
    round: Number(params.round),
  })),
];

/** The routes of one secret vote: its election, its encrypted ballots, the trustees' shares, its archive. */
function secretVoteRoutes(base: string, box: (params: Record<string, string | undefined>) => SecretBoxRef) {
  return [
    route({
      method: 'GET',
      path: `${base}/election`,
      who: 'assembly.view',
      assembly: 'id',
      handle: async ({ ctx, actor, scope, params }) =>
        json(await readSecretElection(ctx, actor, scope, params.id ?? '', box(params))),
    }),
    route({
      method: 'POST',
      path: `${base}/encrypted-ballots`,
      who: 'assembly.view',
      assembly: 'id',
      body: { schema: encryptedBallotsInputSchema, name: 'The vote' },
      handle: async ({ ctx, actor, params, body }) =>
        json(await castEncryptedBallots(ctx, actor, params.id ?? '', box(params), body), 201),
    }),
    route({
      method: 'POST',
      path: `${base}/partial-decryption`,
      who: 'assembly.view',
      assembly: 'id',
      body: { schema: partialDecryptionInputSchema, name: 'The decryption share' },
      handle: async ({ ctx, actor, params, body }) =>
        json(await submitShare(ctx, actor, params.id ?? '', box(params), body.partial), 201),
    }),
    route({
      method: 'GET',
      path: `${base}/archive`,
      who: 'assembly.view',
      assembly: 'id',
      handle: async ({ ctx, actor, scope, params }) => {
        const archive = await readSecretArchive(ctx, actor, scope, params.id ?? '', box(params));
        return download('application/octet-stream', archive.name, archive.bytes, {
          'x-sha256': archive.sha256,
          'Cache-Control': 'private, max-age=3600',
        });
      },
    }),
  ];
}
