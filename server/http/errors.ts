import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ZodError } from 'zod';
import type { ApiError } from '@shared/api/errors';
import { isRedisUnavailable } from '../redis/connection';
import { Refusal } from '../commands/refusal';
import { refusalAnswer } from './refusalStatus';

/** A refusal meant for a person: its status, a code for programs and a sentence for people. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ApiError['error']['issues'],
    readonly extra: Pick<ApiError['error'], 'missing' | 'retryAfter' | 'details'> = {},
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

/** The answer while Redis cannot be reached: nothing is wrong with the request, try it again shortly. */
export const storeUnavailable: ApiError['error'] = {
  code: 'store_unavailable',
  message: 'Agora cannot reach its database at the moment. Please try again in a few seconds.',
  retryAfter: storeRetryAfterSeconds,
};

export const apiNotFound: RequestHandler = (request, _response, next) => {
  next(new HttpError(404, 'not_found', `There is nothing at ${request.method} ${request.originalUrl.split('?')[0]}.`));
};

/**
 * A request refused before any route ran (its body could not be read, its address could not be
 * decoded): the body parsers and the router mark these with a 4xx status; each gets a sentence.
 */
function unreadableRequest(error: unknown): { status: number; code: string; message: string } | null {
  const failure = error as { type?: string; status?: number; name?: string; body?: unknown; limit?: number };
  if (typeof failure?.status !== 'number' || failure.status < 400 || failure.status > 499) return null;
  switch (failure.type) {
    case 'entity.parse.failed':
      // The parser takes only an object or a list: a bare string, number or null is refused too.
      return typeof failure.body === 'string' && !/^\s*[[{]/.test(failure.body)
        ? { status: 400, code: 'bad_json', message: 'The request body must be a JSON object.' }
        : { status: 400, code: 'bad_json', message: 'The request body is not valid JSON.' };
    case 'entity.too.large': {
      const limit = failure.limit ?? 0;
      const most = limit >= 1048576 ? `${Math.floor(limit / 1048576)} MB` : `${Math.floor(limit / 1024)} KB`;
      return { status: 413, code: 'too_large', message: `The request is too large: Agora takes at most ${most} here.` };
    }
    case 'encoding.unsupported':
      return {
        status: 415,
        code: 'bad_encoding',
        message:
          'The request body is compressed in a way Agora does not read: send it as it is, or with gzip, deflate or br.',
      };
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'bad_charset',
        message: 'The request body is in a character set Agora does not read: send it in UTF-8.',
      };
  }
  if (failure.name === 'URIError') {
    return {
      status: 400,
      code: 'bad_address',
      message: 'The address of the request has a damaged %-escape; nothing was done.',
    };
  }
  return {
    status: failure.status,
    code: 'bad_request',
    message: 'The request could not be read (its body is damaged or incomplete); nothing was done.',
  };
}

/** Every refused API request ends here and answers the same JSON shape. */
export const apiErrors: ErrorRequestHandler = (error: unknown, _request, response, _next) => {
  if (error instanceof Refusal) {
    const { status, body } = refusalAnswer(error);
    if (body.error.retryAfter) response.setHeader('Retry-After', String(body.error.retryAfter));
    response.status(status).json(body);
    return;
  }
  if (error instanceof HttpError) {
    const body: ApiError = {
      error: {
        code: error.code,
        message: error.message,
        ...(error.issues ? { issues: error.issues } : {}),
        ...error.extra,
      },
    };
    if (error.extra.retryAfter) response.setHeader('Retry-After', String(error.extra.retryAfter));
    response.status(error.status).json(body);
    return;
  }
  const unreadable = unreadableRequest(error);
  if (unreadable) {
    response
      .status(unreadable.status)
      .json({ error: { code: unreadable.code, message: unreadable.message } } satisfies ApiError);
    return;
  }
  if (isRedisUnavailable(error)) {
    response.setHeader('Retry-After', String(storeRetryAfterSeconds));
    response.status(503).json({ error: storeUnavailable } satisfies ApiError);
    return;
  }
  console.error('web: unexpected error', error);
  response.status(500).json({
    error: {
      code: 'internal',
      message: 'Something went wrong on the server; nothing was changed. Please try again.',
    },
  } satisfies ApiError);
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
export function pathNumber(value: string | undefined, what: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0)
    throw new HttpError(404, 'not_found', `There is no ${what} "${value}".`);
  return number;
}
