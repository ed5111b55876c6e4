import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdmissionView, AdmissionsResponse } from '@shared/api/membership';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { Page } from '../../ui/Page';
import { QueryResult } from '../../ui/QueryStatus';
import { useCan } from '../auth/session';
import { fetchAdmissions } from './api';
import { AdmissionSummary } from './AdmissionSummary';
import { DecisionForm } from './DecisionForm';

/** S.11 step by step: requests for the Direction, admissions for the next ordinary assembly, refusals. */
export function AdmissionsPage() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('admissions.title')}
      width="medium"
      aside={
        <Link className="button" to={paths.admissionNew}>
          {t('admissions.newRequest')}
        </Link>
      }
      intro={t('admissions.intro')}
      permission="register.view"
    >
      <Admissions />
    </Page>
  );
}

function Admissions() {
  const { t } = useTranslation();
  const query = useApiQuery('admissions', fetchAdmissions);
  const [decided, setDecided] = useState<AdmissionView | null>(null);
  const decidedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (decided) decidedRef.current?.focus();
  }, [decided]);

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
    <QueryResult query={query}>
      {(admissions) => (
        <>
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
                {list.title} <span className="count-pill">{admissions[list.key].length}</span>
              </h2>
              <p className="hint">{list.hint}</p>
              {admissions[list.key].length === 0 ? (
                <p className="empty empty--small">{t('admissions.none')}</p>
              ) : (
                <ul className="card-list">
                  {admissions[list.key].map((admission) => (
                    <AdmissionCard
                      key={admission.member.memberNo}
                      admission={admission}
                      onDecided={(view) => {
                        setDecided(view);
                        query.reload();
                      }}
                    />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </>
      )}
    </QueryResult>
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
