import { Router } from 'express';
import { archiveQuerySchema } from '@shared/schemas/archive';
import { textVersionParamsSchema } from '@shared/schemas/texts';
import type { Context } from '../context';
import { readArchive } from '../commands/readArchive';
import { readTexts, readTextVersion } from '../commands/readTexts';
import { HttpError, parseInput } from './errors';
import { authorize } from './identity';

/** The archive of past assemblies, and the governing texts with their versions: for every member. */
export function archiveRoutes(ctx: Context): Router {
  const router = Router();

  router.get('/api/archive', async (request, response) => {
    authorize(response, 'archive.view');
    const { q } = parseInput(archiveQuerySchema, { q: request.query.q ?? '' }, 'The search');
    response.set('Cache-Control', 'private, no-cache').json(await readArchive(ctx, q));
  });

  router.get('/api/texts', async (_request, response) => {
    authorize(response, 'texts.view');
    response.set('Cache-Control', 'private, no-cache').json(await readTexts(ctx));
  });

  router.get('/api/texts/:text/:version', async (request, response) => {
    authorize(response, 'texts.view');
    const address = textVersionParamsSchema.safeParse(request.params);
    if (!address.success)
      throw new HttpError(
        404,
        'text_version_not_found',
        'There is no such text: the texts are "statutes" and "rules", their versions numbered from 0.',
      );
    response
      .set('Cache-Control', 'private, no-cache')
      .json(await readTextVersion(ctx, address.data.text, address.data.version));
  });

  return router;
}
