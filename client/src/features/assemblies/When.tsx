import { useLanguage } from '../../i18n/useLanguage';
import { useTimeZone } from '../../i18n/useTimeZone';
import { browserTimeZone, formatInstant } from '../../i18n/format';
import { formatLongInstant, knownZone, readsDifferently } from './assemblyTime';

/** The zone the viewer reads instants in: their profile's, else this browser's. */
export function useViewerZone(): string {
  const zone = useTimeZone();
  return knownZone(zone) ? zone : browserTimeZone();
}

/**
 * An instant on the viewer's clock and, when it reads differently there, on the clock of the
 * assembly's reference zone: nobody wonders whose 10:00 it is.
 */
export function When({ iso, referenceZone, long = false }: { iso: string; referenceZone: string; long?: boolean }) {
  const language = useLanguage();
  const viewerZone = useViewerZone();
  const format = long ? formatLongInstant : formatInstant;
  const other = readsDifferently(iso, viewerZone, referenceZone);
  return (
    <span className="when">
      <span className="when__viewer">{format(iso, language, viewerZone)}</span>
      {other && <span className="when__reference">{format(iso, language, referenceZone)}</span>}
    </span>
  );
}

/** The same, as plain text for a sentence: "4 Dec 2026, 15:00 (Europe/Lisbon) — 16:00 (Europe/Brussels)". */
export function useWhenText(referenceZone: string): (iso: string | Date | null) => string {
  const language = useLanguage();
  const viewerZone = useViewerZone();
  return (value) => {
    if (value === null) return '—';
    const iso = typeof value === 'string' ? value : value.toISOString();
    const mine = formatInstant(iso, language, viewerZone);
    return readsDifferently(iso, viewerZone, referenceZone)
      ? `${mine} / ${formatInstant(iso, language, referenceZone)}`
      : mine;
  };
}
