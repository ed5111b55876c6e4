import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { permissionMessages, type Requirement } from '@shared/rules/permissions';
import type { ApiFailure } from '../api/http';
import { signInPath } from '../app/paths';
import { useSession } from '../features/auth/session';
import { useLanguage } from '../i18n/useLanguage';

/**
 * What a person sees instead of a page or an action they may not use: the statutes' reason in
 * their language and, when they only need to sign in, a link that brings them back here.
 */
export function PermissionNotice({ missing }: { missing: Requirement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const location = useLocation();
  const session = useSession();
  const sessionSaysSignedIn = session.state.status === 'signed_in';
  const { refresh } = session;

  // The server says "sign in" while the header still shows a name: the session ended
  // (signed out elsewhere, expired). Ask again so the header tells the truth.
  useEffect(() => {
    if (missing === 'signed_in' && sessionSaysSignedIn) void refresh();
  }, [missing, sessionSaysSignedIn, refresh]);

  return (
    <div
      className={missing === 'signed_in' ? 'notice notice--info permission' : 'notice notice--warning permission'}
      role="alert"
    >
      <p>{permissionMessages[language][missing]}</p>
      {missing === 'signed_in' && (
        <Link className="button" to={signInPath(location.pathname + location.search)}>
          {t('auth.signInToContinue')}
        </Link>
      )}
    </div>
  );
}

/** What a refusal of the server says is missing (401 and 403 carry it), if it is about permission. */
export function missingPermission(failure: ApiFailure): Requirement | null {
  if (failure.status !== 401 && failure.status !== 403) return null;
  return failure.apiError?.error.missing ?? (failure.status === 401 ? 'signed_in' : null);
}
