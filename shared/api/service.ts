// The service's state: health and the outbox of e-mails.
export interface HealthResponse {
  status: 'ok' | 'degraded';
  redis: {
    ok: boolean;
    message?: string;
    /** The server this web process writes to: "master" (a primary), or "slave" for a demoted one. */
    role?: string;
    /** Replicas in sync now, and how many must confirm each acknowledged write (0: one Redis). */
    replicas?: { online: number; required: number };
    /** With Sentinel: how many sentinels answer of those configured, the primary they name, and whether they can fail over. */
    sentinels?: { known: number; reachable: number; primaries: string[]; quorum: boolean } | null;
  };
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
