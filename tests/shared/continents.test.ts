import { describe, expect, it } from 'vitest';
import { defaultContinentOf, defaultContinents } from '@shared/rules/continents';
import { duesFactors } from '@shared/rules/duesFactors';

describe('RULES.md §1: a default continent per country (the member keeps its own)', () => {
  it.each([
    ['Russia', 'Europe'],
    ['Belgium', 'Europe'],
    ['Latvia', 'Europe'],
    ['Morocco', 'Africa'],
    ['Cape Verde', 'Africa'],
    ['Gabon', 'Africa'],
    ['Tunisia', 'Africa'],
    ['Brazil', 'Americas'],
    ['Japan', 'Asia'],
    ['Fiji', 'Oceania'],
    [' Portugal ', 'Europe'],
    ['Atlantis', null],
  ])('%s -> %s', (country, continent) => {
    expect(defaultContinentOf(country)).toBe(continent);
  });

  it('knows every country of the dues table (the European Union is no country)', () => {
    const missing = Object.keys(duesFactors).filter((country) => defaultContinents[country] === undefined);
    expect(missing).toEqual(['European Union']);
  });
});
