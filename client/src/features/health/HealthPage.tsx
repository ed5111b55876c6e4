import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthResponse } from '@shared/api/service';
import { fetchHealth } from '../../api/endpoints';
import { useApiQuery } from '../../api/useApiQuery';
import { formatDateTime, formatTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { Page } from '../../ui/Page';
import { QueryResult } from '../../ui/QueryStatus';

/** Whether Redis, the worker and the mail work, as the server sees them. */
export function HealthPage() {
  const { t } = useTranslation();
  const { state, reload } = useApiQuery('health', fetchHealth);
  const busy = state.status === 'loading' || (state.status === 'ready' && state.refreshing);

  return (
    <Page
      title={t('health.title')}
      width="narrow"
      aside={
        <button type="button" className="button button--secondary" onClick={reload} disabled={busy}>
          {state.status === 'ready' && state.refreshing ? t('common.refreshing') : t('common.refresh')}
        </button>
      }
      intro={t('health.intro')}
    >
      <QueryResult query={{ state, reload }}>{(report) => <HealthReport report={report} />}</QueryResult>
    </Page>
  );
}

function HealthReport({ report }: { report: HealthResponse }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const checkedAt = useCheckedAt(report);
  const ok = report.status === 'ok';

  return (
    <>
      <p className={ok ? 'notice notice--ok' : 'notice notice--warning'} role="status">
        <strong>{ok ? t('health.overallOk') : t('health.overallDegraded')}</strong>{' '}
        <span className="notice__detail">{t('health.checkedAt', { time: formatTime(checkedAt, language) })}</span>
      </p>
      <ul className="checks">
        <Check label={t('health.redis')} ok={report.redis.ok} message={report.redis.message} />
        <Check label={t('health.worker')} ok={report.worker.ok} message={report.worker.message}>
          {report.worker.lastSeenAt
            ? t('health.workerLastSeen', { date: formatDateTime(report.worker.lastSeenAt, language) })
            : t('health.workerNeverSeen')}
        </Check>
        <Check label={t('health.mail')} ok={report.mail.ok} message={report.mail.message}>
          {t(`health.mailMode.${report.mail.mode}`)}
        </Check>
      </ul>
    </>
  );
}

/** When this report arrived (a new report, a new time). */
function useCheckedAt(report: HealthResponse): Date {
  const [checkedAt, setCheckedAt] = useState(() => new Date());
  useEffect(() => setCheckedAt(new Date()), [report]);
  return checkedAt;
}

interface CheckProps {
  label: string;
  ok: boolean;
  /** The server's explanation, when it gave one (usually for a failure). */
  message?: string | undefined;
  children?: ReactNode;
}

function Check({ label, ok, message, children }: CheckProps) {
  const { t } = useTranslation();
  return (
    <li className={ok ? 'check check--ok' : 'check check--down'}>
      <span className="check__label">{label}</span>
      <span className="check__state">
        <span className="check__icon" aria-hidden="true">
          {ok ? '✓' : '✕'}
        </span>
        {ok ? t('health.ok') : t('health.down')}
      </span>
      {children && <span className="check__detail">{children}</span>}
      {message && <span className="check__detail check__message">{message}</span>}
    </li>
  );
}
