import type { ZodType } from 'zod';
import type { Result } from '@shared/events';
import { Refusal } from '../commands/refusal';
import { refusalAnswer } from '../http/refusalStatus';
import { isRedisUnavailable } from '../redis/connection';

/** Runs a handler with its input parsed by the shared schema; every outcome is acknowledged. */
export function acknowledged<I, T>(schema: ZodType<I>, run: (input: I) => Promise<T>) {
  return async (...args: unknown[]) => {
    // The acknowledgement is always the last argument: an event sent without its input still gets its refusal.
    const ack = args.at(-1);
    const raw = args.length > 1 || typeof ack !== 'function' ? args[0] : undefined;
    const reply = typeof ack === 'function' ? (ack as (result: Result<T>) => void) : () => {};
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      reply({
        ok: false,
        error: { code: 'invalid_input', message: parsed.error.issues.map((issue) => issue.message).join('; ') },
      });
      return;
    }
    try {
      reply({ ok: true, value: await run(parsed.data) });
    } catch (error) {
      reply({ ok: false, error: refusalOf(error) });
    }
  };
}

type RefusalSaid = Extract<Result<never>, { ok: false }>['error'];

/** A refusal as a browser reads it: its code, its parameters and the English sentence. */
function said(refusal: Refusal): RefusalSaid {
  const { code, params, message } = refusalAnswer(refusal).body.error;
  return { code, params, message };
}

/**
 * A refused connection: Socket.IO hands the browser the error's message (the code, as before)
 * and its `data`, the refusal to word in the reader's language.
 */
export function refusedConnection(refusal: Refusal): Error {
  return Object.assign(new Error(refusal.code), { data: said(refusal) });
}

function refusalOf(error: unknown): RefusalSaid {
  if (error instanceof Refusal) return said(error);
  // Redis unreachable for a moment: 'internal' is what browsers retry by themselves.
  if (isRedisUnavailable(error)) return said(new Refusal('internal', { context: 'store' }));
  console.error('web: room handler failed', error);
  return said(new Refusal('internal', { context: 'room' }));
}
