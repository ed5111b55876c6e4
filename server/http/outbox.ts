import { Router, type Request } from 'express';
import type { OutboxResponse } from '@shared/api/service';
import type { OutboxStore } from '../store/outbox';
import { HttpError } from './errors';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The built-in outbox. It holds everyone's sign-in links, so by default only a person on the
 * machine that runs Agora may read it.
 */
export function outboxRoutes(deps: { outbox: OutboxStore; mode: 'outbox' | 'relay'; open: boolean }): Router {
  const router = Router();
  const guard = (request: Request) => {
    if (deps.mode === 'relay') {
      throw new HttpError(
        404,
        'outbox_off',
        'The built-in outbox is off: mail goes through the relay set in SMTP_URL.',
      );
    }
    // Through a proxy on the same machine every visitor comes from the loopback address: a request
    // a proxy forwarded (it says so in its headers) is not from a person on the machine.
    const forwarded = ['x-forwarded-for', 'forwarded', 'x-real-ip'].some(
      (header) => request.headers[header] !== undefined,
    );
    if (!deps.open && (forwarded || !loopback.has(request.socket.remoteAddress ?? ''))) {
      throw new HttpError(
        403,
        'outbox_local_only',
        'The outbox can only be read on the machine that runs Agora (set OUTBOX_OPEN=true to show it to every visitor of a demo).',
      );
    }
  };
  router.get('/api/outbox', async (request, response) => {
    guard(request);
    const body: OutboxResponse = { messages: await deps.outbox.latest() };
    response.json(body);
  });
  router.get('/api/outbox/:id', async (request, response) => {
    guard(request);
    const message = await deps.outbox.get(request.params.id ?? '');
    if (!message)
      throw new HttpError(
        404,
        'not_found',
        'This message is not in the outbox (it may have been dropped to make room).',
      );
    response.json(message);
  });
  return router;
}
