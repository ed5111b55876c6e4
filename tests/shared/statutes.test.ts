import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { togetherStatutes } from '@shared/statutes';

describe("togetherStatutes: TOGETHER's numbers, one setting each", () => {
  it.each([
    ['reference time zone (Reading of R.7)', togetherStatutes.referenceTimeZone, 'Europe/Brussels'],
    [
      'founding assembly, first extraordinary one',
      togetherStatutes.foundingAssemblyOpensAt.toISOString(),
      '2013-11-03T23:00:00.000Z',
    ],
    ['S.2: voting colleges', togetherStatutes.votingColleges, ['effective', 'de_jure']],
    ['R.6: ordinary notice, 15 x 24 h', togetherStatutes.notice.ordinary, { unit: 'hours', amount: 360 }],
    [
      'R.7: extraordinary notice, one calendar month',
      togetherStatutes.notice.extraordinary,
      { unit: 'calendar_months', amount: 1 },
    ],
    ['R.6: session length in seconds', togetherStatutes.sessionSeconds, 86_400],
    ['R.7: statute-change quorum', togetherStatutes.statuteChangeQuorum, { numerator: 2, denominator: 3 }],
    ['R.7: quorum for rules changes', togetherStatutes.rulesChangeNeedsQuorum, false],
    ['R.7: proxies per holder', togetherStatutes.proxies, { sameContinentPerHolder: null, crossContinentPerHolder: 0 }],
    [
      'S.11: unmet obligations for three years',
      togetherStatutes.unmetObligationsExclusionAfter,
      { unit: 'calendar_years', amount: 3 },
    ],
    ['S.11: exclusion delay', togetherStatutes.exclusionDelay, { unit: 'calendar_months', amount: 1 }],
    [
      'S.6: yearly ordinary assemblies',
      togetherStatutes.ordinaryAssemblies,
      [
        { purpose: 'annual_report_and_accounts', deadlineMonth: 3 },
        { purpose: 'action_plan_and_budget', deadlineMonth: 12 },
      ],
    ],
    [
      'R.7: extraordinary every 3 years (2 to 4)',
      [
        togetherStatutes.extraordinaryCycle.earliest.amount,
        togetherStatutes.extraordinaryCycle.every.amount,
        togetherStatutes.extraordinaryCycle.latest.amount,
      ],
      [2, 3, 4],
    ],
    ['S.5: terms of 2 to 4 years', togetherStatutes.termYears, { min: 2, max: 4 }],
    ['S.5: the Direction from effective members', togetherStatutes.bodies.direction.eligibleColleges, ['effective']],
    [
      'S.5: the Table from effective or de jure members',
      togetherStatutes.bodies.table.eligibleColleges,
      ['effective', 'de_jure'],
    ],
    [
      'S.5: the Audit council from effective or de jure members',
      togetherStatutes.bodies.audit_council.eligibleColleges,
      ['effective', 'de_jure'],
    ],
    ['R.5: candidacies until the eve', togetherStatutes.candidacyLastDayBefore, 1],
    ['R.9: dues divisor', togetherStatutes.dues.inhabitantsDivisor, 1000],
    ['R.9: dues currency', togetherStatutes.dues.currency, 'EUR'],
  ])('%s', (_setting, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('the rules are browser-safe: no clock, no randomness, no Node or DOM globals', () => {
  const root = new URL('../../shared/', import.meta.url);
  const files = [
    'statutes.ts',
    ...readdirSync(new URL('rules/', root))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `rules/${name}`),
  ];
  it.each(files)('%s', (file) => {
    const text = readFileSync(new URL(file, root), 'utf8');
    expect(text).not.toMatch(
      /Date\.now\(|new Date\(\s*\)|Math\.random\(|\bprocess\.|\bdocument\.|\blocalStorage\b|from 'node:/,
    );
  });
});
