import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { withFlash } from '../../app/flash';
import { paths, signInPath } from '../../app/paths';
import type { ApiFailure } from '../../api/http';
import { failureMessage } from '../../ui/failureMessage';
import { FailedWithRetry, Loading } from '../../ui/QueryStatus';
import { usePageTitle } from '../../ui/usePageTitle';
import { useLinkFromAddress } from '../auth/useLinkFromAddress';
import { askForAssemblyEarly, openPersonalLink } from './api';

/** The refusals a personal link can meet, each with its own explanation. */
const knownRefusals = ['link_damaged', 'link_expired', 'person_gone', 'assembly_not_found'] as const;

/**
 * Where a convocation's personal link leads: `/assemblies/:id/join#token=...(&document=...)`,
 * or the minutes' e-mail's (`&page=minutes`). The token stays in the fragment (never sent to a
 * server by the browser, so a mail scanner cannot spend it); once spent, the address is replaced
 * by the assembly's page, or its minutes' page.
 */
export function JoinPage() {
  const { t } = useTranslation();
  usePageTitle(t('join.title'));
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const opened = useCallback(
    ({ assemblyId }: { assemblyId: string }, fragment: URLSearchParams) => {
      const document = fragment.get('document');
      if (fragment.get('page') !== 'minutes') askForAssemblyEarly(assemblyId);
      // The e-mail of the minutes leads to their page.
      void navigate(fragment.get('page') === 'minutes' ? paths.minutes(assemblyId) : paths.assembly(assemblyId), {
        replace: true,
        state: { ...withFlash('personalLinkOpened'), ...(document ? { document } : {}) },
      });
    },
    [navigate],
  );
  const { outcome, retry } = useLinkFromAddress(openPersonalLink, opened);

  return (
    <div className="page page--narrow">
      <h1>{t('join.title')}</h1>
      {(outcome.status === 'working' || outcome.status === 'done') && <Loading slow={false} />}
      {outcome.status === 'no_token' && <Refusal text={t('join.noToken')} assemblyId={id} />}
      {outcome.status === 'failed' && <Failed failure={outcome.failure} assemblyId={id} onRetry={retry} />}
    </div>
  );
}

function Failed({ failure, assemblyId, onRetry }: { failure: ApiFailure; assemblyId: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const code = knownRefusals.find((known) => known === failure.code);
  if (code) return <Refusal text={t(`join.${code}`)} assemblyId={assemblyId} />;
  if (failure.kind !== 'http') {
    // Nothing reached the server, or no answer came back: the link may still work.
    return <FailedWithRetry failure={failure} onRetry={onRetry} />;
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
