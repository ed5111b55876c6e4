import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MeResponse } from '@shared/api/session';
import { isUiLanguage } from '@shared/i18n/languages';
import type { Action } from '@shared/rules/permissions';
import { toApiFailure, type ApiFailure } from '../../api/http';
import { chooseLanguage, currentLanguage, takePickBeforeSignIn } from '../../i18n/setup';
import { fetchMe, signOut as postSignOut, updateProfile } from './api';

/**
 * What the client knows of the person using it:
 * - `loading`: the first answer of /api/me is on its way;
 * - `signed_out`: /api/me answered 401;
 * - `signed_in`: the person, what they represent and what they may do;
 * - `unknown`: the server could not be asked (offline): pages still ask for their own data.
 */
export type SessionState =
  | { status: 'loading' }
  | { status: 'signed_out' }
  | { status: 'signed_in'; me: MeResponse }
  | { status: 'unknown'; failure: ApiFailure };

export interface Session {
  state: SessionState;
  /** The signed-in person, or null. */
  me: MeResponse | null;
  /** Asks the server again (after signing in or out, or a change to the register); resolves with the answer. */
  refresh: () => Promise<MeResponse | null>;
  /** Takes a fresh answer the server already gave (PATCH /api/me answers with the whole MeResponse). */
  update: (me: MeResponse) => void;
  /** Ends this session; throws an ApiFailure when the server could not be told. */
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** The first question to /api/me, asked before the interface is ready to render. */
let firstAnswer: Promise<MeResponse> | null = null;

/** Asks the server who this browser is, at once (the answer is taken by the session when it starts). */
export function askWhoIAmEarly(): void {
  firstAnswer = fetchMe();
  firstAnswer.catch(() => undefined); // read, and reported, by the session
}

/** Loads /api/me once for the whole app and shares it; pages read it with `useSession`. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // Only the latest request may set the state: a slow early answer must not overwrite a newer one.
  const latest = useRef(0);

  const refresh = useCallback(async (): Promise<MeResponse | null> => {
    const ticket = ++latest.current;
    try {
      const early = firstAnswer;
      firstAnswer = null;
      const me = await (early ?? fetchMe());
      if (ticket === latest.current) setState({ status: 'signed_in', me });
      return me;
    } catch (error) {
      const failure = toApiFailure(error);
      const next: SessionState = failure.status === 401 ? { status: 'signed_out' } : { status: 'unknown', failure };
      if (ticket === latest.current) setState(next);
      return null;
    }
  }, []);

  const update = useCallback((me: MeResponse) => {
    latest.current += 1;
    setState({ status: 'signed_in', me });
  }, []);

  const signOut = useCallback(async () => {
    await postSignOut();
    latest.current += 1;
    setState({ status: 'signed_out' });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo<Session>(
    () => ({ state, me: state.status === 'signed_in' ? state.me : null, refresh, update, signOut }),
    [state, refresh, update, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/**
 * At sign-in, shows the interface in the person's language. A language picked on this device
 * before signing in becomes the person's first (stored on them: their e-mails follow it), so
 * signing in never switches the language under their eyes. Later, the switch stores each pick.
 */
export async function takeLanguageOf(me: MeResponse, update: (me: MeResponse) => void): Promise<void> {
  const picked = takePickBeforeSignIn();
  if (picked && picked !== me.person.language) {
    try {
      update(await updateProfile({ language: picked }));
    } catch {
      // Not stored: the pick still shows on this device, and can be made again from the profile.
    }
    return;
  }
  const language = me.person.language;
  if (isUiLanguage(language) && language !== currentLanguage()) await chooseLanguage(language);
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside <SessionProvider>');
  return session;
}

/**
 * Whether the signed-in person may take `action`, as the server computed it for /api/me.
 * Only decides what to show: the server checks every request again.
 */
export function useCan(action: Action): boolean {
  const { me } = useSession();
  return me?.permissions[action] ?? false;
}
