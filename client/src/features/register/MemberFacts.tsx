import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetailResponse } from '@shared/api/membership';
import type { DesignationView, MemberView } from '@shared/api/register';
import { renderReason } from '@shared/rules/messages';
import { votingRight } from '@shared/rules/members';
import { formatNumber, formatWhen } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useTimeZone } from '../../i18n/useTimeZone';
import { countryName } from './countryNames';

/** The member's entry in the register, field by field. */
export function MemberFacts({ member }: { member: MemberView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const unknown = <span className="muted">{t('member.unknown')}</span>;
  const rows: Array<[string, ReactNode]> = [
    [t('member.fields.memberNo'), member.memberNo],
    [t('member.fields.territoryNo'), member.territoryNo ?? unknown],
    [t('register.columns.college'), t(`college.${member.college}`)],
    [t('register.columns.continent'), t(`continent.${member.continent}`)],
    [t('register.columns.country'), countryName(member.country, language)],
    [t('register.columns.territory'), member.territory || unknown],
    [t('member.fields.platformType'), member.platformType || unknown],
    [t('member.fields.population'), member.population === null ? unknown : formatNumber(member.population, language)],
    [t('register.columns.status'), t(`memberStatus.${member.status}`)],
  ];
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Whether the member votes, with the statutes' reason (S.2, S.11). */
export function VotingRight({ member }: { member: MemberView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const verdict = votingRight(member);
  return (
    <p className={member.voting ? 'voting-right voting-right--yes' : 'voting-right voting-right--no'}>
      <strong>{member.voting ? t('member.votes') : t('member.doesNotVote')}</strong> {renderReason(language, verdict)}
    </p>
  );
}

/** The representative today, and who represented the member before, newest first (S.2). */
export function Representatives({ detail }: { detail: MemberDetailResponse }) {
  const { t } = useTranslation();
  const { member, representativeEmail, designations } = detail;
  const newestFirst = [...designations].sort((a, b) => b.from.localeCompare(a.from));
  return (
    <>
      <p className="representative-now">
        {member.representative ? (
          <strong>{member.representative.name}</strong>
        ) : (
          <span className="muted">{t('register.noRepresentative')}</span>
        )}
        {representativeEmail && (
          <>
            <br />
            <a href={`mailto:${representativeEmail}`}>{representativeEmail}</a>
          </>
        )}
      </p>
      <h3>{t('member.historyTitle')}</h3>
      {newestFirst.length === 0 ? (
        <p className="muted">{t('member.historyEmpty')}</p>
      ) : (
        <ol className="timeline">
          {newestFirst.map((designation, index) => (
            <Designation key={`${designation.from}-${index}`} designation={designation} current={index === 0} />
          ))}
        </ol>
      )}
    </>
  );
}

function Designation({ designation, current }: { designation: DesignationView; current: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  return (
    <li className={current ? 'timeline__item timeline__item--current' : 'timeline__item'}>
      <span className="timeline__who">
        {designation.person?.name ?? <span className="muted">{t('member.nobody')}</span>}
        {current && <span className="visually-hidden"> ({t('member.current')})</span>}
      </span>
      <span className="timeline__when">
        {t('member.since', { date: formatWhen(designation.from, language, timeZone) })}
      </span>
      <span className="timeline__by">{t('member.setBy', { name: setByLabel(designation.setBy, t) })}</span>
    </li>
  );
}

/** Who recorded a designation: a person's name, or one of the server's two words for the register itself. */
function setByLabel(setBy: string, t: TFunction): string {
  if (setBy === 'founding register') return t('member.setByFounding');
  if (setBy === 'import') return t('member.setByImport');
  return setBy;
}
