import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiFailure, type ApiFailure } from '../api/http';

/** One change asked of the server (a button's, or a form's once its input is checked). */
export interface Request {
  /** The request is on its way: its button says so and cannot be pressed again. */
  pending: boolean;
  /** Why the last attempt failed, to show next to the button; null once it is tried again. */
  failure: ApiFailure | null;
  /**
   * Sends, unless a request is already on its way (a double tap sends once). Resolves with the
   * answer, or null when it failed; what follows a success can go inside `send`.
   */
  run: <R>(send: () => Promise<R>) => Promise<R | null>;
  /** Forgets the failure (the person closed what it was about). */
  clear: () => void;
}

/** The life of one request: on its way, then done or failed. `onFailure` follows a failure (a focus, a reload). */
export function useRequest(onFailure?: (failure: ApiFailure) => void): Request {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const pendingRef = useRef(false);
  const onFailureRef = useRef(onFailure);
  useEffect(() => {
    onFailureRef.current = onFailure;
  });

  const clear = useCallback(() => setFailure(null), []);

  const run = useCallback(async <R>(send: () => Promise<R>): Promise<R | null> => {
    if (pendingRef.current) return null;
    pendingRef.current = true;
    setPending(true);
    setFailure(null);
    try {
      return await send();
    } catch (error) {
      const refused = toApiFailure(error);
      // A request cancelled by the page going away: nothing to say.
      if (refused.kind !== 'aborted') {
        setFailure(refused);
        onFailureRef.current?.(refused);
      }
      return null;
    } finally {
      pendingRef.current = false;
      setPending(false);
    }
  }, []);

  return { pending, failure, run, clear };
}
