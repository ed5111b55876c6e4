import { useTranslation } from 'react-i18next';
import type { AssemblyView } from '@shared/api/assemblies';
import { useNow } from '../../ui/useNow';
import { splitDuration } from './assemblyTime';

/** The instant the page waits for: the opening before, the closing while open; none otherwise. */
export function nextMoment(view: AssemblyView): string | null {
  if (view.phase === 'convened') return view.assembly.opensAt;
  if (view.phase === 'open') return view.assembly.closesAt;
  return null;
}

/**
 * Time until the opening, or left while open, ticking each second from the server's instants.
 * It never decides the phase: at zero it says so and the page asks the server again.
 */
export function Countdown({ view }: { view: AssemblyView }) {
  const { t } = useTranslation();
  const target = nextMoment(view);
  const now = useNow(1000, target !== null);
  if (!target) return null;
  const remaining = Date.parse(target) - now;
  const opening = view.phase === 'convened';
  if (remaining <= 0) {
    return (
      <p className="countdown countdown--due" role="status">
        {opening ? t('countdown.opening') : t('countdown.closing')}
      </p>
    );
  }
  const { days, hours, minutes, seconds } = splitDuration(remaining);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    // A timer is not read aloud at every tick (role="timer" is polite-off); its label says what it counts.
    <p className={opening ? 'countdown' : 'countdown countdown--open'} role="timer" aria-atomic="true">
      <span className="countdown__label">{opening ? t('countdown.opensIn') : t('countdown.closesIn')}</span>{' '}
      <span className="countdown__value">
        {days > 0 && <>{t('countdown.days', { count: days })} </>}
        {t('countdown.clock', { hours: pad(hours), minutes: pad(minutes), seconds: pad(seconds) })}
      </span>
    </p>
  );
}
