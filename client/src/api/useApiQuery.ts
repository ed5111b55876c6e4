import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiFailure, type ApiFailure } from './http';

/** After this long without an answer, the page says the connection is slow. */
const SLOW_AFTER_MS = 5_000;

export type QueryState<T> =
  | { status: 'loading'; slow: boolean }
  | { status: 'error'; failure: ApiFailure }
  /** `refreshing` while a reload runs; `refreshFailure` when the last reload failed (the data shown is older). */
  | { status: 'ready'; data: T; refreshing: boolean; refreshFailure: ApiFailure | null };

export interface Query<T> {
  state: QueryState<T>;
  /** Loads again, keeping the data already shown until the new answer arrives. */
  reload: () => void;
  /** Shows `data` as the latest answer: what a change request answered with, without asking again. */
  replace: (data: T) => void;
}

/**
 * Loads `load` when the component mounts and whenever `key` changes; cancels the request
 * when the component goes away or the key changes.
 */
export function useApiQuery<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Query<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading', slow: false });
  const [attempt, setAttempt] = useState(0);
  const [loadedKey, setLoadedKey] = useState(key);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load; // the latest loader, without reloading each time the caller re-renders
  });

  if (loadedKey !== key) {
    // Another resource: what was shown belongs to the previous one.
    setLoadedKey(key);
    setState({ status: 'loading', slow: false });
  }

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) =>
      previous.status === 'ready'
        ? { ...previous, refreshing: true, refreshFailure: null }
        : { status: 'loading', slow: false },
    );
    const slowTimer = setTimeout(() => {
      setState((previous) => (previous.status === 'loading' ? { status: 'loading', slow: true } : previous));
    }, SLOW_AFTER_MS);

    loadRef
      .current(controller.signal)
      .then(
        (data) => {
          if (!controller.signal.aborted) setState({ status: 'ready', data, refreshing: false, refreshFailure: null });
        },
        (error: unknown) => {
          const failure = toApiFailure(error);
          if (controller.signal.aborted || failure.kind === 'aborted') return;
          setState((previous) =>
            previous.status === 'ready'
              ? { ...previous, refreshing: false, refreshFailure: failure }
              : { status: 'error', failure },
          );
        },
      )
      .finally(() => clearTimeout(slowTimer));

    return () => {
      controller.abort();
      clearTimeout(slowTimer);
    };
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  const replace = useCallback(
    (data: T) => setState({ status: 'ready', data, refreshing: false, refreshFailure: null }),
    [],
  );
  return { state, reload, replace };
}
