import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoverningTextView } from '@shared/api/texts';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { Page } from '../../ui/Page';
import { QueryResult } from '../../ui/QueryStatus';
import { fetchTexts } from './api';
import { Adoption, TextBody } from './governingText';

/** The statutes and the internal rules as they read now, and every version of each (S.12, R.12). */
export function TextsPage() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('texts.title')}
      width="medium"
      aside={<Link to={paths.archive}>{t('nav.archive')}</Link>}
      intro={t('texts.intro')}
      note={<p className="notice notice--info">{t('texts.frenchOnly')}</p>}
      permission="texts.view"
    >
      <Texts />
    </Page>
  );
}

function Texts() {
  const query = useApiQuery('texts', fetchTexts);
  return (
    <QueryResult query={query}>
      {({ texts }) => texts.map((text) => <GoverningTextSection key={text.text} view={text} />)}
    </QueryResult>
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
