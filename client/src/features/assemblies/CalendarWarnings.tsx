import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CalendarResponse } from '@shared/api/assemblies';
import { togetherStatutes } from '@shared/statutes';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDayIn } from './assemblyTime';
import { fetchCalendar } from './api';
import { useWhenText } from './When';

type Slot = CalendarResponse['ordinary'][number];
type Severity = 'info' | 'warning' | 'error';

interface Warning {
  key: string;
  severity: Severity;
  text: string;
}

const referenceZone = togetherStatutes.referenceTimeZone;

/**
 * S.6, S.7 for the Table: the ordinary assemblies of the year not convened yet and the
 * extraordinary one when it is due, each with the last day its convocation can go.
 * Says nothing when the calendar is in order (or could not be read: the list still works).
 */
export function CalendarWarnings({ withNewButton = false }: { withNewButton?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const when = useWhenText(referenceZone);
  const { state } = useApiQuery('calendar', fetchCalendar);
  if (state.status !== 'ready') return null;
  const { ordinary, extraordinary, tooClose } = state.data;

  // The deadline is the first instant after the month: the last day is the one before it.
  const lastDay = (deadline: string) => formatDayIn(new Date(Date.parse(deadline) - 1), language, referenceZone);
  const purpose = (slot: Slot) =>
    slot.purpose === 'annual_report_and_accounts' || slot.purpose === 'action_plan_and_budget'
      ? t(`calendar.purpose.${slot.purpose}`)
      : slot.purpose;

  const warnings: Warning[] = [];
  for (const slot of ordinary) {
    if (!slot.missing) continue;
    const values = { deadline: lastDay(slot.deadline), purpose: purpose(slot), last: when(slot.lastConvocationAt) };
    if (slot.reason === 'ordinary_assembly_missed') {
      warnings.push({ key: slot.deadline, severity: 'error', text: t('calendar.ordinaryMissed', values) });
    } else if (slot.reason === 'ordinary_assembly_convocation_overdue') {
      warnings.push({ key: slot.deadline, severity: 'error', text: t('calendar.ordinaryOverdue', values) });
    } else {
      const soon = Date.parse(slot.lastConvocationAt) - Date.now() < 60 * 86_400_000;
      warnings.push({
        key: slot.deadline,
        severity: soon ? 'warning' : 'info',
        text: t('calendar.ordinaryToConvene', values),
      });
    }
  }
  if (extraordinary.warn) {
    const values = { latest: lastDay(extraordinary.latestAt), last: when(extraordinary.lastConvocationAt) };
    warnings.push(
      extraordinary.reason === 'extraordinary_overdue'
        ? { key: 'extraordinary', severity: 'error', text: t('calendar.extraordinaryOverdue', values) }
        : { key: 'extraordinary', severity: 'warning', text: t('calendar.extraordinaryDue', values) },
    );
  }
  const named = (assembly: CalendarResponse['tooClose'][number]['first']) =>
    assembly.draft ? `${assembly.title} (${t('calendar.draft')})` : assembly.title;
  for (const pair of tooClose) {
    warnings.push({
      key: `${pair.first.id}-${pair.second.id}`,
      severity: 'warning',
      text: t('calendar.tooClose', {
        first: named(pair.first),
        firstOpens: formatDayIn(new Date(pair.first.opensAt), language, referenceZone),
        second: named(pair.second),
        secondOpens: formatDayIn(new Date(pair.second.opensAt), language, referenceZone),
        earliest: formatDayIn(new Date(pair.earliestAt), language, referenceZone),
      }),
    });
  }
  if (warnings.length === 0) return null;

  return (
    <section className="calendar-warnings" aria-labelledby="calendar-warnings">
      <h2 id="calendar-warnings" className="calendar-warnings__title">
        {t('calendar.title')}
      </h2>
      <ul className="plain-list">
        {warnings.map((warning) => (
          <li
            key={warning.key}
            className={`notice notice--block notice--${warning.severity === 'error' ? 'error' : warning.severity}`}
          >
            <p>{warning.text}</p>
          </li>
        ))}
      </ul>
      {withNewButton && (
        <p>
          <Link className="button button--secondary" to={paths.assemblyNew}>
            {t('assemblies.new')}
          </Link>
        </p>
      )}
    </section>
  );
}
