import type { Request } from 'express';
import type { OutboxResponse } from '@shared/api';
import type { Config } from '../config';
import { HttpError } from './errors';
import { json, route } from './route';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The built-in outbox holds everyone's sign-in links, so by default only a person on the machine
 * that runs Agora may read it.
 */
function guard(config: Config, request: Request): void {
  if (config.SMTP_URL) {
    throw new HttpError(404, 'outbox_off', 'The built-in outbox is off: mail goes through the relay set in SMTP_URL.');
  }
  // Through a proxy on the same machine every visitor comes from the loopback address: a request
  // a proxy forwarded (it says so in its headers) is not from a person on the machine.
  const forwarded = ['x-forwarded-for', 'forwarded', 'x-real-ip'].some(
    (header) => request.headers[header] !== undefined,
  );
  if (!config.OUTBOX_OPEN && (forwarded || !loopback.has(request.socket.remoteAddress ?? ''))) {
    throw new HttpError(
      403,
      'outbox_local_only',
      'The outbox can only be read on the machine that runs Agora (set OUTBOX_OPEN=true to show it to every visitor of a demo).',
    );
  }
}

/** The built-in outbox: the latest e-mails, and one of them. */
export const outboxRoutes = [
  route({
    method: 'GET',
    path: '/api/outbox',
    who: 'anyone',
    handle: async ({ ctx, request }) => {
      guard(ctx.config, request);
      const body: OutboxResponse = { messages: await ctx.outbox.latest() };
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
      if (!message)
        throw new HttpError(
          404,
          'not_found',
          'This message is not in the outbox (it may have been dropped to make room).',
        );
      return json(message);
    },
  }),
];
