import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { MinutesResponse, MinutesVersionSummary, MinutesVersionView } from '@shared/api/minutes';
import { uiLanguages } from '@shared/i18n/languages';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { formatInstant } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { BackLink } from '../../ui/BackLink';
import { FormFailure } from '../../ui/form';
import { LoadError, Loading, RefreshFailed } from '../../ui/QueryStatus';
import { usePageTitle } from '../../ui/usePageTitle';
import { useRequest } from '../../ui/useRequest';
import { draftMinutes, fetchMinutes, fetchMinutesVersion, minutesPdfUrl } from './api';
import { MinutesDocument } from './MinutesDocument';
import { failureMessage } from '../../ui/failureMessage';
import { TableControls } from './TableControls';

/**
 * The minutes of an assembly (RULES.md §5): its versions with where each stands, the one chosen
 * in full, its PDF in French or English, and for the Table the statement, the signatures, the
 * publication and the corrections. Readable on a phone: one column, lists rather than wide tables.
 */
export function MinutesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const list = useApiQuery(`minutes:${id}`, (signal) => fetchMinutes(id, signal));
  usePageTitle(
    list.state.status === 'ready' ? `${t('minutes.title')} — ${list.state.data.assembly.title}` : t('minutes.title'),
  );

  return (
    <div className="page page--medium minutes-page">
      <BackLink to={paths.assembly(id)} label={t('minutes.back')} />
      {list.state.status === 'loading' && <Loading slow={list.state.slow} />}
      {list.state.status === 'error' && <LoadError failure={list.state.failure} onRetry={list.reload} />}
      {list.state.status === 'ready' && (
        <>
          {list.state.refreshFailure && <RefreshFailed failure={list.state.refreshFailure} onRetry={list.reload} />}
          <Minutes minutes={list.state.data} reloadList={list.reload} />
        </>
      )}
    </div>
  );
}

/** The version asked for in the address, else the minutes in force, else (for the Table) the newest draft. */
function chosenVersion(minutes: MinutesResponse, asked: string | null): number | null {
  const number = Number(asked);
  if (minutes.versions.some((version) => version.version === number)) return number;
  return minutes.current ?? minutes.versions.at(-1)?.version ?? null;
}

function Minutes({ minutes, reloadList }: { minutes: MinutesResponse; reloadList: () => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const chosen = chosenVersion(minutes, search.get('version'));
  const choose = useCallback(
    (version: number) => setSearch({ version: String(version) }, { replace: false }),
    [setSearch],
  );

  return (
    <article aria-labelledby="minutes-title">
      <header className="page__head">
        <h1 id="minutes-title">{t('minutes.title')}</h1>
        <p className="lead">{minutes.assembly.title}</p>
      </header>
      {minutes.versions.length === 0 ? (
        <NoMinutes
          minutes={minutes}
          onDrafted={(view) => {
            reloadList();
            choose(view.version);
          }}
        />
      ) : (
        <>
          <VersionList minutes={minutes} chosen={chosen} />
          {chosen !== null && (
            <Version key={chosen} minutes={minutes} number={chosen} reloadList={reloadList} choose={choose} />
          )}
        </>
      )}
    </article>
  );
}

/** Before the first draft: members wait for the publication; the Table may draft now. */
function NoMinutes({
  minutes,
  onDrafted,
}: {
  minutes: MinutesResponse;
  onDrafted: (view: MinutesVersionView) => void;
}) {
  const { t } = useTranslation();
  const { pending, failure, run } = useRequest();
  const over = minutes.assembly.phase === 'closed' || minutes.assembly.phase === 'minutes_published';
  const draft = () => run(async () => onDrafted(await draftMinutes(minutes.assembly.id)));
  if (!minutes.table) return <p className="empty">{t('minutes.none')}</p>;
  return (
    <div className="panel">
      <p>{t('minutes.noneTable')}</p>
      {over && (
        <button type="button" className="button" disabled={pending} onClick={() => void draft()}>
          {pending ? t('form.sending') : t('minutes.draftNow')}
        </button>
      )}
      {failure && <FormFailure failure={failure} message={failureMessage(failure, t)} />}
    </div>
  );
}

function VersionList({ minutes, chosen }: { minutes: MinutesResponse; chosen: number | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const zone = minutes.assembly.referenceTimeZone;
  return (
    <nav className="minutes-versions" aria-labelledby="minutes-versions-title">
      <h2 id="minutes-versions-title" className="visually-hidden">
        {t('minutes.versions')}
      </h2>
      <ol className="plain-list">
        {[...minutes.versions].reverse().map((version: MinutesVersionSummary) => (
          <li key={version.version} className="minutes-versions__item">
            <Link
              to={`?version=${version.version}`}
              aria-current={version.version === chosen ? 'page' : undefined}
              className="minutes-versions__link"
            >
              <strong>{t('minutes.version', { version: version.version })}</strong>{' '}
              <span className={`badge minutes-status minutes-status--${version.status}`}>
                {t(`minutes.status.${version.status}`)}
              </span>
            </Link>
            <span className="hint">
              {version.publishedAt
                ? t('minutes.publishedOn', {
                    date: formatInstant(version.publishedAt, language, zone),
                    name: version.publishedBy ?? '',
                  })
                : t('minutes.draftedAt', { date: formatInstant(version.draftedAt, language, zone) })}
            </span>
            {version.correctionOf !== null && (
              <span className="hint">
                {t('minutes.correctionOf', { version: version.correctionOf, note: version.correctionNote ?? '' })}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Version({
  minutes,
  number,
  reloadList,
  choose,
}: {
  minutes: MinutesResponse;
  number: number;
  reloadList: () => void;
  choose: (version: number) => void;
}) {
  const { t } = useTranslation();
  const { state, reload, replace } = useApiQuery(`minutes:${minutes.assembly.id}:${number}`, (signal) =>
    fetchMinutesVersion(minutes.assembly.id, number, signal),
  );
  if (state.status === 'loading') return <Loading slow={state.slow} />;
  if (state.status === 'error') return <LoadError failure={state.failure} onRetry={reload} />;
  const view = state.data;
  const latest = minutes.versions.at(-1)?.version === view.version;
  return (
    <section className="minutes-version" aria-label={t('minutes.version', { version: view.version })}>
      {state.refreshFailure && <RefreshFailed failure={state.refreshFailure} onRetry={reload} />}
      {view.status === 'draft' && (
        <p className="notice notice--warning notice--block">
          {t('minutes.draftNotice')} {minutes.table && <a href="#minutes-table">{t('minutes.tableTitle')}</a>}
        </p>
      )}
      {view.status === 'superseded' && minutes.current !== null && (
        <p className="notice notice--info notice--block">
          {t('minutes.supersededNotice', { version: minutes.current })}{' '}
          <Link to={`?version=${minutes.current}`}>{t('minutes.version', { version: minutes.current })}</Link>
        </p>
      )}
      <p className="toolbar minutes-downloads">
        {uiLanguages.map((language) => (
          <a
            key={language}
            className="button button--secondary"
            href={minutesPdfUrl(minutes.assembly.id, view.version, language)}
            download
            hrefLang={language}
          >
            {t(`minutes.downloadLanguage.${language}`)}
          </a>
        ))}
      </p>
      <MinutesDocument view={view} />
      {minutes.table && (view.status === 'draft' || latest) && (
        <TableControls
          minutes={minutes}
          view={view}
          onChanged={(next) => {
            replace(next);
            if (next.status !== view.status) reloadList();
          }}
          onStale={reload}
          onCorrection={(next) => {
            reloadList();
            choose(next.version);
          }}
        />
      )}
    </section>
  );
}
