import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuesResponse } from '@shared/api/membership';
import { useApiQuery } from '../../api/useApiQuery';
import { formatMoney } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { Page } from '../../ui/Page';
import { QueryResult } from '../../ui/QueryStatus';
import { duesExportUrl, fetchDues } from './api';
import { DuesTable } from './DuesTable';

/** R.9: the minimum yearly dues of each territory, paid once per territory, and what each paid. */
export function DuesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('dues.title')} intro={t('dues.intro')} permission="dues.view">
      <Dues />
    </Page>
  );
}

function Dues() {
  const { t } = useTranslation();
  const id = useId();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const [onlyUnpaid, setOnlyUnpaid] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const query = useApiQuery(`dues-${year}`, (signal) => fetchDues(year, signal));
  const years = Array.from({ length: 5 }, (_, index) => currentYear + 1 - index);

  return (
    <>
      <div className="dues-controls">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('dues.year')}</label>
          <select
            id={`${id}-year`}
            className="input"
            value={year}
            onChange={(event) => {
              setYear(Number(event.target.value));
              setNotice(null);
            }}
          >
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" checked={onlyUnpaid} onChange={(event) => setOnlyUnpaid(event.target.checked)} />
          {t('dues.onlyUnpaid')}
        </label>
        <a className="button button--secondary" href={duesExportUrl(year)} download>
          {t('dues.export', { year })}
        </a>
      </div>
      {notice && (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      )}
      <QueryResult query={query}>
        {(dues) => (
          <DuesYear
            dues={dues}
            onlyUnpaid={onlyUnpaid}
            onChanged={(message) => {
              setNotice(message);
              query.reload();
            }}
          />
        )}
      </QueryResult>
    </>
  );
}

function DuesYear({
  dues,
  onlyUnpaid,
  onChanged,
}: {
  dues: DuesResponse;
  onlyUnpaid: boolean;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { territories, currency, year } = dues;
  const computed = territories.flatMap((territory) => (territory.dues.ok ? [territory.dues] : []));
  const total = computed.reduce((sum, minimum) => sum + minimum.amount, 0);
  const received = territories.reduce((sum, territory) => sum + territory.paidCents, 0) / 100;
  const missing = territories.length - computed.length;
  const owing = territories.filter(
    (territory) => territory.standing === 'unpaid' || territory.standing === 'partly_paid',
  );
  const shown = onlyUnpaid ? owing : territories;

  return (
    <>
      <p className="register__summary">
        {t('dues.summary', { count: territories.length, total: formatMoney(total, currency, language) })}
        {missing > 0 && <span className="dues-missing"> {t('dues.missing', { count: missing })}</span>}
      </p>
      <p className="register__summary">
        {t('dues.received', { received: formatMoney(received, currency, language), year })}{' '}
        <strong>{t('dues.notPaid', { count: owing.length })}</strong>
      </p>
      {shown.length === 0 ? (
        <p className="empty">{t('dues.noneUnpaid', { year })}</p>
      ) : (
        <DuesTable dues={{ ...dues, territories: shown }} totals={{ minimum: total, received }} onChanged={onChanged} />
      )}
    </>
  );
}
