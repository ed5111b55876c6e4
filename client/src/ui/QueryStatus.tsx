import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../api/http';
import type { Query } from '../api/useApiQuery';
import { failureMessage } from './failureMessage';
import { isLinkScopeRefusal, LinkScopeNotice } from './LinkScopeNotice';
import { missingPermission, PermissionNotice } from './PermissionNotice';

/** What a page shows while its data is on the way; says so when the connection is slow. */
export function Loading({ slow }: { slow: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="status status--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>{t('common.loading')}</p>
      {slow && <p className="status__detail">{t('common.slow')}</p>}
    </div>
  );
}

/**
 * A failed load: what went wrong, in words, and a way to try again. A refusal for want of a
 * permission says what is missing (and how to sign in) instead: trying again would not help.
 */
export function LoadError({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  if (isLinkScopeRefusal(failure)) return <LinkScopeNotice />;
  const missing = missingPermission(failure);
  if (missing) return <PermissionNotice missing={missing} />;
  return <FailedWithRetry failure={failure} onRetry={onRetry} title={t('errors.title')} />;
}

/** What went wrong, in words, and a button to try again (nothing reached the server, or no answer came back). */
export function FailedWithRetry({
  failure,
  onRetry,
  title,
}: {
  failure: ApiFailure;
  onRetry: () => void;
  title?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="status status--error" role="alert">
      {title && <h2 className="status__title">{title}</h2>}
      <p>{failureMessage(failure, t)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

/** A reload that failed while older data stays on screen. */
export function RefreshFailed({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        {t('errors.refreshFailed')} {failureMessage(failure, t)}
      </p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

/**
 * What a query shows: loading, the failure with a way to retry, or `children` with the data (and
 * a warning above it when the last reload failed while older data stays on screen).
 */
export function QueryResult<T>({
  query,
  children,
}: {
  query: Pick<Query<T>, 'state' | 'reload'>;
  children: (data: T) => ReactNode;
}) {
  const { state, reload } = query;
  if (state.status === 'loading') return <Loading slow={state.slow} />;
  if (state.status === 'error') return <LoadError failure={state.failure} onRetry={reload} />;
  return (
    <>
      {state.refreshFailure && <RefreshFailed failure={state.refreshFailure} onRetry={reload} />}
      {children(state.data)}
    </>
  );
}
