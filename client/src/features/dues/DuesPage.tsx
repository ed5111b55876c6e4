import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuesResponse } from '@shared/api/membership';
import { paths } from '../../app/paths';
import { getJson } from '../../api/http';
import { useApiQuery } from '../../api/useApiQuery';
import { formatMoney, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { Page } from '../../ui/Page';
import { QueryResult } from '../../ui/QueryStatus';
import { countryName } from '../register/countryNames';
import { duesSentence } from './duesText';

function fetchDues(signal?: AbortSignal): Promise<DuesResponse> {
  return getJson<DuesResponse>('/api/dues', { signal });
}

/** R.9: the minimum yearly dues of each territory, paid once per territory, with a total. */
export function DuesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('dues.title')} intro={t('dues.intro')} permission="dues.view">
      <Dues />
    </Page>
  );
}

function Dues() {
  const query = useApiQuery('dues', fetchDues);
  return <QueryResult query={query}>{({ territories }) => <DuesTable territories={territories} />}</QueryResult>;
}

function DuesTable({ territories }: { territories: DuesResponse['territories'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const computed = territories.flatMap((territory) => (territory.dues.ok ? [territory.dues] : []));
  const currency = computed[0]?.currency ?? 'EUR';
  const total = computed.reduce((sum, dues) => sum + dues.amount, 0);
  const missing = territories.length - computed.length;

  return (
    <>
      <p className="register__summary">
        {t('dues.summary', { count: territories.length, total: formatMoney(total, currency, language) })}
        {missing > 0 && <span className="dues-missing"> {t('dues.missing', { count: missing })}</span>}
      </p>
      <div className="table-wrap">
        <table className="data-table stack-table">
          <caption className="visually-hidden">{t('dues.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dues.columns.territory')}</th>
              <th scope="col">{t('register.columns.country')}</th>
              <th scope="col" className="data-table__number">
                {t('dues.columns.population')}
              </th>
              <th scope="col">{t('dues.columns.members')}</th>
              <th scope="col" className="data-table__number">
                {t('dues.columns.minimum')}
              </th>
            </tr>
          </thead>
          <tbody>
            {territories.map((territory) => (
              <tr key={territory.territoryNo}>
                <th scope="row" data-label={t('dues.columns.territory')}>
                  {territory.territory || t('dues.territoryNo', { territoryNo: territory.territoryNo })}
                </th>
                <td data-label={t('register.columns.country')}>{countryName(territory.country, language)}</td>
                <td data-label={t('dues.columns.population')} className="data-table__number">
                  {territory.population === null ? (
                    <span className="muted">{t('member.unknown')}</span>
                  ) : (
                    formatNumber(territory.population, language)
                  )}
                </td>
                <td data-label={t('dues.columns.members')}>
                  <ul className="inline-list">
                    {territory.members.map((member) => (
                      <li key={member.memberNo}>
                        <Link to={paths.member(member.memberNo)}>{member.organisation}</Link>{' '}
                        <span className="hint">({t(`college.${member.college}`)})</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td data-label={t('dues.columns.minimum')} className="data-table__number">
                  {territory.dues.ok ? (
                    <span>
                      <strong>{formatMoney(territory.dues.amount, territory.dues.currency, language)}</strong>
                      <span className="dues-figures">
                        {t('dues.figures', {
                          population: formatNumber(territory.dues.population, language),
                          divisor: formatNumber(territory.dues.inhabitantsDivisor, language),
                          factor: formatNumber(territory.dues.factor, language),
                        })}
                      </span>
                    </span>
                  ) : (
                    <span className="dues-reason">
                      {territory.dues.reason === 'dues_population_unknown'
                        ? t('dues.populationUnknownShort')
                        : duesSentence(territory.dues, language, t)}
                      {territory.members[0] && (
                        <>
                          {' '}
                          <Link to={paths.member(territory.members[0].memberNo)}>{t('dues.fill')}</Link>
                        </>
                      )}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('dues.total')}
              </th>
              <td className="data-table__number" data-label={t('dues.total')}>
                <strong>{formatMoney(total, currency, language)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
