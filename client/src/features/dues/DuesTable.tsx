import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuesResponse } from '@shared/api/membership';
import { paths } from '../../app/paths';
import { formatDay, formatMoney, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { countryName } from '../register/countryNames';
import { duesSentence } from './duesText';
import { PaymentForm } from './PaymentForm';
import { RemovePayment } from './RemovePayment';

type Territory = DuesResponse['territories'][number];

/** The year's territories: inhabitants, members, the minimum of R.9, and what was paid. */
export function DuesTable({
  dues,
  totals,
  onChanged,
}: {
  dues: DuesResponse;
  totals: { minimum: number; received: number };
  /** A payment was recorded or removed: what to tell the secretariat. */
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [recording, setRecording] = useState<number | null>(null);
  const { currency, year } = dues;

  return (
    <div className="table-wrap">
      <table className="data-table stack-table dues-table">
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
            <th scope="col">{t('dues.columns.paid', { year })}</th>
          </tr>
        </thead>
        <tbody>
          {dues.territories.map((territory) => (
            <Fragment key={territory.territoryNo}>
              <tr>
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
                  <Minimum territory={territory} />
                </td>
                <td data-label={t('dues.columns.paid', { year })}>
                  <div className="dues-paid-cell">
                    <span className={`dues-standing dues-standing--${territory.standing}`}>
                      {t(`dues.standing.${territory.standing}`)}
                    </span>
                    {territory.paidCents > 0 && (
                      <strong className="dues-paid">
                        {' '}
                        {formatMoney(territory.paidCents / 100, currency, language)}
                      </strong>
                    )}
                    {territory.payments.length > 0 && (
                      <ul className="dues-payments">
                        {territory.payments.map((payment) => (
                          <li key={payment.id} className="dues-payments__line">
                            <span>
                              {t('dues.paymentLine', {
                                amount: formatMoney(payment.amountCents / 100, payment.currency, language),
                                day: formatDay(payment.paidOn, language),
                                name: payment.recordedBy.name,
                              })}
                            </span>{' '}
                            <RemovePayment
                              payment={payment}
                              organisation={
                                territory.members.find((member) => member.memberNo === payment.memberNo)
                                  ?.organisation ?? ''
                              }
                              onRemoved={(message) => onChanged(message)}
                            />
                          </li>
                        ))}
                      </ul>
                    )}
                    {recording !== territory.territoryNo && (
                      <button
                        type="button"
                        className="button button--secondary button--small dues-record"
                        onClick={() => setRecording(territory.territoryNo)}
                      >
                        {t('dues.record')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
              {recording === territory.territoryNo && (
                <tr className="dues-form-row">
                  <td colSpan={6}>
                    <PaymentForm
                      territory={territory}
                      year={year}
                      onCancel={() => setRecording(null)}
                      onRecorded={(_answer, payment) => {
                        setRecording(null);
                        onChanged(
                          t('dues.recorded', {
                            amount: formatMoney(payment.amountCents / 100, payment.currency, language),
                            organisation: payment.organisation,
                          }),
                        );
                      }}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('dues.total')}
            </th>
            <td className="data-table__number" data-label={t('dues.total')}>
              <strong>{formatMoney(totals.minimum, currency, language)}</strong>
            </td>
            <td data-label={t('dues.totalReceived')}>
              <strong>{formatMoney(totals.received, currency, language)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The minimum of R.9 with its figures, or why it cannot be computed and where to fill it in. */
function Minimum({ territory }: { territory: Territory }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (territory.dues.ok) {
    return (
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
    );
  }
  return (
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
  );
}
