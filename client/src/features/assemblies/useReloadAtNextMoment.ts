import { useEffect } from 'react';
import type { AssemblyView } from '@shared/api/assemblies';
import { nextMoment } from './Countdown';

/** The longest wait between two checks of the phase (a timer cannot wait a month). */
const MAX_WAIT_MS = 6 * 3_600_000;
/** How often the page asks again when the countdown is over and the server has not moved yet. */
const DUE_RETRY_MS = 5_000;

/**
 * At the opening and at the closing, ask the server where the assembly stands: the phase is the
 * server's, never the client clock's. A clock ahead of the server's gets a few more asks.
 */
export function useReloadAtNextMoment(view: AssemblyView, reload: () => void) {
  const moment = nextMoment(view);
  useEffect(() => {
    if (!moment) return;
    const remaining = Date.parse(moment) - Date.now();
    const delay = remaining > 0 ? Math.min(remaining + 250, MAX_WAIT_MS) : DUE_RETRY_MS;
    const timer = setTimeout(reload, delay);
    return () => clearTimeout(timer);
  }, [moment, view, reload]);
}
