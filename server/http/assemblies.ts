import express, { Router } from 'express';
import { z } from 'zod';
import type { AssembliesResponse, CalendarResponse, DeliveriesResponse } from '@shared/api/assemblies';
import { scheduleOf } from '@shared/rules/assemblies';
import { extraordinaryCycle, ordinaryAssemblySlots } from '@shared/rules/calendar';
import { permission } from '@shared/rules/permissions';
import { agendaItemInputSchema, assemblyCancellationSchema, assemblyDraftSchema } from '@shared/schemas/assembly';
import type { Context } from '../context';
import { presentAssembly, presentAssemblySummary, countDeliveries } from '../presenters/assembly';
import {
  addAgendaItem,
  assemblyOr404,
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
import { inArchive } from '../commands/readArchive';
import { HttpError, parseInput, pathNumber } from './errors';
import { authorize } from './identity';

const moveSchema = z.object({ to: z.number({ error: 'Give the new position as a number' }).int().min(0) });

/** Assemblies: creating and editing (the Table), reading (members), convening and its deliveries. */
export function assemblyRoutes(ctx: Context): Router {
  const router = Router();

  const view = async (id: string, response: express.Response) => {
    const actor = authorize(response, 'assembly.view', id);
    const assembly = await assemblyOr404(ctx, id);
    const forTable = permission(actor, 'assembly.convene').allowed && response.locals.scope === null;
    if (assembly.status === 'draft' && !forTable)
      throw new HttpError(404, 'assembly_not_found', 'This assembly is not convened yet.');
    const [documents, deliveries, register, person] = await Promise.all([
      ctx.assemblies.documents(id),
      forTable ? ctx.deliveries.list(id) : Promise.resolve(null),
      forTable ? ctx.register.snapshot() : Promise.resolve(null),
      ctx.register.person(actor.personId),
    ]);
    return presentAssembly(
      { assembly, documents, deliveries, register, language: person?.language ?? 'en' },
      ctx.now(),
      ctx.statutes,
    );
  };

  router.get('/api/assemblies', async (_request, response) => {
    const actor = authorize(response, 'register.view');
    const forTable = permission(actor, 'assembly.create').allowed;
    const now = ctx.now();
    const body: AssembliesResponse = {
      assemblies: (await ctx.assemblies.all())
        .filter((assembly) => forTable || assembly.status !== 'draft')
        .map((assembly) => presentAssemblySummary(assembly, now)),
    };
    response.json(body);
  });

  router.post('/api/assemblies', async (request, response) => {
    const actor = authorize(response, 'assembly.create');
    const assembly = await createAssembly(ctx, actor, parseInput(assemblyDraftSchema, request.body, 'The assembly'));
    response.status(201).json(await view(assembly.id, response));
  });

  router.get('/api/assemblies/:id', async (request, response) => {
    response.json(await view(request.params.id ?? '', response));
  });

  router.patch('/api/assemblies/:id', async (request, response) => {
    const actor = authorize(response, 'assembly.create');
    await updateAssembly(
      ctx,
      actor,
      request.params.id ?? '',
      parseInput(assemblyDraftSchema, request.body, 'The assembly'),
    );
    response.json(await view(request.params.id ?? '', response));
  });

  router.post('/api/assemblies/:id/agenda', async (request, response) => {
    const actor = authorize(response, 'assembly.create');
    await addAgendaItem(
      ctx,
      actor,
      request.params.id ?? '',
      parseInput(agendaItemInputSchema, request.body, 'The agenda item'),
    );
    response.status(201).json(await view(request.params.id ?? '', response));
  });

  router.delete('/api/assemblies/:id/agenda/:itemId', async (request, response) => {
    const actor = authorize(response, 'assembly.create');
    await removeAgendaItem(ctx, actor, request.params.id ?? '', request.params.itemId ?? '');
    response.json(await view(request.params.id ?? '', response));
  });

  router.post('/api/assemblies/:id/agenda/:itemId/move', async (request, response) => {
    const actor = authorize(response, 'assembly.create');
    const { to } = parseInput(moveSchema, request.body, 'The move');
    await moveAgendaItem(ctx, actor, request.params.id ?? '', request.params.itemId ?? '', to);
    response.json(await view(request.params.id ?? '', response));
  });

  router.post(
    '/api/assemblies/:id/agenda/:itemId/documents',
    express.raw({ type: () => true, limit: documentMaxBytes + 1024 }),
    async (request, response) => {
      const actor = authorize(response, 'assembly.create');
      const name = typeof request.query.name === 'string' ? request.query.name : '';
      if (!name) throw new HttpError(400, 'name_missing', 'Give the file name (?name=...).');
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const { document } = await uploadDocument(ctx, actor, {
        assemblyId: request.params.id ?? '',
        itemId: request.params.itemId ?? '',
        name,
        content,
        declaredType: request.get('content-type'),
      });
      response.status(201).json(document);
    },
  );

  router.get('/api/assemblies/:id/documents/:documentId', async (request, response) => {
    // A past assembly's documents belong to the archive, which a personal link reads too.
    authorize(
      response,
      (await inArchive(ctx, request.params.id ?? '')) ? 'archive.view' : 'assembly.view',
      request.params.id,
    );
    const found = await ctx.assemblies.document(request.params.id ?? '', request.params.documentId ?? '');
    if (!found) throw new HttpError(404, 'document_not_found', 'This document is not attached to this assembly.');
    // Never rendered in Agora's origin: downloaded, typed by its checked content, sandboxed.
    response
      .set({
        'Content-Type': found.meta.mimeType,
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'Cache-Control': 'private, max-age=3600',
      })
      .attachment(found.meta.name)
      .send(found.content);
  });

  router.post('/api/assemblies/:id/convene', async (request, response) => {
    const actor = authorize(response, 'assembly.convene');
    const outcome = await conveneAssembly(ctx, actor, request.params.id ?? '');
    response.json({
      ...(await view(request.params.id ?? '', response)),
      dispatchNo: outcome.dispatchNo,
      sent: outcome.sent,
    });
  });

  router.post('/api/assemblies/:id/cancel', async (request, response) => {
    const actor = authorize(response, 'assembly.convene');
    const { reason } = parseInput(assemblyCancellationSchema, request.body, 'The cancellation');
    await cancelAssembly(ctx, actor, request.params.id ?? '', reason);
    response.json(await view(request.params.id ?? '', response));
  });

  router.get('/api/assemblies/:id/deliveries', async (request, response) => {
    authorize(response, 'assembly.convene');
    await assemblyOr404(ctx, request.params.id ?? '');
    const deliveries = await ctx.deliveries.list(request.params.id ?? '');
    const body: DeliveriesResponse = { deliveries, counts: countDeliveries(deliveries) };
    response.json(body);
  });

  router.post('/api/assemblies/:id/deliveries/:memberNo/resend', async (request, response) => {
    const actor = authorize(response, 'assembly.convene');
    await resendConvocation(ctx, actor, request.params.id ?? '', pathNumber(request.params.memberNo, 'member number'));
    response.status(202).json({ message: 'The convocation is on its way again.' });
  });

  router.get('/api/assemblies/:id/convocations.pdf', async (request, response) => {
    authorize(response, 'assembly.convene');
    const memberNo =
      typeof request.query.member === 'string' ? pathNumber(request.query.member, 'member number') : null;
    const pdf = await printConvocations(ctx, request.params.id ?? '', memberNo);
    response
      .type('application/pdf')
      .attachment(memberNo ? `convocation-${memberNo}.pdf` : 'convocations.pdf')
      .send(pdf);
  });

  router.get('/api/calendar', async (_request, response) => {
    authorize(response, 'register.view');
    const now = ctx.now();
    const schedules = (await ctx.assemblies.all()).map((assembly) => scheduleOf(assembly, now));
    const cycle = extraordinaryCycle(schedules, now, ctx.statutes);
    const body: CalendarResponse = {
      ordinary: ordinaryAssemblySlots(schedules, now, ctx.statutes).map((slot) => ({
        year: slot.year,
        purpose: slot.purpose,
        reason: slot.reason,
        missing: slot.missing,
        deadline: slot.deadline.toISOString(),
        lastConvocationAt: slot.lastConvocationAt.toISOString(),
        assemblyId: slot.assemblyId,
      })),
      extraordinary: {
        reason: cycle.reason,
        warn: cycle.warn,
        dueAt: cycle.dueAt.toISOString(),
        latestAt: cycle.latestAt.toISOString(),
        lastConvocationAt: cycle.lastConvocationAt.toISOString(),
      },
    };
    response.json(body);
  });

  return router;
}
