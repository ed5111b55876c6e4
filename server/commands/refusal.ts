import type { ApiError } from '@shared/api';
import type { ParamsOf, RefusalCode } from '@shared/refusals';

/** What a refusal may carry besides its parameters: field problems, a requirement, a verdict, a wait. */
export type RefusalExtra = Pick<ApiError['error'], 'issues' | 'missing' | 'retryAfter' | 'details'>;

/**
 * A command's refusal: a code of shared/refusals.ts and the parameters its sentence needs. It
 * knows nothing of HTTP: server/http/errors.ts gives it a status and an English sentence.
 */
export class Refusal<C extends RefusalCode = RefusalCode> extends Error {
  override name = 'Refusal';
  constructor(
    readonly code: C,
    readonly params: ParamsOf<C>,
    readonly extra: RefusalExtra = {},
  ) {
    super(code);
  }
}
