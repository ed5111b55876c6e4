import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Delivery } from '@shared/api/assemblies';
import { togetherStatutes } from '@shared/statutes';
import { paths } from '../../app/paths';
import { usePolling } from '../../api/usePolling';
import { useApiQuery } from '../../api/useApiQuery';
import { BackLink } from '../../ui/BackLink';
import { SelectField } from '../../ui/field';
import { FormFailure } from '../../ui/form';
import { LoadError, Loading, RefreshFailed } from '../../ui/QueryStatus';
import { RequirePermission } from '../../ui/RequirePermission';
import { usePageTitle } from '../../ui/usePageTitle';
import { useRequest } from '../../ui/useRequest';
import { fetchAssembly, fetchDeliveries, resendConvocation } from './api';
import { assemblyFailureText } from './failures';
import { useWhenText } from './When';

const states = ['sent', 'queued', 'failed'] as const;
type StateFilter = (typeof states)[number] | 'all';
const POLL_MS = 5_000;

/** Where each member's convocation stands (Table): filter by state, see why one failed, send it again. */
export function DeliveriesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const assembly = useApiQuery(`assembly:${id}`, (signal) => fetchAssembly(id, signal));
  const title = assembly.state.status === 'ready' ? assembly.state.data.assembly.title : null;
  usePageTitle(t('deliveries.title'));
  return (
    <div className="page">
      <BackLink to={paths.assembly(id)} label={title ?? t('assembly.title')} />
      <h1>{t('deliveries.title')}</h1>
      {title && <p className="page__intro">{t('deliveries.intro', { title })}</p>}
      <RequirePermission action="assembly.convene">
        <Deliveries id={id} />
      </RequirePermission>
    </div>
  );
}

