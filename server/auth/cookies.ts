import type { IncomingMessage } from 'node:http';

/** Reads one cookie from a request's Cookie header (HTTP or the Socket.IO handshake alike). */
export function readCookie(request: Pick<IncomingMessage, 'headers'>, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(separator + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}
