import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExclusionView } from '@shared/api/membership';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { Page } from '../../ui/Page';
import { QueryResult } from '../../ui/QueryStatus';
import { useCan } from '../auth/session';
import { fetchExclusions } from './api';
import { ExclusionSummary } from './ExclusionSummary';
import { ProposeExclusionForm } from './ProposeExclusionForm';

/** S.11: the exclusions proposed by the Direction, and (for the Direction) the form to propose one. */
export function ExclusionsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('exclusions.title')} width="medium" intro={t('exclusions.intro')} permission="register.view">
      <Exclusions />
    </Page>
  );
}

function Exclusions() {
  const { t } = useTranslation();
  const canPropose = useCan('exclusion.propose');
  const query = useApiQuery('exclusions', fetchExclusions);
  const { state, reload } = query;
  const [proposed, setProposed] = useState<ExclusionView | null>(null);
  const proposedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (proposed) proposedRef.current?.focus();
  }, [proposed]);

  return (
    <>
      {proposed && (
        <p ref={proposedRef} tabIndex={-1} className="notice notice--ok" role="status">
          {t('exclusions.proposedDone', { organisation: proposed.organisation })}
        </p>
      )}
      {canPropose && (
        <ProposeExclusionForm
          onProposed={(view) => {
            setProposed(view);
            reload();
          }}
        />
      )}
      <section aria-labelledby="exclusions-list">
        <h2 id="exclusions-list">
          {t('exclusions.listTitle')}
          {state.status === 'ready' && <span className="count-pill">{state.data.exclusions.length}</span>}
        </h2>
        <QueryResult query={query}>
          {({ exclusions }) =>
            exclusions.length === 0 ? (
              <p className="empty empty--small">{t('exclusions.none')}</p>
            ) : (
              <ul className="card-list">
                {[...exclusions]
                  .sort((a, b) => b.proposedAt.localeCompare(a.proposedAt))
                  .map((exclusion) => (
                    <li key={exclusion.memberNo} className="card">
                      <div className="card__top">
                        <span className="member-card__no">
                          {t('register.memberNo', { memberNo: exclusion.memberNo })}
                        </span>
                        <span className="badge badge--status-exclusion_proposed">
                          {t('memberStatus.exclusion_proposed')}
                        </span>
                      </div>
                      <h3 className="card__title">
                        <Link to={paths.member(exclusion.memberNo)}>{exclusion.organisation}</Link>
                      </h3>
                      <ExclusionSummary exclusion={exclusion} />
                    </li>
                  ))}
              </ul>
            )
          }
        </QueryResult>
      </section>
    </>
  );
}
