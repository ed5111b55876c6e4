import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MemberDetailResponse } from '@shared/api/membership';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { useLanguage } from '../../i18n/useLanguage';
import { BackLink } from '../../ui/BackLink';
import { LoadError, Loading, RefreshFailed } from '../../ui/QueryStatus';
import { usePageTitle } from '../../ui/usePageTitle';
import { AdmissionSummary } from '../admissions/AdmissionSummary';
import { useCan, useSession } from '../auth/session';
import { duesAmount, duesSentence } from '../dues/duesText';
import { ExclusionSummary } from '../exclusions/ExclusionSummary';
import { fetchMember } from './api';
import { MemberEditForm } from './MemberEditForm';
import { MemberFacts, Representatives, VotingRight } from './MemberFacts';
import { RepresentativeForm } from './RepresentativeForm';
import { SavedNotice } from '../../ui/SavedNotice';

/** One member of the register: its entry, voting right, representatives over time, its S.11 steps. */
export function MemberPage() {
  const { t } = useTranslation();
  const { memberNo: param = '' } = useParams();
  const memberNo = /^\d+$/.test(param) ? Number(param) : null;
  const query = useApiQuery(`member/${param}`, (signal) =>
    memberNo === null ? Promise.reject(new Error('not a member number')) : fetchMember(memberNo, signal),
  );
  const { state, reload, replace } = query;
  usePageTitle(state.status === 'ready' ? state.data.member.organisation : t('member.title'));

  return (
    <div className="page page--medium">
      <BackLink to={paths.register} label={t('member.back')} />
      {memberNo === null || (state.status === 'error' && state.failure.status === 404) ? (
        <>
          <h1>{t('member.title')}</h1>
          <p className="empty">{t('member.notFound', { memberNo: param })}</p>
        </>
      ) : (
        <>
          {state.status === 'loading' && <Loading slow={state.slow} />}
          {state.status === 'error' && (
            <>
              <h1>{t('member.title')}</h1>
              <LoadError failure={state.failure} onRetry={reload} />
            </>
          )}
          {state.status === 'ready' && (
            <>
              {state.refreshFailure && <RefreshFailed failure={state.refreshFailure} onRetry={reload} />}
              <MemberDetail detail={state.data} onChanged={replace} />
            </>
          )}
        </>
      )}
    </div>
  );
}

type Change = 'member' | 'representative';

function MemberDetail({
  detail,
  onChanged,
}: {
  detail: MemberDetailResponse;
  onChanged: (detail: MemberDetailResponse) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const canEdit = useCan('register.edit');
  const { refresh } = useSession();
  const { member } = detail;
  const [saved, setSaved] = useState<Change | null>(null);

  const changed = (what: Change) => (next: MemberDetailResponse) => {
    onChanged(next);
    setSaved(what);
    // The new representative may be the person using Agora: what they represent changed.
    if (what === 'representative') void refresh();
  };

  return (
    <>
      <div className="member-head">
        <span className="member-head__no">{t('register.memberNo', { memberNo: member.memberNo })}</span>
        <span className={`badge badge--college-${member.college}`}>{t(`college.${member.college}`)}</span>
        <span className={`badge badge--status-${member.status}`}>{t(`memberStatus.${member.status}`)}</span>
      </div>
      <h1 className="member-title">{member.organisation}</h1>

      <div className="member-layout">
        <div className="member-layout__main">
          <section aria-labelledby="member-entry">
            <h2 id="member-entry">{t('member.entryTitle')}</h2>
            <MemberFacts member={member} />
          </section>
          <section aria-labelledby="member-voting">
            <h2 id="member-voting">{t('register.columns.voting')}</h2>
            <VotingRight member={member} />
          </section>
          {detail.exclusion && (
            <section aria-labelledby="member-exclusion" className="panel panel--warning">
              <h2 id="member-exclusion" className="panel__title">
                {t('member.exclusionTitle')}
              </h2>
              <ExclusionSummary exclusion={detail.exclusion} />
            </section>
          )}
          {detail.admission && (
            <section aria-labelledby="member-admission" className="panel">
              <h2 id="member-admission" className="panel__title">
                {t('member.admissionTitle')}
              </h2>
              <AdmissionSummary admission={detail.admission} withCandidate={false} />
            </section>
          )}
        </div>
        <div className="member-layout__side">
          <section aria-labelledby="member-representative">
            <h2 id="member-representative">{t('register.columns.representative')}</h2>
            <Representatives detail={detail} />
          </section>
          {detail.dues && (
            <section aria-labelledby="member-dues">
              <h2 id="member-dues">{t('member.duesTitle')}</h2>
              {duesAmount(detail.dues, language) && <p className="dues-amount">{duesAmount(detail.dues, language)}</p>}
              <p>{duesSentence(detail.dues, language, t)}</p>
            </section>
          )}
        </div>
      </div>

      {canEdit && (
        <section aria-labelledby="member-secretariat" className="secretariat">
          <h2 id="member-secretariat">{t('member.secretariatTitle')}</h2>
          <p className="hint">{t('member.secretariatHint')}</p>
          {/* Next to the buttons, where the eyes are after saving; the updated entry is above. */}
          <div role="status">
            {saved && (
              <SavedNotice key={saved} className="notice notice--ok" live={false}>
                {saved === 'member' ? t('member.savedMember') : t('member.savedRepresentative')}
              </SavedNotice>
            )}
          </div>
          <MemberEditForm
            key={`edit-${member.memberNo}`}
            member={member}
            onSaved={changed('member')}
            onOpen={() => setSaved(null)}
          />
          <RepresentativeForm
            key={`rep-${member.memberNo}`}
            detail={detail}
            onSaved={changed('representative')}
            onOpen={() => setSaved(null)}
          />
        </section>
      )}
    </>
  );
}
