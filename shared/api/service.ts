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

export interface OutboxResponse {
  messages: OutboxSummary[];
}
