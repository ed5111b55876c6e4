import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isUiLanguage } from '@shared/i18n';
import { withFlash } from '../../app/flash';
import { paths } from '../../app/paths';
import { toApiFailure, type ApiFailure } from '../../api/http';
import { chooseLanguage } from '../../i18n/setup';
import { failureMessage } from '../../ui/failureMessage';
import { Loading } from '../../ui/QueryStatus';
import { usePageTitle } from '../../ui/usePageTitle';
import { completeSignIn } from './api';
import { takeReturnPath } from './returnPath';
import { useSession } from './session';

type Outcome =
  | { status: 'no_token' }
  | { status: 'working' }
  | { status: 'failed'; failure: ApiFailure }
  | { status: 'done' };

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
  const { refresh } = useSession();
  const [token] = useState(readToken);
  const [outcome, setOutcome] = useState<Outcome>(token ? { status: 'working' } : { status: 'no_token' });
  // React runs effects twice in development: the link works once, so it is spent once.
  const started = useRef(false);

  const spend = useCallback(async () => {
    if (!token) return;
    setOutcome({ status: 'working' });
    try {
      await completeSignIn(token);
    } catch (error) {
      const failure = toApiFailure(error);
      // A refusal is final: the token is of no more use, take it out of the address and history.
      if (failure.kind === 'http') forgetToken();
      setOutcome({ status: 'failed', failure });
      return;
    }
    forgetToken();
    const me = await refresh();
    // The interface speaks the person's language from now on (they may still switch in the header).
    if (me && isUiLanguage(me.person.language)) await chooseLanguage(me.person.language);
    setOutcome({ status: 'done' });
    void navigate(takeReturnPath() ?? paths.home, { replace: true, state: withFlash('signedIn') });
  }, [token, refresh, navigate]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void spend();
  }, [spend]);

  return (
    <div className="page page--narrow">
      <h1>{t('signInComplete.title')}</h1>
      {(outcome.status === 'working' || outcome.status === 'done') && <Loading slow={false} />}
      {outcome.status === 'no_token' && <Refusal text={t('signInComplete.noToken')} />}
      {outcome.status === 'failed' && <Failed failure={outcome.failure} onRetry={() => void spend()} />}
    </div>
  );
}

function Failed({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  const code = knownRefusals.find((known) => known === failure.code);
  if (code) return <Refusal text={t(`signInComplete.${code}`)} />;
  if (failure.kind !== 'http') {
    // Nothing reached the server, or no answer came back: the link may still work.
    return (
      <div className="status status--error" role="alert">
        <p>{failureMessage(failure, t)}</p>
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
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

function readToken(): string | null {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  return token && token.length > 0 ? token : null;
}

/** Takes the token out of the address bar and of this history entry (it must not be shared or reused). */
function forgetToken(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}
