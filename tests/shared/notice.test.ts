import { describe, expect, it } from 'vitest';
import { earliestOpensAt, latestDispatchAt, noticeVerdict } from '@shared/rules/notice';
import { togetherStatutes, type Statutes } from '@shared/statutes';
import { seeded } from '../seeded';
import { DAY, at, plus, wall } from './support/time';

const dispatch = at('2026-03-02T10:00');

describe('R.6: an ordinary assembly is convened at least 15 x 24 h ahead', () => {
  it.each([
    {
      notice: '15 days minus one millisecond',
      opensAt: plus(dispatch, 15 * DAY - 1),
      ok: false,
      reason: 'notice_too_short',
      shortByMs: 1,
    },
    {
      notice: 'exactly 15 days',
      opensAt: plus(dispatch, 15 * DAY),
      ok: true,
      reason: 'notice_sufficient',
      shortByMs: 0,
    },
    {
      notice: '15 days and one millisecond',
      opensAt: plus(dispatch, 15 * DAY + 1),
      ok: true,
      reason: 'notice_sufficient',
      shortByMs: 0,
    },
    { notice: '14 days', opensAt: plus(dispatch, 14 * DAY), ok: false, reason: 'notice_too_short', shortByMs: DAY },
  ])('$notice: ok=$ok', ({ opensAt, ok, reason, shortByMs }) => {
    const verdict = noticeVerdict('ordinary', opensAt, dispatch);
    expect(verdict).toMatchObject({ ok, reason, shortByMs, opensAt, firstDispatchAt: dispatch });
    expect(verdict.earliestOpensAt).toEqual(plus(dispatch, 15 * DAY));
    expect(verdict.latestDispatchAt).toEqual(plus(opensAt, -15 * DAY));
  });

  it('counts elapsed hours, not calendar days, across the spring change of clocks', () => {
    // Brussels moves to summer time on 29 March 2026: 360 hours later, the wall clock reads 11:00.
    const sent = at('2026-03-20T10:00');
    expect(wall(earliestOpensAt('ordinary', sent))).toBe('2026-04-04T11:00:00.000+02:00');
  });
});

describe('R.7: an extraordinary assembly is convened one calendar month ahead, in Brussels time', () => {
  it.each([
    { sent: '2026-01-31T10:00', earliest: '2026-02-28T10:00:00.000+01:00', why: 'clamped to the end of February' },
    { sent: '2028-01-31T10:00', earliest: '2028-02-29T10:00:00.000+01:00', why: 'leap year' },
    {
      sent: '2026-03-31T10:00',
      earliest: '2026-04-30T10:00:00.000+02:00',
      why: 'clamped to 30 April, across summer time',
    },
    { sent: '2026-02-28T10:00', earliest: '2026-03-28T10:00:00.000+01:00', why: 'same day number' },
    { sent: '2026-03-15T10:00', earliest: '2026-04-15T10:00:00.000+02:00', why: 'wall clock kept across summer time' },
    { sent: '2026-12-31T23:30', earliest: '2027-01-31T23:30:00.000+01:00', why: 'over the new year' },
  ])('sent $sent -> $earliest ($why)', ({ sent, earliest }) => {
    expect(wall(earliestOpensAt('extraordinary', at(sent)))).toBe(earliest);
  });

  it('reads the month in Brussels even when UTC is still in January', () => {
    // 31 January 23:30 UTC is 1 February 00:30 in Brussels, so the month runs to 1 March.
    expect(wall(earliestOpensAt('extraordinary', new Date('2026-01-31T23:30:00Z')))).toBe(
      '2026-03-01T00:30:00.000+01:00',
    );
  });

  it.each([
    { opensAt: '2026-02-28T10:00', ok: true },
    { opensAt: '2026-02-28T09:59:59.999', ok: false },
  ])('31 January 10:00 + one month: opening at $opensAt is ok=$ok', ({ opensAt, ok }) => {
    const verdict = noticeVerdict('extraordinary', at(opensAt), at('2026-01-31T10:00'));
    expect(verdict.ok).toBe(ok);
    expect(verdict.shortByMs).toBe(ok ? 0 : 1);
  });
});

describe('the last instant a convocation can go for a wanted opening', () => {
  it.each([
    { kind: 'ordinary', opensAt: '2026-04-04T11:00', latest: '2026-03-20T10:00:00.000+01:00' },
    { kind: 'extraordinary', opensAt: '2026-02-28T10:00', latest: '2026-01-31T10:00:00.000+01:00' },
    { kind: 'extraordinary', opensAt: '2026-03-15T10:00', latest: '2026-02-15T10:00:00.000+01:00' },
    // Any time on 28 February plus a month is 28 March, before 31 March; 1 March would give 1 April.
    { kind: 'extraordinary', opensAt: '2026-03-31T10:00', latest: '2026-02-28T23:59:59.999+01:00' },
    { kind: 'extraordinary', opensAt: '2028-03-31T10:00', latest: '2028-02-29T23:59:59.999+01:00' },
  ] as const)('$kind opening $opensAt: the convocation must go by $latest', ({ kind, opensAt, latest }) => {
    expect(wall(latestDispatchAt(kind, at(opensAt)))).toBe(latest);
  });

  it.each(['ordinary', 'extraordinary'] as const)(
    '%s: for 150 random openings, sending at the latest instant is enough and one millisecond later is not',
    (kind) => {
      const random = seeded(kind.length);
      const from = at('2025-01-01T00:00').getTime();
      for (let i = 0; i < 150; i += 1) {
        const opensAt = new Date(from + Math.floor(random() * 4 * 365 * DAY));
        const latest = latestDispatchAt(kind, opensAt);
        expect(noticeVerdict(kind, opensAt, latest).ok, wall(opensAt)).toBe(true);
        expect(noticeVerdict(kind, opensAt, plus(latest, 1)).ok, wall(opensAt)).toBe(false);
      }
    },
  );

  it('reports an unsent convocation with the last instant it can go', () => {
    const verdict = noticeVerdict('ordinary', at('2026-04-04T11:00'), null);
    expect(verdict).toMatchObject({ ok: false, reason: 'notice_not_sent', earliestOpensAt: null });
    expect(wall(verdict.latestDispatchAt)).toBe('2026-03-20T10:00:00.000+01:00');
  });
});

describe('a sister network sets its own notice', () => {
  const sister: Statutes = {
    ...togetherStatutes,
    referenceTimeZone: 'America/New_York',
    notice: { ordinary: { unit: 'calendar_days', amount: 10 }, extraordinary: { unit: 'calendar_months', amount: 2 } },
  };

  it.each([
    { kind: 'ordinary', sent: '2026-03-01T09:00', earliest: '2026-03-11T09:00:00.000-04:00' },
    { kind: 'extraordinary', sent: '2025-12-31T09:00', earliest: '2026-02-28T09:00:00.000-05:00' },
  ] as const)('$kind sent $sent New York time -> $earliest', ({ kind, sent, earliest }) => {
    const zone = 'America/New_York';
    expect(wall(earliestOpensAt(kind, at(sent, zone), sister), zone)).toBe(earliest);
  });
});
