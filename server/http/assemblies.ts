import {
  agendaItemInputSchema,
  agendaMoveSchema,
  assemblyCancellationSchema,
  assemblyDraftSchema,
} from '@shared/schemas/assembly';
import {
  addAgendaItem,
  createAssembly,
  moveAgendaItem,
  removeAgendaItem,
  updateAssembly,
} from '../commands/editAssembly';
import { uploadDocument, documentMaxBytes } from '../commands/uploadDocument';
import { conveneAssembly } from '../commands/conveneAssembly';
import { cancelAssembly } from '../commands/cancelAssembly';
import { resendConvocation } from '../commands/resendConvocation';
import { printConvocations } from '../commands/printConvocations';
import { inArchive } from '../queries/readArchive';
import { listAssemblies, readAssembly, readCalendar, readDeliveries } from '../queries/readAssembly';
import { readDocument } from '../queries/readDocument';
import { Refusal } from '../commands/refusal';
import { pathNumber } from './errors';
import { download, json, namedDownload, route, type Call } from './route';
import type { Actor } from '@shared/rules/permissions';

/** The assembly as its page shows it to the caller, after a change. */
const view = ({ ctx, actor, scope, params }: Call<unknown, Actor>) => readAssembly(ctx, actor, scope, params.id ?? '');

/** Assemblies: creating and editing (the Table), reading (members), convening and its deliveries. */
export const assemblyRoutes = [
  route({
    method: 'GET',
    path: '/api/assemblies',
    who: 'register.view',
    handle: async ({ ctx, actor }) => json(await listAssemblies(ctx, actor)),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies',
    who: 'assembly.create',
    body: { schema: assemblyDraftSchema, name: 'The assembly' },
    handle: async (call) => {
      const assembly = await createAssembly(call.ctx, call.actor, call.body);
      return json(await readAssembly(call.ctx, call.actor, call.scope, assembly.id), 201);
    },
  }),
  route({
    method: 'GET',
    path: '/api/assemblies/:id',
    who: 'assembly.view',
    assembly: 'id',
    handle: async (call) => json(await view(call)),
  }),
  route({
    method: 'PATCH',
    path: '/api/assemblies/:id',
    who: 'assembly.create',
    body: { schema: assemblyDraftSchema, name: 'The assembly' },
    handle: async (call) => {
      await updateAssembly(call.ctx, call.actor, call.params.id ?? '', call.body);
      return json(await view(call));
    },
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/agenda',
    who: 'assembly.create',
    body: { schema: agendaItemInputSchema, name: 'The agenda item' },
    handle: async (call) => {
      await addAgendaItem(call.ctx, call.actor, call.params.id ?? '', call.body);
      return json(await view(call), 201);
    },
  }),
  route({
    method: 'DELETE',
    path: '/api/assemblies/:id/agenda/:itemId',
    who: 'assembly.create',
    handle: async (call) => {
      await removeAgendaItem(call.ctx, call.actor, call.params.id ?? '', call.params.itemId ?? '');
      return json(await view(call));
    },
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/agenda/:itemId/move',
    who: 'assembly.create',
    body: { schema: agendaMoveSchema, name: 'The move' },
    handle: async (call) => {
      await moveAgendaItem(call.ctx, call.actor, call.params.id ?? '', call.params.itemId ?? '', call.body.to);
      return json(await view(call));
    },
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/agenda/:itemId/documents',
    who: 'assembly.create',
    raw: { as: 'bytes', limit: documentMaxBytes + 1024 },
    handle: async ({ ctx, actor, params, query, request }) => {
      const name = typeof query.name === 'string' ? query.name : '';
      if (!name) throw new Refusal('name_missing', {});
      const { document } = await uploadDocument(ctx, actor, {
        assemblyId: params.id ?? '',
        itemId: params.itemId ?? '',
        name,
        content: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        declaredType: request.get('content-type'),
      });
      return json(document, 201);
    },
  }),
  route({
    method: 'GET',
    path: '/api/assemblies/:id/documents/:documentId',
    // A past assembly's documents belong to the archive, which a personal link reads too.
    who: async (ctx, params) => ((await inArchive(ctx, params.id ?? '')) ? 'archive.view' : 'assembly.view'),
    assembly: 'id',
    handle: async ({ ctx, actor, scope, params }) => {
      const found = await readDocument(ctx, actor, scope, params.id ?? '', params.documentId ?? '');
      // Never rendered in Agora's origin: downloaded, typed by its checked content, sandboxed.
      return download(found.meta.mimeType, found.meta.name, found.content, {
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'Cache-Control': 'private, max-age=3600',
      });
    },
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/convene',
    who: 'assembly.convene',
    handle: async (call) => {
      const outcome = await conveneAssembly(call.ctx, call.actor, call.params.id ?? '');
      return json({ ...(await view(call)), dispatchNo: outcome.dispatchNo, sent: outcome.sent });
    },
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/cancel',
    who: 'assembly.convene',
    body: { schema: assemblyCancellationSchema, name: 'The cancellation' },
    handle: async (call) => {
      await cancelAssembly(call.ctx, call.actor, call.params.id ?? '', call.body.reason);
      return json(await view(call));
    },
  }),
  route({
    method: 'GET',
    path: '/api/assemblies/:id/deliveries',
    who: 'assembly.convene',
    handle: async ({ ctx, params }) => json(await readDeliveries(ctx, params.id ?? '')),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/deliveries/:memberNo/resend',
    who: 'assembly.convene',
    handle: async ({ ctx, actor, params }) => {
      const { memberNos } = await resendConvocation(
        ctx,
        actor,
        params.id ?? '',
        pathNumber(params.memberNo, 'member_number'),
      );
      return json({ message: 'The convocation is on its way again.', memberNos }, 202);
    },
  }),
  route({
    method: 'GET',
    path: '/api/assemblies/:id/convocations.pdf',
    who: 'assembly.convene',
    handle: async ({ ctx, actor, params, query }) => {
      const memberNo = typeof query.member === 'string' ? pathNumber(query.member, 'member_number') : null;
      const { pdf, name } = await printConvocations(ctx, params.id ?? '', memberNo, actor.personId);
      return namedDownload('application/pdf', name, pdf);
    },
  }),
  route({
    method: 'GET',
    path: '/api/calendar',
    who: 'register.view',
    handle: async ({ ctx }) => json(await readCalendar(ctx)),
  }),
];
