import type { Member } from './schemas/member';
import type { Person } from './schemas/person';
import type { Action, Actor, Requirement } from './rules/permissions';

/** The body of every refused HTTP request: a code for programs, a sentence for people. */
export interface ApiError {
  error: {
    code: string;
    message: string;
    /** Per-field problems of a refused input, when the input was the problem. */
    issues?: Array<{ path: string; message: string }>;
    /** For a 401 or 403: what the person would need to be to do this. */
    missing?: Requirement;
    /** For a 429: seconds to wait before trying again. */
    retryAfter?: number;
  };
}

export interface PersonSummary {
  id: string;
  name: string;
}

/** A member as the register shows it. */
export interface MemberView extends Member {
  voting: boolean;
  representative: PersonSummary | null;
}

export interface MembersResponse {
  members: MemberView[];
}

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

/** The signed-in person, what they represent, and what they may do. */
export interface MeResponse {
  person: Person;
  actor: Actor;
  permissions: Record<Action, boolean>;
}

/** The answer to a sign-in request: the same whether or not the address is known. */
export interface SignInRequestResponse {
  message: string;
}
