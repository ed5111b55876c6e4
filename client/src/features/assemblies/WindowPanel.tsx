import { useTranslation } from 'react-i18next';
import type { AssemblyView } from '@shared/api/assemblies';
import { zoneName } from '@shared/zoneNames';
import { useLanguage } from '../../i18n/useLanguage';
import { wallClockHours } from './assemblyTime';
import { Countdown } from './Countdown';
import { useViewerZone, When } from './When';

/** R.6: the 24-hour window on the person's clock and the reference clock, and the countdown. */
export function WindowPanel({ view }: { view: AssemblyView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const viewerZone = useViewerZone();
  const { assembly } = view;
  const referenceZone = assembly.referenceTimeZone;
  const zones = viewerZone === referenceZone ? [viewerZone] : [viewerZone, referenceZone];
  const shifts = zones
    .map((zone) => ({ zone, hours: wallClockHours(assembly.opensAt, assembly.closesAt, zone) }))
    .filter((shift) => shift.hours !== 24);
  return (
    <section className="panel assembly-window" aria-labelledby="window-title">
      <h2 id="window-title" className="panel__title">
        {t('assembly.windowTitle')}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('assembly.opensAt')}</dt>
          <dd>
            <When iso={assembly.opensAt} referenceZone={referenceZone} long />
          </dd>
        </div>
        <div>
          <dt>{t('assembly.closesAt')}</dt>
          <dd>
            <When iso={assembly.closesAt} referenceZone={referenceZone} long />
          </dd>
        </div>
      </dl>
      {assembly.status !== 'cancelled' && <Countdown view={view} />}
      <p className="hint">{t('assembly.windowRule')}</p>
      {shifts.map((shift) => (
        <p key={shift.zone} className="notice notice--info notice--block">
          {t('assembly.windowDst', { count: shift.hours, zone: zoneName(shift.zone, language) })}
        </p>
      ))}
    </section>
  );
}
