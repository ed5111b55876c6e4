import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ApiFailure } from '../api/http';
import { paths, signInPath } from '../app/paths';
import { useSession } from '../features/auth/session';

/** A refusal because the session came from a convocation's personal link, which opens one assembly only. */
export function isLinkScopeRefusal(failure: ApiFailure): boolean {
  return failure.status === 403 && failure.code === 'link_scope';
}

/**
 * What a person who came in through their personal link sees anywhere but their assembly: why,
 * the way back to it, and how to sign in fully (with their e-mail address).
 */
export function LinkScopeNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const { me } = useSession();
  return (
    <div className="notice notice--info permission" role="alert">
      <p>{t('linkScope.text')}</p>
      <div className="toolbar">
        <Link className="button" to={signInPath(location.pathname + location.search)}>
          {t('linkScope.signIn')}
        </Link>
        {me?.scope && (
          <Link className="button button--secondary" to={paths.assembly(me.scope)}>
            {t('linkScope.back')}
          </Link>
        )}
      </div>
    </div>
  );
}
