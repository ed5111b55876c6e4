import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events';

export type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long an acknowledgement may take on a slow line before the client tries again. */
const ACK_TIMEOUT_MS = 15_000;

/** The acknowledgement an event expects: `Result<T>` of its callback. */
type AckOf<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/**
 * Sends one event and waits for the server's answer; no connection answers `offline`, no answer
 * in time answers `timeout`, both as a refusal the caller reads like any other.
 */
export async function emitWithAck<E extends keyof ClientToServerEvents>(
  socket: RoomSocket | null,
  event: E,
  input: Parameters<ClientToServerEvents[E]>[0],
): Promise<AckOf<E>> {
  if (!socket?.connected) return { ok: false, error: { code: 'offline', message: 'offline' } } as never;
  try {
    const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
      emitWithAck(event: string, input: unknown): Promise<never>;
    };
    return await timed.emitWithAck(event, input);
  } catch {
    return { ok: false, error: { code: 'timeout', message: 'timeout' } } as never;
  }
}
