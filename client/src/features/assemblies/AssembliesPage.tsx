import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssemblySummary } from '@shared/api/assemblies';
import { togetherStatutes } from '@shared/statutes';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { Page } from '../../ui/Page';
import { QueryResult } from '../../ui/QueryStatus';
import { useCan } from '../auth/session';
import { fetchAssemblies } from './api';
import { CalendarWarnings } from './CalendarWarnings';
import { PhaseBadge } from './PhaseBadge';
import { When } from './When';

/** The assemblies of the network: open and upcoming first, then the past ones; the Table drafts here. */
export function AssembliesPage() {
  const { t } = useTranslation();
  const canCreate = useCan('assembly.create');
  return (
    <Page
      title={t('assemblies.title')}
      width="medium"
      aside={
        // The heading keeps its row with or without the button.
        <>
          {canCreate && (
            <Link className="button" to={paths.assemblyNew}>
              {t('assemblies.new')}
            </Link>
          )}
        </>
      }
      intro={t('assemblies.intro')}
      permission="register.view"
    >
      {canCreate && <CalendarWarnings />}
      <AssemblyLists />
    </Page>
  );
}

const upcoming = new Set(['open', 'convened', 'draft']);

function AssemblyLists() {
  const query = useApiQuery('assemblies', fetchAssemblies);
  return <QueryResult query={query}>{({ assemblies }) => <AssemblySections all={assemblies} />}</QueryResult>;
}

function AssemblySections({ all }: { all: AssemblySummary[] }) {
  const { t } = useTranslation();
  const byOpening = (a: AssemblySummary, b: AssemblySummary) => a.opensAt.localeCompare(b.opensAt);
  // Open first, then the next to open; the past ones most recent first.
  const current = all
    .filter((assembly) => upcoming.has(assembly.phase))
    .sort((a, b) => Number(b.phase === 'open') - Number(a.phase === 'open') || byOpening(a, b));
  const past = all.filter((assembly) => !upcoming.has(assembly.phase)).sort((a, b) => byOpening(b, a));

  return (
    <>
      <section aria-labelledby="assemblies-upcoming">
        <h2 id="assemblies-upcoming">
          {t('assemblies.upcoming')} <span className="count-pill">{current.length}</span>
        </h2>
        {current.length === 0 ? (
          <p className="empty empty--small">{t('assemblies.noneUpcoming')}</p>
        ) : (
          <AssemblyCards assemblies={current} />
        )}
      </section>
      <section aria-labelledby="assemblies-past">
        <h2 id="assemblies-past">
          {t('assemblies.past')} <span className="count-pill">{past.length}</span>
        </h2>
        {past.length === 0 ? (
          <p className="empty empty--small">{t('assemblies.nonePast')}</p>
        ) : (
          <AssemblyCards assemblies={past} />
        )}
      </section>
    </>
  );
}

function AssemblyCards({ assemblies }: { assemblies: AssemblySummary[] }) {
  const { t } = useTranslation();
  const zone = togetherStatutes.referenceTimeZone;
  return (
    <ul className="card-list">
      {assemblies.map((assembly) => (
        <li
          key={assembly.id}
          className={`card assembly-card assembly-card--${assembly.phase}`}
          data-testid="assembly-card"
        >
          <div className="card__top">
            <span className="assembly-card__kind">{t(`assemblyKind.${assembly.kind}`)}</span>
            <PhaseBadge phase={assembly.phase} />
          </div>
          <h3 className="card__title">
            <Link to={paths.assembly(assembly.id)}>{assembly.title}</Link>
          </h3>
          <p className="assembly-card__when">
            <span className="assembly-card__label">
              {assembly.phase === 'open'
                ? t('assemblies.openUntil')
                : assembly.phase === 'convened' || assembly.phase === 'draft'
                  ? t('assemblies.opens')
                  : assembly.phase === 'cancelled'
                    ? t('assemblies.wasToOpen')
                    : t('assemblies.opened')}
            </span>{' '}
            <When iso={assembly.phase === 'open' ? assembly.closesAt : assembly.opensAt} referenceZone={zone} />
          </p>
        </li>
      ))}
    </ul>
  );
}
