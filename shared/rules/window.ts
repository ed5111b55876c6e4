import type { AssemblyWindow } from '../schemas/assembly';
import { type Statutes, togetherStatutes } from '../statutes';
import { toLocalIso } from './time';

/** R.6: the room of an assembly opens at `opensAt` and closes exactly the session length later. */
export function assemblyWindow(opensAt: Date, statutes: Statutes = togetherStatutes): AssemblyWindow {
  // Milliseconds on the instant line: daylight saving cannot shorten or stretch the 24 hours.
  return { opensAt, closesAt: new Date(opensAt.getTime() + statutes.sessionSeconds * 1000) };
}

/** R.6 (Reading): open on [opensAt, closesAt), the closing instant itself is outside. */
export function isOpen(window: AssemblyWindow, now: Date): boolean {
  const at = now.getTime();
  return at >= window.opensAt.getTime() && at < window.closesAt.getTime();
}

/** Before the room opens, while it is open, after it closed (R.6). */
export type WindowPhase = 'before' | 'open' | 'closed';

/** Where `now` stands relative to the room's window (R.6). */
export function windowPhase(window: AssemblyWindow, now: Date): WindowPhase {
  if (now.getTime() < window.opensAt.getTime()) return 'before';
  return isOpen(window, now) ? 'open' : 'closed';
}

/** Milliseconds the room stays open from `now`: the whole session before it opens, 0 once closed (R.6). */
export function timeLeftMs(window: AssemblyWindow, now: Date): number {
  const from = Math.max(now.getTime(), window.opensAt.getTime());
  return Math.max(0, window.closesAt.getTime() - from);
}

/** Milliseconds until the room opens; 0 once it has opened (R.6). */
export function timeUntilOpensMs(window: AssemblyWindow, now: Date): number {
  return Math.max(0, window.opensAt.getTime() - now.getTime());
}

/** Whether the room accepts messages and ballots now (R.6). */
export type WindowReason = 'window_not_yet_open' | 'window_open' | 'window_closed';

/** The window verdict with the instants and the time left. */
export interface WindowVerdict {
  ok: boolean;
  reason: WindowReason;
  phase: WindowPhase;
  opensAt: Date;
  closesAt: Date;
  now: Date;
  timeLeftMs: number;
  timeUntilOpensMs: number;
}

/** Whether a message or ballot sent at `now` is accepted (R.6: only inside [opensAt, closesAt)). */
export function windowVerdict(window: AssemblyWindow, now: Date): WindowVerdict {
  const phase = windowPhase(window, now);
  const reason: WindowReason =
    phase === 'open' ? 'window_open' : phase === 'before' ? 'window_not_yet_open' : 'window_closed';
  return {
    ok: phase === 'open',
    reason,
    phase,
    opensAt: window.opensAt,
    closesAt: window.closesAt,
    now,
    timeLeftMs: timeLeftMs(window, now),
    timeUntilOpensMs: timeUntilOpensMs(window, now),
  };
}

/**
 * The window as each person reads it (R.6: "in any time zone"): ISO texts with the offset in force
 * in `timeZone` at each end, so a 24-hour window can read 23 or 25 hours on the wall clock.
 */
export function localWindow(window: AssemblyWindow, timeZone: string): { opensAt: string; closesAt: string } {
  return { opensAt: toLocalIso(window.opensAt, timeZone), closesAt: toLocalIso(window.closesAt, timeZone) };
}
