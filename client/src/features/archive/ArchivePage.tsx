import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ArchiveResponse, ArchivedAssembly, ArchivedMotion } from '@shared/api/archive';
import { resultLine } from '../voting/MotionResult';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { useLanguage } from '../../i18n/useLanguage';
import { TextField } from '../../ui/field';
import { onSubmit } from '../../ui/form';
import { Page } from '../../ui/Page';
import { LoadError, Loading, RefreshFailed } from '../../ui/QueryStatus';
import { DocumentItem } from '../assemblies/DocumentItem';
import { PhaseBadge } from '../assemblies/PhaseBadge';
import { When, useWhenText } from '../assemblies/When';
import { fetchArchive } from './api';

/** How long typing must pause before the search goes: one request per settled query, even on a phone. */
const SETTLE_MS = 450;

/** The archive (RULES.md §5): every past assembly with what it left behind, searchable. */
export function ArchivePage() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('archive.title')}
      width="medium"
      aside={<Link to={paths.texts}>{t('nav.texts')}</Link>}
      intro={t('archive.intro')}
      permission="archive.view"
    >
      <Archive />
    </Page>
  );
}

function Archive() {
  const { t } = useTranslation();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  const [typed, setTyped] = useState(query);

  // The address holds the settled query: a search can be shared or reloaded.
  const settle = useCallback(
    (value: string) => setSearchParams(value.trim() ? { q: value.trim() } : {}, { replace: true }),
    [setSearchParams],
  );
  useEffect(() => {
    if (typed.trim() === query) return;
    const timer = setTimeout(() => settle(typed), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [typed, query, settle]);
  useEffect(() => {
    setTyped((current) => (current.trim() === query ? current : query));
  }, [query]);

  const { state, reload } = useApiQuery(`archive?q=${query}`, (signal) => fetchArchive(query, signal));
  // While the next answer is on its way, the previous list stays on screen (a slow line shows no blank page).
  const shown = useRef<ArchiveResponse | null>(null);
  if (state.status === 'ready') shown.current = state.data;
  const archive = state.status === 'ready' ? state.data : shown.current;
  const searching = state.status === 'loading' || typed.trim() !== query;

  return (
    <>
      <form role="search" className="filters" onSubmit={onSubmit(() => settle(typed))}>
        <TextField
          id={`${id}-q`}
          label={t('archive.search')}
          hint={t('archive.searchHint')}
          className="filters__search"
          type="search"
          value={typed}
          maxLength={200}
          enterKeyHint="search"
          autoComplete="off"
          spellCheck={false}
          onChange={setTyped}
        />
        {typed !== '' && (
          <div className="filters__actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setTyped('');
                settle('');
              }}
            >
              {t('archive.clear')}
            </button>
          </div>
        )}
      </form>
      <p className="register__showing" role="status" aria-live="polite">
        {searching
          ? t('archive.searching')
          : archive
            ? archive.query
              ? t('archive.found', { count: archive.assemblies.length, total: archive.total, query: archive.query })
              : t('archive.count', { count: archive.total })
            : ''}
      </p>
      {state.status === 'error' && !archive ? (
        <LoadError failure={state.failure} onRetry={reload} />
      ) : !archive ? (
        <Loading slow={state.status === 'loading' && state.slow} />
      ) : (
        <>
          {state.status === 'error' && <RefreshFailed failure={state.failure} onRetry={reload} />}
          {state.status === 'ready' && state.refreshFailure && (
            <RefreshFailed failure={state.refreshFailure} onRetry={reload} />
          )}
          {archive.assemblies.length === 0 ? (
            <p className="empty">
              {archive.query ? t('archive.noMatch', { query: archive.query }) : t('archive.none')}
            </p>
          ) : (
            <ul className="card-list" aria-busy={searching}>
              {archive.assemblies.map((assembly) => (
                <ArchiveCard key={assembly.id} assembly={assembly} expanded={archive.query !== ''} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

/** One past assembly: when, its convocation, its agenda with documents and results, its minutes. */
function ArchiveCard({ assembly, expanded }: { assembly: ArchivedAssembly; expanded: boolean }) {
  const { t } = useTranslation();
  const when = useWhenText(assembly.referenceTimeZone);
  const titleId = useId();
  const documents = assembly.agenda.reduce((count, item) => count + item.documents.length, 0);
  return (
    <li className="card" data-testid="archive-card">
      <article aria-labelledby={titleId}>
        <div className="card__top">
          <span className="assembly-card__kind">{t(`assemblyKind.${assembly.kind}`)}</span>
          <PhaseBadge phase={assembly.phase} />
        </div>
        <h2 id={titleId} className="card__title">
          <Link to={paths.assembly(assembly.id)}>{assembly.title}</Link>
        </h2>
        <p className="assembly-card__when">
          <span className="assembly-card__label">
            {assembly.phase === 'cancelled' ? t('archive.wasToOpen') : t('archive.held')}
          </span>{' '}
          <When iso={assembly.opensAt} referenceZone={assembly.referenceTimeZone} />
        </p>
        {assembly.cancelled && (
          <p className="prose-text">
            {t('archive.cancelled', { date: when(assembly.cancelled.at), reason: assembly.cancelled.reason })}
          </p>
        )}
        {assembly.dispatches.length > 0 && (
          <ul className="plain-list hint" aria-label={t('archive.convocation')}>
            {assembly.dispatches.map((dispatch) => (
              <li key={dispatch.no}>{t(`archive.dispatch.${dispatch.reason}`, { date: when(dispatch.at) })}</li>
            ))}
          </ul>
        )}
        <details className="filters__more" open={expanded}>
          <summary>
            {t('archive.agenda')} ({assembly.agenda.length}) · {t('archive.documents')} ({documents}) ·{' '}
            {t('archive.results')} ({assembly.motions.length})
          </summary>
          <ol className="agenda-list">
            {assembly.agenda.map((item) => {
              const motions = assembly.motions.filter((motion) => motion.itemId === item.id);
              return (
                <li key={item.id} className="agenda-item">
                  <div className="agenda-item__head">
                    <h3 className="agenda-item__title">{item.title}</h3>
                    <span className="badge badge--agenda">{t(`agendaKind.${item.kind}`)}</span>
                  </div>
                  {item.description && <p className="agenda-item__description prose-text">{item.description}</p>}
                  {item.documents.length > 0 && (
                    <ul className="documents__list" aria-label={t('archive.documents')}>
                      {item.documents.map((document) => (
                        <DocumentItem key={document.id} document={document} url={document.url} />
                      ))}
                    </ul>
                  )}
                  {motions.map((motion) => (
                    <ArchivedMotionResult key={motion.id} motion={motion} />
                  ))}
                </li>
              );
            })}
          </ol>
          {assembly.phase !== 'cancelled' && assembly.motions.length === 0 && (
            <p className="hint">{t('archive.noVote')}</p>
          )}
        </details>
        <p className="toolbar">
          {assembly.phase === 'cancelled' ? null : assembly.minutesPublished ? (
            <Link className="button button--secondary" to={paths.minutes(assembly.id)}>
              {t('archive.minutes')}
            </Link>
          ) : (
            <span className="muted">{t('archive.noMinutes')}</span>
          )}
        </p>
      </article>
    </li>
  );
}

function ArchivedMotionResult({ motion }: { motion: ArchivedMotion }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { result } = motion;
  return (
    <div className={result ? `result result--${result.outcome}` : 'result'}>
      <p className="result__outcome">
        <span className="badge">{t(`motionKind.${motion.kind}`)}</span> <strong>{motion.title}</strong>
      </p>
      <p className="prose-text">{motion.text}</p>
      {result ? (
        <p>
          <strong>{resultLine(result, t, language)}</strong>
        </p>
      ) : (
        <p className="hint">{t('archive.notCounted')}</p>
      )}
      {motion.textVersion && (
        <p>
          <Link to={paths.textVersion(motion.textVersion.text, motion.textVersion.number)}>
            {t('archive.madeVersion', {
              number: motion.textVersion.number,
              text: t(`texts.nameOf.${motion.textVersion.text}`),
            })}
          </Link>
        </p>
      )}
    </div>
  );
}
