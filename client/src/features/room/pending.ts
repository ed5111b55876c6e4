import type { RefusalSaid } from '../../ui/refusalText';
/** A message written in the room and not yet acknowledged by the server. */
export interface PendingMessage {
  clientId: string;
  thread: string;
  body: string;
  replyTo: string | null;
  writtenAt: string;
  /** Set when the server refused it for good (the room closed, the item left the agenda...). */
  refusal: RefusalSaid | null;
}

const keyOf = (assemblyId: string, personId: string) => `agora:pending:${assemblyId}:${personId}`;

/**
 * The messages waiting to be sent, kept in the browser's storage: a page reloaded while offline,
 * or a phone whose browser was closed, still sends them when back (each one once: its clientId).
 */
export const pendingStore = {
  read(assemblyId: string, personId: string): PendingMessage[] {
    try {
      const raw = window.localStorage.getItem(keyOf(assemblyId, personId));
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed)
        ? (parsed as PendingMessage[]).filter(
            (entry) => typeof entry?.clientId === 'string' && typeof entry.body === 'string',
          )
        : [];
    } catch {
      return [];
    }
  },
  write(assemblyId: string, personId: string, pending: readonly PendingMessage[]): void {
    try {
      if (pending.length === 0) window.localStorage.removeItem(keyOf(assemblyId, personId));
      else window.localStorage.setItem(keyOf(assemblyId, personId), JSON.stringify(pending));
    } catch {
      // Storage full or forbidden (private browsing): the messages stay in memory for this page.
    }
  },
};

/** A client id for a new message: random, so two tabs never collide. */
export function newClientId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `m${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
