import { Router, type Response } from 'express';
import { languageSchema, type Language } from '@shared/schemas/person';
import {
  minutesCorrectionInputSchema,
  minutesPublishInputSchema,
  minutesSignInputSchema,
  minutesStatementInputSchema,
} from '@shared/schemas/minutes';
import type { Context } from '../context';
import { readableVersion, readMinutes, readMinutesVersionForTable } from '../commands/readMinutes';
import { correctMinutes, draftMinutesByTable } from '../commands/minutes';
import { editMinutesStatement, publishMinutes, signMinutes } from '../commands/approveMinutes';
import { presentMinutes, presentMinutesVersion } from '../presenters/minutes';
import { minutesFileName, minutesPdfOf } from '../pdf/minutesAttachment';
import { parseInput, pathNumber } from './errors';
import { authorize } from './identity';

/**
 * The minutes of an assembly (RULES.md §5): whoever may open the assembly reads the published
 * versions (a personal link too); the Table and the secretariat also read the drafts; the Table
 * alone edits, signs, publishes and corrects.
 */
export function minutesRoutes(ctx: Context): Router {
  const router = Router();

  /** Who reads (a personal link reaches its own assembly), and the versions it may read. */
  const readable = (response: Response, assemblyId: string) =>
    readMinutes(ctx, authorize(response, 'assembly.view', assemblyId), response.locals.scope, assemblyId);
  /** A version as the Table sees it after changing it. */
  const fresh = async (assemblyId: string, number: number) => {
    const { version, versions } = await readMinutesVersionForTable(ctx, assemblyId, number);
    return presentMinutesVersion(version, versions);
  };

  router.get('/api/assemblies/:id/minutes', async (request, response) => {
    const { assembly, reader, versions } = await readable(response, request.params.id ?? '');
    response.json(presentMinutes(assembly, versions, reader, ctx.now()));
  });

  router.get('/api/assemblies/:id/minutes/:version.pdf', async (request, response) => {
    const { assembly, reader, versions } = await readable(response, request.params.id ?? '');
    const version = readableVersion(versions, reader, pathNumber(request.params.version, 'version of the minutes'));
    const asked = languageSchema.safeParse(request.query.lang);
    const language: Language = asked.success
      ? asked.data
      : ((await ctx.register.person(reader.actor.personId))?.language ?? 'fr');
    const pdf = await minutesPdfOf(ctx, version, language);
    response
      .set({
        'Cache-Control': version.publishedAt ? 'private, max-age=3600' : 'private, no-store',
        'Content-Language': language,
      })
      .type('application/pdf')
      .attachment(minutesFileName(assembly.id, version.version, language))
      .send(pdf);
  });

  router.get('/api/assemblies/:id/minutes/:version', async (request, response) => {
    const { reader, versions } = await readable(response, request.params.id ?? '');
    const version = readableVersion(versions, reader, pathNumber(request.params.version, 'version of the minutes'));
    response.json(presentMinutesVersion(version, versions));
  });

  router.post('/api/assemblies/:id/minutes', async (request, response) => {
    const actor = authorize(response, 'assembly.run');
    const version = await draftMinutesByTable(ctx, actor, request.params.id ?? '');
    response.status(201).json(await fresh(version.assemblyId, version.version));
  });

  router.post('/api/assemblies/:id/minutes/corrections', async (request, response) => {
    const actor = authorize(response, 'assembly.run');
    const input = parseInput(minutesCorrectionInputSchema, request.body, 'The correction');
    const version = await correctMinutes(ctx, actor, request.params.id ?? '', input);
    response.status(201).json(await fresh(version.assemblyId, version.version));
  });

  router.put('/api/assemblies/:id/minutes/:version/statement', async (request, response) => {
    const actor = authorize(response, 'assembly.run');
    const input = parseInput(minutesStatementInputSchema, request.body, 'The statement');
    const version = await editMinutesStatement(
      ctx,
      actor,
      request.params.id ?? '',
      pathNumber(request.params.version, 'version of the minutes'),
      input,
    );
    response.json(await fresh(version.assemblyId, version.version));
  });

  router.post('/api/assemblies/:id/minutes/:version/signatures', async (request, response) => {
    const actor = authorize(response, 'assembly.run');
    const input = parseInput(minutesSignInputSchema, request.body, 'The signature');
    const version = await signMinutes(
      ctx,
      actor,
      request.params.id ?? '',
      pathNumber(request.params.version, 'version of the minutes'),
      input,
    );
    response.json(await fresh(version.assemblyId, version.version));
  });

  router.post('/api/assemblies/:id/minutes/:version/publish', async (request, response) => {
    const actor = authorize(response, 'assembly.run');
    const input = parseInput(minutesPublishInputSchema, request.body, 'The publication');
    const version = await publishMinutes(
      ctx,
      actor,
      request.params.id ?? '',
      pathNumber(request.params.version, 'version of the minutes'),
      input,
    );
    response.json(await fresh(version.assemblyId, version.version));
  });

  return router;
}
