// One piece of Belenios work run in a Web Worker: the page stays responsive, shows progress, can cancel.

/** What a worker posts back: progress as it goes, then its result or why it failed. */
export type WorkerMessage<Result> =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: Result }
  | { type: 'failed'; message: string };

export interface JobOptions {
  onProgress?: (done: number, total: number) => void;
  /** Cancels the work: the worker is stopped at once and the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

/**
 * Workers of one kind kept between jobs: a worker keeps its fixed-base tables (made once, on its
 * first job), so the next job is faster. A cancelled or failed worker is not kept.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];

  constructor(private readonly create: () => Worker) {}

  run<Request, Result>(request: Request, options: JobOptions = {}): Promise<Result> {
    const { onProgress, signal } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    const worker = this.idle.pop() ?? this.create();
    return new Promise<Result>((resolve, reject) => {
      const finish = (keep: boolean) => {
        worker.onmessage = null;
        worker.onerror = null;
        signal?.removeEventListener('abort', onAbort);
        if (keep) this.idle.push(worker);
        else worker.terminate();
      };
      const onAbort = () => {
        finish(false);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = (event: MessageEvent<WorkerMessage<Result>>) => {
        const message = event.data;
        if (message.type === 'progress') onProgress?.(message.done, message.total);
        else if (message.type === 'result') {
          finish(true);
          resolve(message.result);
        } else {
          finish(false);
          reject(new Error(message.message));
        }
      };
      worker.onerror = (event) => {
        finish(false);
        reject(new Error(event.message || 'The worker stopped'));
      };
      worker.postMessage(request);
    });
  }
}

function abortError(): DOMException {
  return new DOMException('Cancelled', 'AbortError');
}

/** Whether a job ended because it was cancelled (nothing to say then). */
export function isCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * The worker's side: answers each request with `work`, which reports progress with `progress`.
 * Call it once at the top of a worker module.
 */
export function serveJobs<Request, Result>(
  work: (request: Request, progress: (done: number, total: number) => void) => Result,
): void {
  const scope = globalThis as unknown as {
    onmessage: ((event: MessageEvent<Request>) => void) | null;
    postMessage: (message: WorkerMessage<Result>) => void;
  };
  scope.onmessage = (event) => {
    try {
      const result = work(event.data, (done, total) => scope.postMessage({ type: 'progress', done, total }));
      scope.postMessage({ type: 'result', result });
    } catch (error) {
      scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
