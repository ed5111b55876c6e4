import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeResponse } from '@shared/api/session';
import { toApiFailure, type ApiFailure } from '../../api/http';
import { takeLanguageOf, useSession } from './session';

export type LinkOutcome =
  { status: 'no_token' } | { status: 'working' } | { status: 'failed'; failure: ApiFailure } | { status: 'done' };

/** The fragment of the address a link from an e-mail arrived with (`#token=...&document=...`). */
function readFragment(): URLSearchParams {
  return new URLSearchParams(window.location.hash.replace(/^#/, ''));
}

/** Takes the token out of the address bar and of this history entry (it must not be shared or reused). */
function forgetFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}

/**
 * Spends the token an e-mail's link carries in the fragment (which browsers never send to a
 * server, so mail scanners cannot spend it): once, even though React runs effects twice in
 * development; then the session is taken from the answer, or read again, and the interface takes
 * the person's language (the one they picked before signing in, if they did).
 * A refusal is final, so the token leaves the address; a network failure can be retried.
 */
export function useLinkFromAddress<T>(
  spend: (token: string) => Promise<T>,
  done: (result: T, fragment: URLSearchParams) => void,
) {
  const { refresh, update } = useSession();
  const [fragment] = useState(readFragment);
  const token = fragment.get('token') || null;
  const [outcome, setOutcome] = useState<LinkOutcome>(token ? { status: 'working' } : { status: 'no_token' });
  const started = useRef(false);

  const run = useCallback(async () => {
    if (!token) return;
    setOutcome({ status: 'working' });
    let result: T;
    try {
      result = await spend(token);
    } catch (error) {
      const failure = toApiFailure(error);
      if (failure.kind === 'http') forgetFragment();
      setOutcome({ status: 'failed', failure });
      return;
    }
    forgetFragment();
    // A personal link's answer says who the browser now is; a sign-in link's does not.
    const given = (result as { me?: MeResponse } | undefined)?.me;
    if (given) update(given);
    const me = given ?? (await refresh());
    if (me) await takeLanguageOf(me, update);
    setOutcome({ status: 'done' });
    done(result, fragment);
  }, [token, fragment, spend, done, refresh, update]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void run();
  }, [run]);

  return { outcome, retry: () => void run() };
}
