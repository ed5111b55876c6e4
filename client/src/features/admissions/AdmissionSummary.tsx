import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdmissionView } from '@shared/api/membership';
import { paths } from '../../app/paths';
import { formatInstant, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useTimeZone } from '../../i18n/useTimeZone';
import { countryName } from '../register/countryNames';

/**
 * One admission request (S.11): who asks, how it meets its college's criteria, who proposed it,
 * and the Direction's decision if there is one. `withCandidate` adds the candidate's own fields.
 */
export function AdmissionSummary({ admission, withCandidate }: { admission: AdmissionView; withCandidate: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const { member, decision } = admission;

  return (
    <dl className="facts">
      {withCandidate && (
        <>
          <div>
            <dt>{t('register.columns.college')}</dt>
            <dd>{t(`college.${member.college}`)}</dd>
          </div>
          <div>
            <dt>{t('register.columns.country')}</dt>
            <dd>
              {countryName(member.country, language)} ({t(`continent.${member.continent}`)})
            </dd>
          </div>
          {member.territory && (
            <div>
              <dt>{t('register.columns.territory')}</dt>
              <dd>{member.territory}</dd>
            </div>
          )}
          {member.platformType && (
            <div>
              <dt>{t('member.fields.platformType')}</dt>
              <dd>{member.platformType}</dd>
            </div>
          )}
          {member.population !== null && (
            <div>
              <dt>{t('member.fields.population')}</dt>
              <dd>{formatNumber(member.population, language)}</dd>
            </div>
          )}
        </>
      )}
      <div>
        <dt>{t('admissions.criteria')}</dt>
        <dd className="prose-text">{admission.criteria}</dd>
      </div>
      <div>
        <dt>{t('admissions.requested')}</dt>
        <dd>
          {t('admissions.atBy', {
            date: formatInstant(admission.requestedAt, language, timeZone),
            name: admission.requestedBy,
          })}
        </dd>
      </div>
      <div>
        <dt>{t('admissions.proposedBy')}</dt>
        <dd>
          {admission.proposedByMemberNo === null ? (
            t('admissions.proposedByCandidate')
          ) : (
            <Link to={paths.member(admission.proposedByMemberNo)}>
              {t('register.memberNo', { memberNo: admission.proposedByMemberNo })}
            </Link>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('admissions.decision')}</dt>
        <dd>
          {decision === null ? (
            <span className="badge badge--status-requested">{t('admissions.waiting')}</span>
          ) : (
            <>
              <span className={decision.approved ? 'badge badge--status-active' : 'badge badge--status-refused'}>
                {decision.approved ? t('admissions.approved') : t('admissions.refused')}
              </span>{' '}
              {t('admissions.atBy', {
                date: formatInstant(decision.decidedAt, language, timeZone),
                name: decision.decidedBy,
              })}
              <span className="prose-text facts__block">{decision.reason}</span>
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
