import { describe, expect, it } from 'vitest';
import {
  extraordinaryCycle,
  ordinaryAssemblySlots,
  ordinaryRhythmWarnings,
  overlappingAssembly,
  type ScheduledAssembly,
} from '@shared/rules/calendar';
import type { AssemblyKind, AssemblyState } from '@shared/schemas/assembly';
import { at, plus, wall } from './support/time';

const assembly = (
  id: string,
  kind: AssemblyKind,
  opens: string,
  state: AssemblyState = 'convened',
): ScheduledAssembly => ({
  id,
  kind,
  opensAt: at(opens),
  state,
});

describe('S.6: an ordinary assembly before the end of March, another before the end of the year', () => {
  it('gives each deadline in Brussels time and the last instant its convocation can go (deadline minus 15 x 24 h)', () => {
    const [march, december] = ordinaryAssemblySlots([], at('2026-02-01T12:00'));
    expect(march).toMatchObject({
      year: 2026,
      purpose: 'annual_report_and_accounts',
      missing: true,
      reason: 'ordinary_assembly_to_convene',
    });
    expect(wall(march?.deadline ?? new Date(0))).toBe('2026-04-01T00:00:00.000+02:00');
    // Exact hours: the clocks change on 29 March, so the wall clock reads 22:59 on 16 March.
    expect(wall(march?.lastConvocationAt ?? new Date(0))).toBe('2026-03-16T22:59:59.999+01:00');
    expect(december).toMatchObject({
      purpose: 'action_plan_and_budget',
      missing: true,
      reason: 'ordinary_assembly_to_convene',
    });
    expect(wall(december?.deadline ?? new Date(0))).toBe('2027-01-01T00:00:00.000+01:00');
    expect(wall(december?.lastConvocationAt ?? new Date(0))).toBe('2026-12-16T23:59:59.999+01:00');
  });

  it.each([
    {
      case: 'nothing convened, time left',
      now: '2026-03-16T22:59:59.999',
      assemblies: [],
      reason: 'ordinary_assembly_to_convene',
      missing: true,
    },
    {
      case: 'nothing convened, too late to convene',
      now: '2026-03-16T23:00',
      assemblies: [],
      reason: 'ordinary_assembly_convocation_overdue',
      missing: true,
    },
    {
      case: 'nothing held by the end of March',
      now: '2026-04-01T00:00',
      assemblies: [],
      reason: 'ordinary_assembly_missed',
      missing: true,
    },
    {
      case: 'convened for 25 March',
      now: '2026-03-20T00:00',
      assemblies: [assembly('a', 'ordinary', '2026-03-25T12:00')],
      reason: 'ordinary_assembly_convened',
      missing: false,
    },
    {
      case: 'held on 25 March',
      now: '2026-04-02T00:00',
      assemblies: [assembly('a', 'ordinary', '2026-03-25T12:00', 'held')],
      reason: 'ordinary_assembly_held',
      missing: false,
    },
    {
      case: 'opening at the last millisecond of March',
      now: '2026-04-02T00:00',
      assemblies: [assembly('a', 'ordinary', '2026-03-31T23:59:59.999', 'held')],
      reason: 'ordinary_assembly_held',
      missing: false,
    },
    {
      case: 'opening on 1 April at midnight',
      now: '2026-04-02T00:00',
      assemblies: [assembly('a', 'ordinary', '2026-04-01T00:00', 'held')],
      reason: 'ordinary_assembly_missed',
      missing: true,
    },
    {
      case: 'held in December of the year before',
      now: '2026-04-02T00:00',
      assemblies: [assembly('a', 'ordinary', '2025-12-20T12:00', 'held')],
      reason: 'ordinary_assembly_missed',
      missing: true,
    },
    {
      case: 'cancelled',
      now: '2026-03-20T00:00',
      assemblies: [assembly('a', 'ordinary', '2026-03-25T12:00', 'cancelled')],
      reason: 'ordinary_assembly_convocation_overdue',
      missing: true,
    },
    {
      case: 'still a draft',
      now: '2026-03-01T00:00',
      assemblies: [assembly('a', 'ordinary', '2026-03-25T12:00', 'draft')],
      reason: 'ordinary_assembly_to_convene',
      missing: true,
    },
    {
      case: 'only an extraordinary one',
      now: '2026-04-02T00:00',
      assemblies: [assembly('a', 'extraordinary', '2026-03-25T12:00', 'held')],
      reason: 'ordinary_assembly_missed',
      missing: true,
    },
  ])('the March assembly, $case: $reason', ({ now, assemblies, reason, missing }) => {
    const [march] = ordinaryAssemblySlots(assemblies, at(now));
    expect(march).toMatchObject({ reason, missing, assemblyId: missing ? null : 'a' });
  });

  it('counts the assembly of the reference zone: 31 March 23:30 UTC is already April in Brussels', () => {
    const late = { id: 'a', kind: 'ordinary', opensAt: new Date('2026-03-31T23:30:00Z'), state: 'held' } as const;
    const [march, december] = ordinaryAssemblySlots([late], at('2026-05-01T00:00'));
    expect(march?.reason).toBe('ordinary_assembly_missed');
    expect(december).toMatchObject({ reason: 'ordinary_assembly_held', assemblyId: 'a' });
  });

  it('fills the year-end slot with an assembly after March, and reports both in order', () => {
    const slots = ordinaryAssemblySlots(
      [assembly('m', 'ordinary', '2026-03-10T12:00', 'held'), assembly('d', 'ordinary', '2026-11-28T12:00')],
      at('2026-11-01T00:00'),
    );
    expect(slots.map((s) => [s.purpose, s.reason, s.assemblyId])).toEqual([
      ['annual_report_and_accounts', 'ordinary_assembly_held', 'm'],
      ['action_plan_and_budget', 'ordinary_assembly_convened', 'd'],
    ]);
  });
});

