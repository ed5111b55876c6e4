// The service's state: health and the outbox of e-mails.
export interface HealthResponse {
  status: 'ok' | 'degraded';
  redis: { ok: boolean; message?: string };
  worker: { ok: boolean; lastSeenAt: string | null; message?: string };
  mail: { ok: boolean; mode: 'outbox' | 'relay' | 'unknown'; message?: string };
}

export interface OutboxSummary {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
}

export interface OutboxMessage extends OutboxSummary {
  text: string;
  html: string | null;
}

/** One page of the outbox, newest first. */
export interface OutboxResponse {
  messages: OutboxSummary[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: string | null;
  /** How many e-mails the outbox holds in all (whatever the search). */
  total: number;
}
