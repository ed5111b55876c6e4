import { describe, expect, it } from 'vitest';
import {
  assemblyWindow,
  isOpen,
  localWindow,
  timeLeftMs,
  timeUntilOpensMs,
  windowPhase,
  windowVerdict,
} from '@shared/rules/window';
import { togetherStatutes } from '@shared/statutes';
import { HOUR, at, plus } from './support/time';

const SESSION_MS = 86_400_000;

describe('R.6: the room is open 24 hours, [opensAt, opensAt + 86,400 s), whatever the clocks do', () => {
  it.each([
    {
      zone: 'Europe/Brussels',
      opens: '2026-10-24T12:00',
      opensLocal: '2026-10-24T12:00:00.000+02:00',
      closesLocal: '2026-10-25T11:00:00.000+01:00',
      why: 'end of summer time',
    },
    {
      zone: 'Europe/Brussels',
      opens: '2026-03-28T12:00',
      opensLocal: '2026-03-28T12:00:00.000+01:00',
      closesLocal: '2026-03-29T13:00:00.000+02:00',
      why: 'start of summer time',
    },
    {
      zone: 'America/New_York',
      opens: '2026-10-31T12:00',
      opensLocal: '2026-10-31T12:00:00.000-04:00',
      closesLocal: '2026-11-01T11:00:00.000-05:00',
      why: 'end of daylight time',
    },
    {
      zone: 'America/New_York',
      opens: '2026-03-07T12:00',
      opensLocal: '2026-03-07T12:00:00.000-05:00',
      closesLocal: '2026-03-08T13:00:00.000-04:00',
      why: 'start of daylight time',
    },
    {
      zone: 'Atlantic/Cape_Verde',
      opens: '2026-10-24T12:00',
      opensLocal: '2026-10-24T12:00:00.000-01:00',
      closesLocal: '2026-10-25T12:00:00.000-01:00',
      why: 'no daylight saving',
    },
  ])('$zone, opening $opens ($why)', ({ zone, opens, opensLocal, closesLocal }) => {
    const window = assemblyWindow(at(opens, zone));
    expect(window.closesAt.getTime() - window.opensAt.getTime()).toBe(SESSION_MS);
    expect(localWindow(window, zone)).toEqual({ opensAt: opensLocal, closesAt: closesLocal });
    expect(isOpen(window, plus(window.opensAt, -1))).toBe(false);
    expect(isOpen(window, window.opensAt)).toBe(true);
    expect(isOpen(window, plus(window.closesAt, -1))).toBe(true);
    expect(isOpen(window, window.closesAt)).toBe(false);
  });

  it('shows the same instants to members in other zones', () => {
    const window = assemblyWindow(at('2026-10-24T12:00', 'Europe/Brussels'));
    expect(localWindow(window, 'Atlantic/Cape_Verde')).toEqual({
      opensAt: '2026-10-24T09:00:00.000-01:00',
      closesAt: '2026-10-25T09:00:00.000-01:00',
    });
  });

  const window = assemblyWindow(at('2026-10-24T12:00'));
  it.each([
    {
      moment: 'one millisecond before opening',
      now: plus(window.opensAt, -1),
      phase: 'before',
      reason: 'window_not_yet_open',
      left: SESSION_MS,
      untilOpens: 1,
    },
    {
      moment: 'the opening instant',
      now: window.opensAt,
      phase: 'open',
      reason: 'window_open',
      left: SESSION_MS,
      untilOpens: 0,
    },
    {
      moment: 'halfway',
      now: plus(window.opensAt, 12 * HOUR),
      phase: 'open',
      reason: 'window_open',
      left: 12 * HOUR,
      untilOpens: 0,
    },
    {
      moment: 'one millisecond before closing',
      now: plus(window.closesAt, -1),
      phase: 'open',
      reason: 'window_open',
      left: 1,
      untilOpens: 0,
    },
    {
      moment: 'the closing instant',
      now: window.closesAt,
      phase: 'closed',
      reason: 'window_closed',
      left: 0,
      untilOpens: 0,
    },
    {
      moment: 'a day later',
      now: plus(window.closesAt, 24 * HOUR),
      phase: 'closed',
      reason: 'window_closed',
      left: 0,
      untilOpens: 0,
    },
  ])('at $moment: $phase, $left ms left', ({ now, phase, reason, left, untilOpens }) => {
    expect(windowPhase(window, now)).toBe(phase);
    expect(timeLeftMs(window, now)).toBe(left);
    expect(timeUntilOpensMs(window, now)).toBe(untilOpens);
    expect(windowVerdict(window, now)).toMatchObject({ ok: phase === 'open', reason, phase, timeLeftMs: left });
  });

  it('takes its length from the statutes', () => {
    const short = assemblyWindow(at('2026-10-24T12:00'), { ...togetherStatutes, sessionSeconds: 3_600 });
    expect(short.closesAt.getTime() - short.opensAt.getTime()).toBe(HOUR);
  });
});
