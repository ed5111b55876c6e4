// The body of every refused HTTP request.
import type { Requirement } from '../rules/permissions';

/** The body of every refused HTTP request: a code for programs, a sentence for people. */
export interface ApiError {
  error: {
    code: string;
    /** The parameters of a refusal of shared/refusals.ts: the client words it from code and params. */
    params?: Record<string, unknown>;
    message: string;
    /** Per-field problems of a refused input, when the input was the problem. */
    issues?: Array<{ path: string; message: string }>;
    /** For a 401 or 403: what the person would need to be to do this. */
    missing?: Requirement;
    /** For a 429: seconds to wait before trying again. */
    retryAfter?: number;
    /** Figures behind a refusal by the rules (e.g. the dates of a notice check). */
    details?: unknown;
  };
}
