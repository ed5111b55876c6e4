import type { ApiError } from '@shared/api/errors';

/**
 * Why a request failed:
 * - `http`: the server answered with a 4xx/5xx status (its ApiError, when it sent one, is in `apiError`);
 * - `network`: no answer at all (offline, server down, DNS, CORS);
 * - `timeout`: no complete answer within the time limit;
 * - `aborted`: the caller cancelled (a page was left): nothing to show;
 * - `invalid_response`: a success status with a body that is not the JSON expected.
 */
export type FailureKind = 'http' | 'network' | 'timeout' | 'aborted' | 'invalid_response';

/** A request that did not succeed. `status` is 0 when no HTTP answer arrived. */
export class ApiFailure extends Error {
  override name = 'ApiFailure';
  readonly kind: FailureKind;
  readonly status: number;
  /** The server's refusal, when it answered with an ApiError body. */
  readonly apiError: ApiError | null;
  /** The parsed body of a refused request, whatever its shape (some routes answer data with a 503). */
  readonly body: unknown;

  constructor(kind: FailureKind, status: number, apiError: ApiError | null, body: unknown, message: string) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.apiError = apiError;
    this.body = body;
  }

  /** The server's error code (`not_found`, `forbidden`...), when it sent one. */
  get code(): string | null {
    return this.apiError?.error.code ?? null;
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** JSON-serialisable body (not for GET). */
  body?: unknown;
  /** A body sent as it is (a CSV text, an uploaded file), with its `Content-Type`; takes the place of `body`. */
  text?: { content: string | Blob; contentType: string };
  /** Cancels the request (e.g. when the component that asked unmounts). */
  signal?: AbortSignal;
  /** Milliseconds before giving up, body included. Default 15 s: long enough for a slow phone link. */
  timeoutMs?: number;
  /** Extra attempts after a network error. GET only (default 1); other methods are never retried. */
  retries?: number;
  headers?: Record<string, string>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const RETRY_DELAY_MS = 800;

/** GET a JSON resource. */
export function getJson<T>(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<T> {
  return request<T>('GET', path, options);
}

/** POST a JSON body and read the JSON answer. Never retried: the server may have acted already. */
export function postJson<T>(
  path: string,
  body: unknown,
  options: Omit<RequestOptions, 'body' | 'retries'> = {},
): Promise<T> {
  return request<T>('POST', path, { ...options, body });
}

/** PATCH a JSON body (the fields to change) and read the JSON answer. Never retried. */
export function patchJson<T>(
  path: string,
  body: unknown,
  options: Omit<RequestOptions, 'body' | 'retries'> = {},
): Promise<T> {
  return request<T>('PATCH', path, { ...options, body });
}

/** PUT a JSON body (the whole of what it replaces) and read the JSON answer. Never retried. */
export function putJson<T>(
  path: string,
  body: unknown,
  options: Omit<RequestOptions, 'body' | 'retries'> = {},
): Promise<T> {
  return request<T>('PUT', path, { ...options, body });
}

/** POST a text body such as a CSV file, and read the JSON answer. Never retried. */
export function postText<T>(
  path: string,
  content: string,
  contentType: string,
  options: Omit<RequestOptions, 'body' | 'text' | 'retries'> = {},
): Promise<T> {
  return request<T>('POST', path, { ...options, text: { content, contentType } });
}

/**
 * POST a file as the raw body (a document of an agenda item), and read the JSON answer. Never
 * retried; a slow phone link gets two minutes for 10 MB.
 */
export function postFile<T>(
  path: string,
  file: Blob,
  contentType: string,
  options: Omit<RequestOptions, 'body' | 'text' | 'retries'> = {},
): Promise<T> {
  return request<T>('POST', path, { timeoutMs: 120_000, ...options, text: { content: file, contentType } });
}

/** DELETE a resource and read the JSON answer. Never retried. */
export function deleteJson<T>(path: string, options: Omit<RequestOptions, 'body' | 'retries'> = {}): Promise<T> {
  return request<T>('DELETE', path, options);
}

/** One JSON request to the Agora API; resolves with the parsed body or throws an ApiFailure. */
export async function request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
  const retries = method === 'GET' ? (options.retries ?? 1) : 0;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await requestOnce<T>(method, path, options);
    } catch (error) {
      const retriable = error instanceof ApiFailure && error.kind === 'network' && attempt < retries;
      if (!retriable) throw error;
      await wait(RETRY_DELAY_MS, options.signal);
    }
  }
}

async function requestOnce<T>(method: HttpMethod, path: string, options: RequestOptions): Promise<T> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  if (signal?.aborted) throw aborted();

  // One controller for both the caller's cancellation and our time limit (AbortSignal.any is
  // too recent for some of the phones our members use).
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });

  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let requestBody: string | Blob | undefined;
  if (options.text) {
    headers['Content-Type'] = options.text.contentType;
    requestBody = options.text.content;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    requestBody = JSON.stringify(options.body);
  }

  try {
    let response: Response;
    let text: string;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: requestBody,
        credentials: 'same-origin',
        signal: controller.signal,
      });
      text = await response.text();
    } catch (cause) {
      if (timedOut)
        throw new ApiFailure('timeout', 0, null, null, `${method} ${path}: no answer within ${timeoutMs} ms`);
      if (signal?.aborted) throw aborted();
      throw new ApiFailure('network', 0, null, null, `${method} ${path}: ${describe(cause)}`);
    }

    const body = parseJson(text);
    if (!response.ok) {
      const apiError = isApiError(body) ? body : null;
      const message = apiError?.error.message ?? `${method} ${path}: HTTP ${response.status}`;
      throw new ApiFailure('http', response.status, apiError, body === NOT_JSON ? text : body, message);
    }
    if (response.status === 204 || text === '') return undefined as T;
    if (body === NOT_JSON) {
      throw new ApiFailure(
        'invalid_response',
        response.status,
        null,
        text,
        `${method} ${path}: the answer is not JSON`,
      );
    }
    return body as T;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

export function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** Normalises anything a request may throw into an ApiFailure. */
export function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return aborted();
  return new ApiFailure('network', 0, null, null, describe(error));
}

function aborted(): ApiFailure {
  return new ApiFailure('aborted', 0, null, null, 'The request was cancelled');
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
