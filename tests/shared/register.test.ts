import { describe, expect, it } from 'vitest';
import { representativeAt } from '@shared/rules/ballots';
import { defaultContinentOf } from '@shared/rules/continents';
import { duesFactorOf } from '@shared/rules/dues';
import { votingMembers } from '@shared/rules/members';
import { requiredQuorum } from '@shared/rules/quorum';
import type { Designation } from '@shared/schemas/designation';
import { loadFoundingRegister, splitCsvLine } from './support/foundingRegister';

const rows = loadFoundingRegister();
const members = rows.map((row) => row.member);
const voting = votingMembers(members);

describe('the founding register (RULES.md §6) loads into the shared types', () => {
  it('has 108 members: 76 effective, 28 de jure, 4 associate', () => {
    expect(members).toHaveLength(108);
    const inCollege = (college: string) => members.filter((m) => m.college === college).length;
    expect([inCollege('effective'), inCollege('de_jure'), inCollege('associate')]).toEqual([76, 28, 4]);
  });

  it('has 104 voting members, 56 in Europe and 48 in Africa (S.2)', () => {
    expect(voting).toHaveLength(104);
    expect(voting.filter((m) => m.continent === 'Europe')).toHaveLength(56);
    expect(voting.filter((m) => m.continent === 'Africa')).toHaveLength(48);
  });

  it('needs 70 members present or represented to change the statutes (R.7)', () => {
    expect(requiredQuorum(voting.length)).toBe(70);
  });

  it('spans 12 countries, each with a dues factor and a default continent that matches the register', () => {
    const countries = new Set(members.map((m) => m.country));
    expect(countries.size).toBe(12);
    for (const member of members) {
      expect(duesFactorOf(member.country), member.country).not.toBeNull();
      expect(defaultContinentOf(member.country), member.country).toBe(member.continent);
    }
  });

  it('has 24 members sharing one representative and two without one, as in the source', () => {
    const byPerson = new Map<string, number>();
    for (const { representative } of rows) {
      if (representative !== null) byPerson.set(representative, (byPerson.get(representative) ?? 0) + 1);
    }
    const largest = Math.max(...byPerson.values());
    expect(largest).toBe(24);
    expect(rows.filter((r) => r.representative === null).map((r) => r.member.memberNo)).toEqual([18, 32]);
  });

  it('reads the quoted organisation with a comma whole', () => {
    expect(members.find((m) => m.memberNo === 108)?.organisation).toBe(
      'Yolande Bilouka (Direction Générale du Bien-être, Ministère des Affaires Sociales)',
    );
    expect(splitCsvLine('a,"b, ""c""",d')).toEqual(['a', 'b, "c"', 'd']);
  });

  it('turns its representatives into designations that say who represents whom', () => {
    const founding = new Date('2013-11-04T09:00:00+01:00');
    const designations: Designation[] = rows.flatMap((r) =>
      r.representative === null
        ? []
        : [{ memberNo: r.member.memberNo, personId: r.representative, from: founding, until: null }],
    );
    const russians = members.filter((m) => m.country === 'Russia');
    const people = new Set(russians.map((m) => representativeAt(m.memberNo, designations, founding)));
    expect(russians).toHaveLength(25);
    expect(people.has('Ekaterina Smoroda')).toBe(true);
  });
});
