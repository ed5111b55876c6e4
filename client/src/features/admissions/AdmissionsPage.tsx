import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdmissionView, AdmissionsResponse } from '@shared/api/membership';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { LoadError, Loading, RefreshFailed } from '../../ui/QueryStatus';
import { RequirePermission } from '../../ui/RequirePermission';
import { usePageTitle } from '../../ui/usePageTitle';
import { useCan } from '../auth/session';
import { fetchAdmissions } from './api';
import { AdmissionSummary } from './AdmissionSummary';
import { DecisionForm } from './DecisionForm';

/** S.11 step by step: requests for the Direction, admissions for the next ordinary assembly, refusals. */
export function AdmissionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('admissions.title'));
  return (
    <div className="page page--medium">
      <div className="page__head">
        <h1>{t('admissions.title')}</h1>
        <Link className="button" to={paths.admissionNew}>
          {t('admissions.newRequest')}
        </Link>
      </div>
      <p className="page__intro">{t('admissions.intro')}</p>
      <RequirePermission action="register.view">
        <Admissions />
      </RequirePermission>
    </div>
  );
}

function Admissions() {
  const { t } = useTranslation();
  const { state, reload } = useApiQuery('admissions', fetchAdmissions);
  const [decided, setDecided] = useState<AdmissionView | null>(null);
  const decidedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (decided) decidedRef.current?.focus();
  }, [decided]);

  if (state.status === 'loading') return <Loading slow={state.slow} />;
  if (state.status === 'error') return <LoadError failure={state.failure} onRetry={reload} />;

  const lists: Array<{ key: keyof AdmissionsResponse; title: string; hint: string }> = [
    { key: 'requested', title: t('admissions.lists.requested'), hint: t('admissions.lists.requestedHint') },
    {
      key: 'pendingValidation',
      title: t('admissions.lists.pendingValidation'),
      hint: t('admissions.lists.pendingValidationHint'),
    },
    { key: 'refused', title: t('admissions.lists.refused'), hint: t('admissions.lists.refusedHint') },
  ];

  return (
    <>
      {state.refreshFailure && <RefreshFailed failure={state.refreshFailure} onRetry={reload} />}
      {decided?.decision && (
        <p ref={decidedRef} tabIndex={-1} className="notice notice--ok" role="status">
          {decided.decision.approved
            ? t('admissions.decidedApproved', { organisation: decided.member.organisation })
            : t('admissions.decidedRefused', { organisation: decided.member.organisation })}
        </p>
      )}
      {lists.map((list) => (
        <section key={list.key} aria-labelledby={`admissions-${list.key}`} className="admission-list">
          <h2 id={`admissions-${list.key}`}>
            {list.title} <span className="count-pill">{state.data[list.key].length}</span>
          </h2>
          <p className="hint">{list.hint}</p>
          {state.data[list.key].length === 0 ? (
            <p className="empty empty--small">{t('admissions.none')}</p>
          ) : (
            <ul className="card-list">
              {state.data[list.key].map((admission) => (
                <AdmissionCard
                  key={admission.member.memberNo}
                  admission={admission}
                  onDecided={(view) => {
                    setDecided(view);
                    reload();
                  }}
                />
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

function AdmissionCard({
  admission,
  onDecided,
}: {
  admission: AdmissionView;
  onDecided: (view: AdmissionView) => void;
}) {
  const { t } = useTranslation();
  const canDecide = useCan('admission.decide');
  const { member } = admission;
  return (
    <li className="card">
      <div className="card__top">
        <span className="member-card__no">{t('register.memberNo', { memberNo: member.memberNo })}</span>
        <span className={`badge badge--college-${member.college}`}>{t(`college.${member.college}`)}</span>
      </div>
      <h3 className="card__title">
        <Link to={paths.member(member.memberNo)}>{member.organisation}</Link>
      </h3>
      <AdmissionSummary admission={admission} withCandidate />
      {canDecide && admission.decision === null && <DecisionForm admission={admission} onDecided={onDecided} />}
    </li>
  );
}
