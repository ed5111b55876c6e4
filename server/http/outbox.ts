import type { Request } from 'express';
import type { OutboxResponse } from '@shared/api';
import type { Config } from '../config';
import { Refusal } from '../commands/refusal';
import { outboxQuerySchema } from '@shared/schemas/outbox';
import { parseInput } from './errors';
import { json, route } from './route';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The built-in outbox holds everyone's sign-in links, so by default only a person on the machine
 * that runs Agora may read it.
 */
function guard(config: Config, request: Request): void {
  if (config.SMTP_URL) throw new Refusal('outbox_off', {});
  // Through a proxy on the same machine every visitor comes from the loopback address: a request
  // a proxy forwarded (it says so in its headers) is not from a person on the machine.
  const forwarded = ['x-forwarded-for', 'forwarded', 'x-real-ip'].some(
    (header) => request.headers[header] !== undefined,
  );
  if (!config.OUTBOX_OPEN && (forwarded || !loopback.has(request.socket.remoteAddress ?? ''))) {
    throw new Refusal('outbox_local_only', {});
  }
}

/** The built-in outbox: its e-mails page by page, searched by recipient or subject, and one of them. */
export const outboxRoutes = [
  route({
    method: 'GET',
    path: '/api/outbox',
    who: 'anyone',
    handle: async ({ ctx, request, query }) => {
      guard(ctx.config, request);
      const page = parseInput(
        outboxQuerySchema,
        { q: query.q ?? '', before: query.before, limit: query.limit },
        'The search',
      );
      const body: OutboxResponse = { ...(await ctx.outbox.page(page)), total: await ctx.outbox.count() };
      return json(body);
    },
  }),
  route({
    method: 'GET',
    path: '/api/outbox/:id',
    who: 'anyone',
    handle: async ({ ctx, params, request }) => {
      guard(ctx.config, request);
      const message = await ctx.outbox.get(params.id ?? '');
      if (!message) throw new Refusal('not_found', { context: 'outbox_message' });
      return json(message);
    },
  }),
];
