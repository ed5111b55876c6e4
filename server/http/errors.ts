import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ZodError } from 'zod';
import type { ApiError } from '@shared/api';

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

export const apiNotFound: RequestHandler = (request, _response, next) => {
  next(new HttpError(404, 'not_found', `There is nothing at ${request.method} ${request.originalUrl.split("?")[0]}.`));
};

/** Every refused API request ends here and answers the same JSON shape. */
export const apiErrors: ErrorRequestHandler = (error: unknown, _request, response, _next) => {
  if (error instanceof HttpError) {
    const body: ApiError = {
      error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}), ...error.extra },
    };
    if (error.extra.retryAfter) response.setHeader('Retry-After', String(error.extra.retryAfter));
    response.status(error.status).json(body);
    return;
  }
  const parseFailure = error as { type?: string; status?: number };
  if (parseFailure.type === 'entity.parse.failed') {
    response.status(400).json({ error: { code: 'bad_json', message: 'The request body is not valid JSON.' } } satisfies ApiError);
    return;
  }
  if (parseFailure.type === 'entity.too.large') {
    response.status(413).json({ error: { code: 'too_large', message: 'The request is too large.' } } satisfies ApiError);
    return;
  }
  console.error('web: unexpected error', error);
  response
    .status(500)
    .json({ error: { code: 'internal', message: 'Something went wrong on the server; nothing was changed. Please try again.' } } satisfies ApiError);
};

/** Parses an input with its shared schema, or refuses it with every problem named. */
export function parseInput<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: ZodError } }, input: unknown, what?: string): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw HttpError.invalidInput(parsed.error, what);
  return parsed.data;
}

/** A whole positive number from the path, or a 404 that says what was looked for. */
export function pathNumber(value: string | undefined, what: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) throw new HttpError(404, 'not_found', `There is no ${what} "${value}".`);
  return number;
}
