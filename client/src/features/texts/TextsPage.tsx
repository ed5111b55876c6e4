import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoverningTextView } from '@shared/api/texts';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { LoadError, Loading, RefreshFailed } from '../../ui/QueryStatus';
import { RequirePermission } from '../../ui/RequirePermission';
import { usePageTitle } from '../../ui/usePageTitle';
import { fetchTexts } from './api';
import { Adoption, TextBody } from './parts';

/** The statutes and the internal rules as they read now, and every version of each (S.12, R.12). */
export function TextsPage() {
  const { t } = useTranslation();
  usePageTitle(t('texts.title'));
  return (
    <div className="page page--medium">
      <div className="page__head">
        <h1>{t('texts.title')}</h1>
        <Link to={paths.archive}>{t('nav.archive')}</Link>
      </div>
      <p className="page__intro">{t('texts.intro')}</p>
      <p className="notice notice--info">{t('texts.frenchOnly')}</p>
      <RequirePermission action="texts.view">
        <Texts />
      </RequirePermission>
    </div>
  );
}

function Texts() {
  const { state, reload } = useApiQuery('texts', fetchTexts);
  if (state.status === 'loading') return <Loading slow={state.slow} />;
  if (state.status === 'error') return <LoadError failure={state.failure} onRetry={reload} />;
  return (
    <>
      {state.refreshFailure && <RefreshFailed failure={state.refreshFailure} onRetry={reload} />}
      {state.data.texts.map((text) => (
        <GoverningTextSection key={text.text} view={text} />
      ))}
    </>
  );
}

function GoverningTextSection({ view }: { view: GoverningTextView }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { current } = view;
  return (
    <section className="panel" aria-labelledby={titleId} data-testid={`text-${view.text}`}>
      <h2 id={titleId} className="panel__title">
        {t(`texts.name.${view.text}`)} — {t('texts.version', { number: current.number })}
      </h2>
      <p>
        <Adoption version={current} />
      </p>
      <h3>{t('texts.versions')}</h3>
      <ol className="plain-list" reversed>
        {[...view.versions].reverse().map((version) => (
          <li key={version.number}>
            <Link to={paths.textVersion(view.text, version.number)}>
              {t('texts.version', { number: version.number })}
            </Link>
            {version.number === current.number && <span className="badge">{t('texts.current')}</span>}{' '}
            <span className="hint">
              <Adoption version={version} />
            </span>
          </li>
        ))}
      </ol>
      <details className="filters__more">
        <summary>{t('texts.fullText', { number: current.number })}</summary>
        <TextBody content={current.content} />
      </details>
    </section>
  );
}
