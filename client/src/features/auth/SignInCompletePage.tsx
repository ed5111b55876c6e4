import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { withFlash } from '../../app/flash';
import { paths } from '../../app/paths';
import type { ApiFailure } from '../../api/http';
import { failureMessage } from '../../ui/failureMessage';
import { FailedWithRetry, Loading } from '../../ui/QueryStatus';
import { usePageTitle } from '../../ui/usePageTitle';
import { completeSignIn } from './api';
import { takeReturnPath } from './returnPath';
import { useLinkFromAddress } from './useLinkFromAddress';

/** The refusals a link can meet, each with its own explanation. */
const knownRefusals = ['link_damaged', 'link_expired', 'link_used', 'person_gone'] as const;

/**
 * Where the e-mail's link leads: `/sign-in/complete#token=...`. The token is in the fragment,
 * which browsers never send to a server, so link scanners of mail services cannot spend it.
 */
export function SignInCompletePage() {
  const { t } = useTranslation();
  usePageTitle(t('signInComplete.title'));
  const navigate = useNavigate();
  const signedIn = useCallback(() => {
    void navigate(takeReturnPath() ?? paths.home, { replace: true, state: withFlash('signedIn') });
  }, [navigate]);
  const { outcome, retry } = useLinkFromAddress(completeSignIn, signedIn);

  return (
    <div className="page page--narrow">
      <h1>{t('signInComplete.title')}</h1>
      {(outcome.status === 'working' || outcome.status === 'done') && <Loading slow={false} />}
      {outcome.status === 'no_token' && <Refusal text={t('signInComplete.noToken')} />}
      {outcome.status === 'failed' && <Failed failure={outcome.failure} onRetry={retry} />}
    </div>
  );
}

function Failed({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  const code = knownRefusals.find((known) => known === failure.code);
  if (code) return <Refusal text={t(`signInComplete.${code}`)} />;
  if (failure.kind !== 'http') {
    // Nothing reached the server, or no answer came back: the link may still work.
    return <FailedWithRetry failure={failure} onRetry={onRetry} />;
  }
  return <Refusal text={failureMessage(failure, t)} />;
}

/** Why this link does not sign the person in, and the way out: a new link. */
function Refusal({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <div className="status status--error" role="alert">
      <p>{text}</p>
      <Link className="button" to={paths.signIn}>
        {t('signInComplete.askAgain')}
      </Link>
    </div>
  );
}
