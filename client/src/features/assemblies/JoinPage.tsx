import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isUiLanguage } from '@shared/i18n';
import { withFlash } from '../../app/flash';
import { paths, signInPath } from '../../app/paths';
import { toApiFailure, type ApiFailure } from '../../api/http';
import { chooseLanguage } from '../../i18n/setup';
import { failureMessage } from '../../ui/failureMessage';
import { Loading } from '../../ui/QueryStatus';
import { usePageTitle } from '../../ui/usePageTitle';
import { useSession } from '../auth/session';
import { openPersonalLink } from './api';

type Outcome = { status: 'no_token' } | { status: 'working' } | { status: 'failed'; failure: ApiFailure };

/** The refusals a personal link can meet, each with its own explanation. */
const knownRefusals = ['link_damaged', 'link_expired', 'person_gone', 'assembly_not_found'] as const;

/**
 * Where a convocation's personal link leads: `/assemblies/:id/join#token=...(&document=...)`.
 * The token stays in the fragment (never sent to a server by the browser, so a mail scanner
 * cannot spend it); once spent, the address is replaced by the assembly's page.
 */
export function JoinPage() {
  const { t } = useTranslation();
  usePageTitle(t('join.title'));
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const [link] = useState(readFragment);
  const [outcome, setOutcome] = useState<Outcome>(link.token ? { status: 'working' } : { status: 'no_token' });
  const started = useRef(false); // React runs effects twice in development: the link is opened once

  const open = useCallback(async () => {
    if (!link.token) return;
    setOutcome({ status: 'working' });
    let assemblyId: string;
    try {
      ({ assemblyId } = await openPersonalLink(link.token));
    } catch (error) {
      const failure = toApiFailure(error);
      if (failure.kind === 'http') forgetFragment();
      setOutcome({ status: 'failed', failure });
      return;
    }
    forgetFragment();
    const me = await refresh();
    if (me && isUiLanguage(me.person.language)) await chooseLanguage(me.person.language);
    void navigate(paths.assembly(assemblyId), {
      replace: true,
      state: { ...withFlash('personalLinkOpened'), ...(link.document ? { document: link.document } : {}) },
    });
  }, [link, refresh, navigate]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void open();
  }, [open]);

  return (
    <div className="page page--narrow">
      <h1>{t('join.title')}</h1>
      {outcome.status === 'working' && <Loading slow={false} />}
      {outcome.status === 'no_token' && <Refusal text={t('join.noToken')} assemblyId={id} />}
      {outcome.status === 'failed' && <Failed failure={outcome.failure} assemblyId={id} onRetry={() => void open()} />}
    </div>
  );
}

function Failed({ failure, assemblyId, onRetry }: { failure: ApiFailure; assemblyId: string; onRetry: () => void }) {
  const { t } = useTranslation();
  // A token that is not even shaped like one (cut when copied) is refused by its schema: damaged too.
  const code = failure.status === 422 ? 'link_damaged' : knownRefusals.find((known) => known === failure.code);
  if (code) return <Refusal text={t(`join.${code}`)} assemblyId={assemblyId} />;
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
  return <Refusal text={failureMessage(failure, t)} assemblyId={assemblyId} />;
}

/** Why the link does not open the assembly, and the way that always works: signing in with one's e-mail. */
function Refusal({ text, assemblyId }: { text: string; assemblyId: string }) {
  const { t } = useTranslation();
  return (
    <div className="status status--error" role="alert">
      <p>{text}</p>
      <Link className="button" to={signInPath(assemblyId ? paths.assembly(assemblyId) : paths.assemblies)}>
        {t('join.signIn')}
      </Link>
    </div>
  );
}

function readFragment(): { token: string | null; document: string | null } {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  return { token: fragment.get('token') || null, document: fragment.get('document') || null };
}

/** Takes the token out of the address bar and of this history entry (it must not be shared or reused). */
function forgetFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}
