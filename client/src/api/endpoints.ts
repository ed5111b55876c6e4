import type { MembersResponse } from '@shared/api/register';
import type { HealthResponse, OutboxMessage, OutboxResponse } from '@shared/api/service';
import { ApiFailure, getJson } from './http';

/** The member register, as the register page shows it. */
export function fetchMembers(signal?: AbortSignal): Promise<MembersResponse> {
  return getJson<MembersResponse>('/api/members', { signal });
}

/** The e-mails the built-in outbox received, newest first. */
export function fetchOutbox(
  page: { q: string; before: string | null; limit: number },
  signal?: AbortSignal,
): Promise<OutboxResponse> {
  const query = new URLSearchParams({ q: page.q, limit: String(page.limit) });
  if (page.before) query.set('before', page.before);
  return getJson<OutboxResponse>(`/api/outbox?${query.toString()}`, { signal });
}

/** One e-mail of the outbox, with its text and HTML parts. */
export function fetchOutboxMessage(id: string, signal?: AbortSignal): Promise<OutboxMessage> {
  return getJson<OutboxMessage>(`/api/outbox/${encodeURIComponent(id)}`, { signal });
}

/**
 * The state of Redis, the worker and the mail. A degraded service may answer 503 with the same
 * report: that report is still the answer to show, not a failure.
 */
export async function fetchHealth(signal?: AbortSignal): Promise<HealthResponse> {
  try {
    return await getJson<HealthResponse>('/api/health', { signal, retries: 0 });
  } catch (error) {
    if (error instanceof ApiFailure && error.kind === 'http' && isHealthReport(error.body)) return error.body;
    throw error;
  }
}

function isHealthReport(body: unknown): body is HealthResponse {
  if (typeof body !== 'object' || body === null) return false;
  const report = body as Partial<Record<keyof HealthResponse, unknown>>;
  return (
    (report.status === 'ok' || report.status === 'degraded') &&
    typeof report.redis === 'object' &&
    typeof report.worker === 'object' &&
    typeof report.mail === 'object'
  );
}
