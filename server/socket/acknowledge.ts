import type { ZodType } from 'zod';
import type { Result } from '@shared/events';
import { Refusal } from '../commands/refusal';
import { RoomRefusal } from '../commands/room/roomAccess';
import { storeUnavailable } from '../http/errors';
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

function refusalOf(error: unknown): Extract<Result<never>, { ok: false }>['error'] {
  if (error instanceof RoomRefusal) return { code: error.code, message: error.message };
  if (error instanceof Refusal) {
    const { code, params, message } = refusalAnswer(error).body.error;
    return { code, params, message };
  }
  // Redis unreachable for a moment: 'internal' is what browsers retry by themselves.
  if (isRedisUnavailable(error)) return { code: 'internal', message: storeUnavailable.message };
  console.error('web: room handler failed', error);
  return { code: 'internal', message: 'Something went wrong on the server; your message was not stored. Try again.' };
}
