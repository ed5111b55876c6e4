import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberView } from '@shared/api/register';
import { paths } from '../../app/paths';
import { useMediaQuery, WIDE_SCREEN } from '../../ui/useMediaQuery';

interface MemberListProps {
  members: MemberView[];
  shownCountry: (country: string) => string;
}

/**
 * A table on a wide screen, a list of cards on a phone. Only one is in the page at a time,
 * so assistive technologies (and tests counting `member-row`) meet each member once.
 */
export function MemberList(props: MemberListProps) {
  const wide = useMediaQuery(WIDE_SCREEN);
  return wide ? <MemberTable {...props} /> : <MemberCards {...props} />;
}

function MemberTable({ members, shownCountry }: MemberListProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="member-table">
        <caption className="visually-hidden">{t('register.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="member-table__no">
              {t('register.columns.memberNo')}
            </th>
            <th scope="col">{t('register.columns.organisation')}</th>
            <th scope="col">{t('register.columns.territory')}</th>
            <th scope="col">{t('register.columns.country')}</th>
            <th scope="col">{t('register.columns.continent')}</th>
            <th scope="col">{t('register.columns.college')}</th>
            <th scope="col">{t('register.columns.voting')}</th>
            <th scope="col">{t('register.columns.representative')}</th>
            <th scope="col">{t('register.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.memberNo} data-testid="member-row">
              <td className="member-table__no">{member.memberNo}</td>
              <th scope="row" className="member-table__organisation">
                <Link to={paths.member(member.memberNo)}>{member.organisation}</Link>
              </th>
              <td>{member.territory || '—'}</td>
              <td className="member-table__country">{shownCountry(member.country)}</td>
              <td>{t(`continent.${member.continent}`)}</td>
              <td>
                <CollegeBadge member={member} />
              </td>
              <td>
                <Voting member={member} />
              </td>
              <td>
                <Representative member={member} />
              </td>
              <td>
                <StatusBadge member={member} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MemberCards({ members, shownCountry }: MemberListProps) {
  const { t } = useTranslation();
  return (
    <ul className="member-cards" aria-label={t('register.tableCaption')}>
      {members.map((member) => (
        <li key={member.memberNo} className="member-card" data-testid="member-row">
          <div className="member-card__top">
            <span className="member-card__no">{t('register.memberNo', { memberNo: member.memberNo })}</span>
            <CollegeBadge member={member} />
          </div>
          <h2 className="member-card__title">
            <Link to={paths.member(member.memberNo)} className="member-card__link">
              {member.organisation}
            </Link>
          </h2>
          <dl className="member-card__fields">
            <div>
              <dt>{t('register.columns.territory')}</dt>
              <dd>{member.territory || '—'}</dd>
            </div>
            <div>
              <dt>{t('register.columns.country')}</dt>
              <dd>
                {shownCountry(member.country)} ({t(`continent.${member.continent}`)})
              </dd>
            </div>
            <div>
              <dt>{t('register.columns.representative')}</dt>
              <dd>
                <Representative member={member} />
              </dd>
            </div>
            <div>
              <dt>{t('register.columns.voting')}</dt>
              <dd>
                <Voting member={member} />
              </dd>
            </div>
            <div>
              <dt>{t('register.columns.status')}</dt>
              <dd>
                <StatusBadge member={member} />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}

function CollegeBadge({ member }: { member: MemberView }) {
  const { t } = useTranslation();
  return <span className={`badge badge--college-${member.college}`}>{t(`college.${member.college}`)}</span>;
}

function StatusBadge({ member }: { member: MemberView }) {
  const { t } = useTranslation();
  return <span className={`badge badge--status-${member.status}`}>{t(`memberStatus.${member.status}`)}</span>;
}

function Voting({ member }: { member: MemberView }) {
  const { t } = useTranslation();
  return (
    <span className={member.voting ? 'voting voting--yes' : 'voting voting--no'}>
      {member.voting ? t('common.yes') : t('common.no')}
    </span>
  );
}

function Representative({ member }: { member: MemberView }) {
  const { t } = useTranslation();
  if (member.representative) return <>{member.representative.name}</>;
  return <span className="muted">{t('register.noRepresentative')}</span>;
}
