import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TextVersionResponse } from '@shared/api/texts';
import type { ParagraphChange } from '@shared/rules/textChanges';
import { governingTexts, type GoverningText } from '@shared/schemas/texts';
import { paths } from '../../app/paths';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useApiQuery } from '../../api/useApiQuery';
import { BackLink } from '../../ui/BackLink';
import { LoadError, Loading, RefreshFailed } from '../../ui/QueryStatus';
import { RequirePermission } from '../../ui/RequirePermission';
import { usePageTitle } from '../../ui/usePageTitle';
import { fetchTextVersion } from './api';
import { Adoption, TextBody } from './governingText';

/** One version of the statutes or the internal rules in full, and what it changed from the one before (R.12). */
export function TextVersionPage() {
  const params = useParams();
  const text = governingTexts.find((candidate) => candidate === params.text);
  const version = /^\d{1,6}$/.test(params.version ?? '') ? Number(params.version) : null;
  if (!text || version === null) return <NotFoundPage />;
  return <TextVersion text={text} version={version} />;
}

function TextVersion({ text, version }: { text: GoverningText; version: number }) {
  const { t } = useTranslation();
  const name = t(`texts.name.${text}`);
  usePageTitle(`${name} — ${t('texts.version', { number: version })}`);
  return (
    <div className="page page--medium">
      <BackLink to={paths.texts} label={t('texts.all')} />
      <h1>
        {name} — {t('texts.version', { number: version })}
      </h1>
      <p className="notice notice--info">{t('texts.frenchOnly')}</p>
      <RequirePermission action="texts.view">
        <VersionContent text={text} version={version} />
      </RequirePermission>
    </div>
  );
}

function VersionContent({ text, version }: { text: GoverningText; version: number }) {
  const { state, reload } = useApiQuery(`text:${text}:${version}`, (signal) => fetchTextVersion(text, version, signal));
  if (state.status === 'loading') return <Loading slow={state.slow} />;
  if (state.status === 'error') return <LoadError failure={state.failure} onRetry={reload} />;
  return (
    <>
      {state.refreshFailure && <RefreshFailed failure={state.refreshFailure} onRetry={reload} />}
      <VersionView data={state.data} />
    </>
  );
}

function VersionView({ data }: { data: TextVersionResponse }) {
  const { t } = useTranslation();
  const changesId = useId();
  const { version, versions, changes } = data;
  const latest = versions[versions.length - 1]?.number;
  return (
    <>
      <p>
        <Adoption version={version} />
      </p>
      <p className="hint text-digest">
        <code>{t('texts.digest', { digest: version.digest })}</code>
      </p>
      <nav aria-label={t('texts.versions')}>
        <ul className="toolbar inline-list">
          {versions.map((candidate) => (
            <li key={candidate.number}>
              {candidate.number === version.number ? (
                <strong className="text-versions__current" aria-current="page">
                  {t('texts.version', { number: candidate.number })}
                </strong>
              ) : (
                <Link className="button button--secondary" to={paths.textVersion(version.text, candidate.number)}>
                  {t('texts.version', { number: candidate.number })}
                </Link>
              )}
              {candidate.number === latest && <span className="badge">{t('texts.current')}</span>}
            </li>
          ))}
        </ul>
      </nav>
      {changes && (
        <section className="panel" aria-labelledby={changesId}>
          <h2 id={changesId} className="panel__title">
            {t('texts.changes', { from: changes.from })}
          </h2>
          <Changes paragraphs={changes.paragraphs} />
        </section>
      )}
      <details className="filters__more" open={!changes}>
        <summary>{t('texts.fullText', { number: version.number })}</summary>
        <TextBody content={version.content} />
      </details>
    </>
  );
}

/** The paragraphs removed and added, with the runs of unchanged ones folded to a count. */
function Changes({ paragraphs }: { paragraphs: ParagraphChange[] }) {
  const { t } = useTranslation();
  if (!paragraphs.some((paragraph) => paragraph.change !== 'kept')) return <p>{t('texts.noChange')}</p>;
  const runs: Array<ParagraphChange | { change: 'kept'; count: number }> = [];
  for (const paragraph of paragraphs) {
    const last = runs[runs.length - 1];
    if (paragraph.change !== 'kept') runs.push(paragraph);
    else if (last && last.change === 'kept' && 'count' in last) last.count++;
    else runs.push({ change: 'kept', count: 1 });
  }
  return (
    <div className="text-changes">
      {runs.map((run, index) =>
        'count' in run ? (
          <p key={index} className="text-changes__kept">
            <span className="muted">… {t('texts.kept', { count: run.count })} …</span>
          </p>
        ) : run.change === 'added' ? (
          <p key={index} className="text-changes__added">
            <span className="badge">{t('texts.added')}</span> <ins lang="fr">{run.paragraph}</ins>
          </p>
        ) : (
          <p key={index} className="text-changes__removed">
            <span className="badge">{t('texts.removed')}</span> <del lang="fr">{run.paragraph}</del>
          </p>
        ),
      )}
    </div>
  );
}