describe('S.7, R.7: an extraordinary assembly every three years (two to four), the founding one first', () => {
  it.each([
    { now: '2015-06-01T00:00', reason: 'extraordinary_not_due', warn: false },
    { now: '2015-11-04T00:00', reason: 'extraordinary_possible', warn: false },
    { now: '2016-11-03T23:59:59.999', reason: 'extraordinary_possible', warn: false },
    { now: '2016-11-04T00:00', reason: 'extraordinary_due', warn: true },
    { now: '2017-11-04T00:00', reason: 'extraordinary_due', warn: true },
    { now: '2017-11-04T00:00:00.001', reason: 'extraordinary_overdue', warn: true },
  ])('with only the founding assembly of 4 November 2013, on $now: $reason', ({ now, reason, warn }) => {
    const cycle = extraordinaryCycle([], at(now));
    expect(cycle).toMatchObject({ reason, warn, lastAssemblyId: null, nextConvened: null });
    expect(wall(cycle.lastOpensAt)).toBe('2013-11-04T00:00:00.000+01:00');
    expect([wall(cycle.earliestAt), wall(cycle.dueAt), wall(cycle.latestAt)]).toEqual([
      '2015-11-04T00:00:00.000+01:00',
      '2016-11-04T00:00:00.000+01:00',
      '2017-11-04T00:00:00.000+01:00',
    ]);
    expect(wall(cycle.lastConvocationAt)).toBe('2017-10-04T00:00:00.000+02:00');
  });

  it('counts from the last extraordinary assembly held', () => {
    const cycle = extraordinaryCycle(
      [
        assembly('2015', 'extraordinary', '2015-10-20T10:00', 'held'),
        assembly('2024', 'extraordinary', '2024-11-15T10:00', 'held'),
      ],
      at('2026-05-01T00:00'),
    );
    expect(cycle).toMatchObject({ reason: 'extraordinary_not_due', lastAssemblyId: '2024' });
    expect(wall(cycle.earliestAt)).toBe('2026-11-15T10:00:00.000+01:00');
    expect(wall(cycle.latestAt)).toBe('2028-11-15T10:00:00.000+01:00');
  });

  it.each([
    { opens: '2027-11-20T10:00', withinCycle: true },
    { opens: '2029-01-10T10:00', withinCycle: false },
  ])('reports a convened one opening $opens, within the cycle: $withinCycle', ({ opens, withinCycle }) => {
    const cycle = extraordinaryCycle(
      [assembly('2024', 'extraordinary', '2024-11-15T10:00', 'held'), assembly('next', 'extraordinary', opens)],
      at('2027-06-01T00:00'),
    );
    expect(cycle.reason).toBe('extraordinary_convened');
    expect(cycle.warn).toBe(false);
    expect(cycle.nextConvened).toEqual({ id: 'next', opensAt: at(opens), withinCycle });
  });

  it('ignores cancelled and draft assemblies and ordinary ones', () => {
    const ignored = [
      assembly('c', 'extraordinary', '2016-06-01T10:00', 'cancelled'),
      assembly('d', 'extraordinary', '2016-06-01T10:00', 'draft'),
      assembly('o', 'ordinary', '2016-06-01T10:00', 'held'),
    ];
    const cycle = extraordinaryCycle(ignored, plus(at('2017-11-04T00:00'), 1));
    expect(cycle).toMatchObject({ reason: 'extraordinary_overdue', lastAssemblyId: null });
  });
});

describe('R.6, R.7: one room open at a time', () => {
  const held = {
    ...assembly('held', 'ordinary', '2027-02-10T10:00'),
    title: 'Printemps',
    closesAt: at('2027-02-11T10:00'),
  };
  it.each([
    ['opening in its window', '2027-02-10T16:00', '2027-02-11T16:00', 'held'],
    ['closing in its window', '2027-02-09T16:00', '2027-02-10T16:00', 'held'],
    ['opening as it closes', '2027-02-11T10:00', '2027-02-12T10:00', null],
    ['closing as it opens', '2027-02-09T10:00', '2027-02-10T10:00', null],
  ])('%s: meets %s', (_case, opens, closes, expected) => {
    const found = overlappingAssembly({ id: 'new', opensAt: at(opens), closesAt: at(closes) }, [held]);
    expect(found?.id ?? null).toBe(expected);
  });
  it.each(['draft', 'cancelled'] as const)('a %s assembly does not hold its dates', (state) => {
    const other = { ...held, state };
    expect(
      overlappingAssembly({ id: 'new', opensAt: at('2027-02-10T16:00'), closesAt: at('2027-02-11T16:00') }, [other]),
    ).toBeNull();
  });
});

describe('S.6: two ordinary assemblies a year, so two months apart at least', () => {
  it.each([
    ['2027-02-10T10:00', '2027-04-10T09:59', true],
    ['2027-02-10T10:00', '2027-04-10T10:00', false],
    ['2027-12-31T10:00', '2028-02-29T10:00', false],
  ])('%s then %s: warned %s', (first, second, warned) => {
    const warnings = ordinaryRhythmWarnings([
      assembly('a', 'ordinary', first),
      assembly('b', 'ordinary', second, 'draft'),
    ]);
    expect(warnings.length > 0).toBe(warned);
  });
  it('leaves extraordinary and cancelled assemblies out', () => {
    expect(
      ordinaryRhythmWarnings([
        assembly('a', 'ordinary', '2027-02-10T10:00'),
        assembly('b', 'extraordinary', '2027-02-20T10:00'),
        assembly('c', 'ordinary', '2027-02-25T10:00', 'cancelled'),
      ]),
    ).toEqual([]);
  });
});
