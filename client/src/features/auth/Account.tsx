import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { withFlash } from '../../app/flash';
import { paths, signInPath } from '../../app/paths';
import { useSession } from './session';

/**
 * The header's account corner: the person's name (their profile) and "Sign out", or "Sign in".
 * On a phone the sign-out button goes in the menu (`withSignOut` false), leaving room for the name.
 */
export function Account({ withSignOut = true }: { withSignOut?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.state.status === 'loading') return <div className="account" aria-hidden="true" />;

  if (!session.me) {
    if (location.pathname.startsWith(paths.signIn)) return <div className="account" />;
    return (
      <div className="account">
        <Link className="account__sign-in" to={signInPath(location.pathname + location.search)}>
          {t('auth.signIn')}
        </Link>
      </div>
    );
  }

  return (
    <div className="account">
      <Link className="account__name" to={paths.me} title={t('auth.yourProfile')}>
        {session.me.person.name}
      </Link>
      {withSignOut && <SignOutButton />}
    </div>
  );
}

/** Ends this session, then shows the home page saying so. */
export function SignOutButton() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  const [failed, setFailed] = useState(false);

  const signOut = async () => {
    setSigningOut(true);
    setFailed(false);
    try {
      await session.signOut();
      void navigate(paths.home, { state: withFlash('signedOut') });
    } catch {
      setFailed(true);
    } finally {
      setSigningOut(false);
    }
  };

  return (
    <>
      <button type="button" className="account__sign-out" onClick={() => void signOut()} disabled={signingOut}>
        {signingOut ? t('auth.signingOut') : t('auth.signOut')}
      </button>
      {failed && (
        <span className="account__failed" role="alert">
          {t('auth.signOutFailed')}
        </span>
      )}
    </>
  );
}
