import { archiveQuerySchema } from '@shared/schemas/archive';
import { textVersionParamsSchema } from '@shared/schemas/texts';
import { readArchive } from '../queries/readArchive';
import { readTexts, readTextVersion } from '../queries/readTexts';
import { Refusal } from '../commands/refusal';
import { parseInput } from './errors';
import { json, route } from './route';

const fresh = { 'Cache-Control': 'private, no-cache' };

/** The archive of past assemblies, and the governing texts with their versions: for every member. */
export const archiveRoutes = [
  route({
    method: 'GET',
    path: '/api/archive',
    who: 'archive.view',
    handle: async ({ ctx, query }) => {
      const { q } = parseInput(archiveQuerySchema, { q: query.q ?? '' }, 'The search');
      return json(await readArchive(ctx, q), 200, fresh);
    },
  }),
  route({
    method: 'GET',
    path: '/api/texts',
    who: 'texts.view',
    handle: async ({ ctx }) => json(await readTexts(ctx), 200, fresh),
  }),
  route({
    method: 'GET',
    path: '/api/texts/:text/:version',
    who: 'texts.view',
    handle: async ({ ctx, params }) => {
      const address = textVersionParamsSchema.safeParse(params);
      if (!address.success) throw new Refusal('text_version_not_found', { context: 'address' });
      return json(await readTextVersion(ctx, address.data.text, address.data.version), 200, fresh);
    },
  }),
];