function Deliveries({ id }: { id: string }) {
  const { t } = useTranslation();
  const formId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('state');
  const filter: StateFilter = states.find((state) => state === requested) ?? 'all';
  const { state, reload } = useApiQuery(`deliveries:${id}`, (signal) => fetchDeliveries(id, signal));
  const [resent, setResent] = useState<{ name: string; count: number } | null>(null);
  const queued = state.status === 'ready' ? state.data.counts.queued : 0;
  usePolling(reload, POLL_MS, queued > 0);

  if (state.status === 'loading') return <Loading slow={state.slow} />;
  if (state.status === 'error') return <LoadError failure={state.failure} onRetry={reload} />;
  const { deliveries, counts } = state.data;
  const total = deliveries.length;
  const shown = filter === 'all' ? deliveries : deliveries.filter((delivery) => delivery.state === filter);
  const sorted = [...shown].sort((a, b) => order(a) - order(b) || a.memberNo - b.memberNo);

  const changeFilter = (next: StateFilter) => {
    const params = new URLSearchParams(searchParams);
    if (next === 'all') params.delete('state');
    else params.set('state', next);
    setSearchParams(params, { replace: true });
  };

  return (
    <>
      {state.refreshFailure && <RefreshFailed failure={state.refreshFailure} onRetry={reload} />}
      <ul className="stats stats--large" aria-label={t('deliveries.countsLabel')} data-testid="delivery-counts">
        {states.map((key) => (
          <li
            key={key}
            className={`stats__item stats__item--${key}${key === 'failed' && counts.failed > 0 ? ' stats__item--alert' : ''}`}
          >
            <span className="stats__number">{counts[key]}</span> {t(`deliveries.state.${key}`)}
          </li>
        ))}
        <li className="stats__item">
          <span className="stats__number">{total}</span> {t('deliveries.total')}
        </li>
      </ul>
      <div className="deliveries-tools">
        <SelectField
          id={`${formId}-state`}
          label={t('deliveries.filter')}
          value={filter}
          onChange={(value) => changeFilter(value as StateFilter)}
        >
          <option value="all">{t('deliveries.all', { n: total })}</option>
          {states.map((key) => (
            <option key={key} value={key}>
              {t(`deliveries.only.${key}`, { n: counts[key] })}
            </option>
          ))}
        </SelectField>
        <button type="button" className="button button--secondary" onClick={reload} disabled={state.refreshing}>
          {state.refreshing ? t('common.refreshing') : t('common.refresh')}
        </button>
      </div>
      <p className="register__showing" role="status" aria-live="polite">
        {resent ? `${t('deliveries.resent', resent)} ` : ''}
        {queued > 0 ? t('deliveries.polling') : ''}
      </p>
      {total === 0 ? (
        <p className="empty">{t('deliveries.none')}</p>
      ) : sorted.length === 0 ? (
        <p className="empty empty--small">{t('deliveries.noneInState')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table stack-table deliveries-table">
            <caption className="visually-hidden">{t('deliveries.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('deliveries.columns.member')}</th>
                <th scope="col">{t('deliveries.columns.representative')}</th>
                <th scope="col">{t('deliveries.columns.state')}</th>
                <th scope="col">{t('deliveries.columns.details')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('deliveries.columns.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((delivery) => (
                <DeliveryRow
                  key={delivery.memberNo}
                  assemblyId={id}
                  delivery={delivery}
                  onResent={(count) => {
                    setResent({ name: delivery.name ?? delivery.organisation, count });
                    reload();
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Failed first (they need someone), then those on their way, then the sent ones. */
function order(delivery: Delivery): number {
  return delivery.state === 'failed' ? 0 : delivery.state === 'queued' ? 1 : 2;
}

function DeliveryRow({
  assemblyId,
  delivery,
  onResent,
}: {
  assemblyId: string;
  delivery: Delivery;
  onResent: (count: number) => void;
}) {
  const { t } = useTranslation();
  const when = useWhenText(togetherStatutes.referenceTimeZone);
  const { pending, failure, run } = useRequest();

  const resend = () =>
    run(async () => {
      const { memberNos } = await resendConvocation(assemblyId, delivery.memberNo);
      onResent(memberNos.length);
    });

  return (
    <tr data-testid="delivery-row" data-state={delivery.state}>
      <th scope="row" data-label={t('deliveries.columns.member')}>
        <span className="delivery__member">
          <span className="member-card__no">{t('register.memberNo', { memberNo: delivery.memberNo })}</span>{' '}
          <Link to={paths.member(delivery.memberNo)}>{delivery.organisation}</Link>
        </span>
      </th>
      <td data-label={t('deliveries.columns.representative')}>
        {delivery.name ? (
          <span>
            {delivery.name}
            {delivery.email && <span className="facts__block hint delivery__email">{delivery.email}</span>}
          </span>
        ) : (
          <span className="muted">{t('deliveries.noRepresentative')}</span>
        )}
      </td>
      <td data-label={t('deliveries.columns.state')}>
        <span>
          <span className={`badge badge--delivery-${delivery.state}`}>{t(`deliveries.badge.${delivery.state}`)}</span>
          {delivery.attempts > 0 && (
            <span className="facts__block hint">{t('deliveries.attempts', { count: delivery.attempts })}</span>
          )}
        </span>
      </td>
      <td data-label={t('deliveries.columns.details')}>
        <span>
          {delivery.state === 'sent' && delivery.sentAt && t('deliveries.sentAt', { date: when(delivery.sentAt) })}
          {delivery.state === 'queued' && t('deliveries.queuedAt', { date: when(delivery.queuedAt) })}
          {delivery.error && (
            <span className={delivery.error.final ? 'delivery__error delivery__error--final' : 'delivery__error'}>
              {delivery.error.final ? t('deliveries.errorFinal') : t('deliveries.errorRetrying')}{' '}
              <span className="delivery__reason">{delivery.error.message}</span>
            </span>
          )}
        </span>
      </td>
      <td
        data-label={t('deliveries.columns.action')}
        className={delivery.state === 'failed' ? undefined : 'deliveries-table__no-action'}
      >
        {delivery.state === 'failed' ? (
          <span>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={pending}
              onClick={() => void resend()}
            >
              {pending ? t('form.sending') : t('deliveries.resend')}
              <span className="visually-hidden"> {delivery.name ?? delivery.organisation}</span>
            </button>
            {failure && <FormFailure failure={failure} message={assemblyFailureText(failure, t)} />}
          </span>
        ) : (
          <span className="hint">—</span>
        )}
      </td>
    </tr>
  );
}
