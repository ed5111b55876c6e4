import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { ZodError } from 'zod';
import type { ApiError } from '@shared/api/errors';
import { isRedisUnavailable } from '../redis/connection';
import { Refusal } from '../commands/refusal';
import { refusalAnswer } from './refusalStatus';

/**
 * A refused input, its problems named field by field (the schemas' own messages, which the client
 * words itself): every other refusal is a `Refusal` of shared/refusals.ts.
 */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ApiError['error']['issues'],
  ) {
    super(message);
  }

  static invalidInput(error: ZodError, what = 'The request'): HttpError {
    return new HttpError(
      422,
      'invalid_input',
      `${what} has ${error.issues.length === 1 ? 'a problem' : `${error.issues.length} problems`}: ${error.issues.map((issue) => issue.message).join('; ')}`,
      error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
}

/** How long a person is asked to wait before trying again while Redis cannot be reached. */
const storeRetryAfterSeconds = 5;

/** The refusal while Redis cannot be reached: nothing is wrong with the request, try it again shortly. */
export const storeUnavailable = () => new Refusal('store_unavailable', {}, { retryAfter: storeRetryAfterSeconds });

export const apiNotFound: RequestHandler = (request, _response, next) => {
  next(
    new Refusal('not_found', { context: 'route', method: request.method, path: request.originalUrl.split('?')[0]! }),
  );
};

/**
 * A request refused before any route ran (its body could not be read, its address could not be
 * decoded): the body parsers and the router mark these with a 4xx status, kept as it is.
 */
function unreadableRequest(error: unknown): { status: number; refusal: Refusal } | null {
  const failure = error as { type?: string; status?: number; name?: string; body?: unknown; limit?: number };
  if (typeof failure?.status !== 'number' || failure.status < 400 || failure.status > 499) return null;
  const refused = (refusal: Refusal) => ({ status: failure.status!, refusal });
  switch (failure.type) {
    case 'entity.parse.failed':
      // The parser takes only an object or a list: a bare string, number or null is refused too.
      return refused(
        new Refusal(
          'bad_json',
          typeof failure.body === 'string' && !/^\s*[[{]/.test(failure.body) ? { context: 'not_object' } : {},
        ),
      );
    case 'entity.too.large': {
      const limit = failure.limit ?? 0;
      return refused(
        new Refusal(
          'too_large',
          limit >= 1048576
            ? { amount: Math.floor(limit / 1048576), context: 'megabytes' }
            : { amount: Math.floor(limit / 1024), context: 'kilobytes' },
        ),
      );
    }
    case 'encoding.unsupported':
      return refused(new Refusal('bad_encoding', {}));
    case 'charset.unsupported':
      return refused(new Refusal('bad_charset', {}));
  }
  if (failure.name === 'URIError') return refused(new Refusal('bad_address', {}));
  return refused(new Refusal('bad_request', {}));
}

/** Answers a refusal: its status (or the one given), the Retry-After it asks for, its JSON body. */
function sendRefusal(response: Response, refusal: Refusal, givenStatus?: number): void {
  const { status, body } = refusalAnswer(refusal);
  if (body.error.retryAfter) response.setHeader('Retry-After', String(body.error.retryAfter));
  response.status(givenStatus ?? status).json(body);
}

/** Every refused API request ends here and answers the same JSON shape. */
export const apiErrors: ErrorRequestHandler = (error: unknown, _request, response, _next) => {
  if (error instanceof Refusal) return sendRefusal(response, error);
  if (error instanceof HttpError) {
    const body: ApiError = {
      error: {
        code: error.code,
        message: error.message,
        ...(error.issues ? { issues: error.issues } : {}),
      },
    };
    response.status(error.status).json(body);
    return;
  }
  const unreadable = unreadableRequest(error);
  if (unreadable) return sendRefusal(response, unreadable.refusal, unreadable.status);
  if (isRedisUnavailable(error)) return sendRefusal(response, storeUnavailable());
  console.error('web: unexpected error', error);
  sendRefusal(response, new Refusal('internal', {}));
};

/** Parses an input with its shared schema, or refuses it with every problem named. */
export function parseInput<T>(
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: ZodError } },
  input: unknown,
  what?: string,
): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw HttpError.invalidInput(parsed.error, what);
  return parsed.data;
}

/** A whole positive number from the path, or a 404 that says what was looked for. */
export function pathNumber(value: string | undefined, what: 'member_number' | 'minutes_version'): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0)
    throw new Refusal('not_found', { context: what, value: String(value) });
  return number;
}
