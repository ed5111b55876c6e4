import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { duesAreMandatory, duesFactorOf, minimumDues } from '@shared/rules/dues';
import { duesFactors, worldDuesReference } from '@shared/rules/duesFactors';
import { togetherStatutes } from '@shared/statutes';
import { splitCsvLine } from './support/foundingRegister';

describe('R.9: minimum dues = inhabitants / 1000 x correction factor, rounded to the nearest euro', () => {
  it.each([
    {
      population: 50_000,
      country: 'Luxembourg',
      amount: 376,
      factor: 7.528,
      why: 'the example of R.9: 50 x 7.528 = 376.4',
    },
    {
      population: 50_000,
      country: 'Cape Verde',
      amount: 18,
      factor: 0.365,
      why: 'the example of R.9: 50 x 0.365 = 18.25',
    },
    { population: 100_000, country: 'Cape Verde', amount: 37, factor: 0.365, why: '36.5 rounds up' },
    { population: 100_000, country: 'Afghanistan', amount: 12, factor: 0.115, why: '11.5 rounds up, exactly' },
    { population: 10_000, country: 'Belgium', amount: 33, factor: 3.278, why: '32.78' },
    { population: 1_000, country: 'Burundi', amount: 0, factor: 0.046, why: '0.046 rounds down to nothing' },
    {
      population: 1_350_000_000,
      country: 'China',
      amount: 1_027_350,
      factor: 0.761,
      why: 'a very large territory, exact: 1,350,000 x 0.761',
    },
    { population: 50_000, country: 'luxembourg', amount: 376, factor: 7.528, why: 'case does not matter' },
    { population: 10_000, country: "Cote d'Ivoire", amount: 2, factor: 0.168, why: 'accents do not matter: 1.68' },
  ])('$population inhabitants in $country: $amount EUR ($why)', ({ population, country, amount, factor }) => {
    const dues = minimumDues({ country, population });
    expect(dues).toMatchObject({
      ok: true,
      reason: 'dues_computed',
      amount,
      factor,
      currency: 'EUR',
      inhabitantsDivisor: 1000,
    });
  });

  it('names the country as the table spells it', () => {
    expect(duesFactorOf("cote d'ivoire")).toEqual({ country: "Côte d'Ivoire", factor: 0.168 });
  });

  it.each([
    { country: 'Atlantis', population: 50_000, reason: 'dues_unknown_country' },
    { country: 'Monde', population: 50_000, reason: 'dues_unknown_country' },
    { country: 'Luxembourg', population: 0, reason: 'dues_invalid_population' },
    { country: 'Luxembourg', population: -5, reason: 'dues_invalid_population' },
    { country: 'Luxembourg', population: 1.5, reason: 'dues_invalid_population' },
    { country: 'Luxembourg', population: Number.NaN, reason: 'dues_invalid_population' },
    { country: 'Luxembourg', population: Number.POSITIVE_INFINITY, reason: 'dues_invalid_population' },
  ])('$population inhabitants in $country: refused ($reason), never thrown', ({ country, population, reason }) => {
    expect(minimumDues({ country, population })).toMatchObject({ ok: false, reason });
  });

  it('follows the divisor of the statutes', () => {
    const sister = {
      ...togetherStatutes,
      dues: { ...togetherStatutes.dues, inhabitantsDivisor: 500, currency: 'CHF' },
    };
    expect(minimumDues({ country: 'Luxembourg', population: 50_000 }, sister)).toMatchObject({
      amount: 753,
      currency: 'CHF',
    });
  });

  it.each([
    { college: 'effective', scope: 'territorial', mandatory: true },
    { college: 'de_jure', scope: 'territorial', mandatory: true },
    { college: 'de_jure', scope: 'supra_territorial', mandatory: false },
    { college: 'associate', scope: 'territorial', mandatory: false },
  ] as const)('a $college member, $scope: the minimum binds it: $mandatory', ({ college, scope, mandatory }) => {
    expect(duesAreMandatory(college, scope)).toBe(mandatory);
  });
});

describe('the factor table module matches dues-correction-factors.csv', () => {
  const lines = readFileSync(new URL('../../shared/rules/dues-correction-factors.csv', import.meta.url), 'utf8')
    .trim()
    .split(/\r?\n/);
  const rows = lines.slice(1).map(splitCsvLine);

  it('has every country of the CSV with its factor, and the world row apart', () => {
    const fromCsv = Object.fromEntries(
      rows.filter(([country]) => country !== 'Monde').map(([country, , , factor]) => [country, Number(factor)]),
    );
    expect(duesFactors).toEqual(fromCsv);
    expect(Object.keys(duesFactors)).toHaveLength(183);
    const world = rows.find(([country]) => country === 'Monde');
    expect(world?.[1]).toBe(String(worldDuesReference.gdpPppPerCapita));
    expect('Monde' in duesFactors).toBe(false);
  });
});
