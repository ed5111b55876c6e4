import { languageSchema } from '@shared/schemas/person';
import {
  minutesCorrectionInputSchema,
  minutesPublishInputSchema,
  minutesSignInputSchema,
  minutesStatementInputSchema,
} from '@shared/schemas/minutesApproval';
import { correctMinutes, draftMinutesByTable } from '../commands/minutes';
import { editMinutesStatement, publishMinutes, signMinutes } from '../commands/approveMinutes';
import { readChangedMinutes, readMinutesPage, readMinutesPdf, readMinutesVersion } from '../queries/readMinutes';
import { inArchive } from '../queries/readArchive';
import { pathNumber } from './errors';
import { json, namedDownload, route, type Who } from './route';

const versionOf = (params: Record<string, string>) => pathNumber(params.version, 'minutes_version');

/**
 * Reading minutes: a past assembly's published minutes belong to the archive, which a personal link
 * reads too (RULES.md §5); those of the assembly a personal link was sent for, as its own room.
 */
const readsMinutes: Who = async (ctx, params) =>
  (await inArchive(ctx, params.id ?? '')) ? 'archive.view' : 'assembly.view';

/**
 * The minutes of an assembly (RULES.md §5): whoever may open the assembly reads the published
 * versions (a personal link too); the Table and the secretariat also read the drafts; the Table
 * alone edits, signs, publishes and corrects.
 */
export const minutesRoutes = [
  route({
    method: 'GET',
    path: '/api/assemblies/:id/minutes',
    who: readsMinutes,
    assembly: 'id',
    handle: async ({ ctx, actor, scope, params }) => json(await readMinutesPage(ctx, actor, scope, params.id ?? '')),
  }),
  route({
    method: 'GET',
    path: '/api/assemblies/:id/minutes/:version.pdf',
    who: readsMinutes,
    assembly: 'id',
    handle: async ({ ctx, actor, scope, params, query }) => {
      const asked = languageSchema.safeParse(query.lang);
      const minutes = await readMinutesPdf(
        ctx,
        actor,
        scope,
        params.id ?? '',
        versionOf(params),
        asked.success ? asked.data : null,
      );
      return namedDownload('application/pdf', minutes.name, minutes.pdf, {
        'Cache-Control': minutes.published ? 'private, max-age=3600' : 'private, no-store',
        'Content-Language': minutes.language,
      });
    },
  }),
  route({
    method: 'GET',
    path: '/api/assemblies/:id/minutes/:version',
    who: readsMinutes,
    assembly: 'id',
    handle: async ({ ctx, actor, scope, params }) =>
      json(await readMinutesVersion(ctx, actor, scope, params.id ?? '', versionOf(params))),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/minutes',
    who: 'assembly.run',
    handle: async ({ ctx, actor, params }) =>
      json(await readChangedMinutes(ctx, await draftMinutesByTable(ctx, actor, params.id ?? '')), 201),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/minutes/corrections',
    who: 'assembly.run',
    body: { schema: minutesCorrectionInputSchema, name: 'The correction' },
    handle: async ({ ctx, actor, params, body }) =>
      json(await readChangedMinutes(ctx, await correctMinutes(ctx, actor, params.id ?? '', body)), 201),
  }),
  route({
    method: 'PUT',
    path: '/api/assemblies/:id/minutes/:version/statement',
    who: 'assembly.run',
    body: { schema: minutesStatementInputSchema, name: 'The statement' },
    handle: async ({ ctx, actor, params, body }) =>
      json(
        await readChangedMinutes(ctx, await editMinutesStatement(ctx, actor, params.id ?? '', versionOf(params), body)),
      ),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/minutes/:version/signatures',
    who: 'assembly.run',
    body: { schema: minutesSignInputSchema, name: 'The signature' },
    handle: async ({ ctx, actor, params, body }) =>
      json(await readChangedMinutes(ctx, await signMinutes(ctx, actor, params.id ?? '', versionOf(params), body))),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/minutes/:version/publish',
    who: 'assembly.run',
    body: { schema: minutesPublishInputSchema, name: 'The publication' },
    handle: async ({ ctx, actor, params, body }) =>
      json(await readChangedMinutes(ctx, await publishMinutes(ctx, actor, params.id ?? '', versionOf(params), body))),
  }),
];
