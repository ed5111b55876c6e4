import { describe, expect, it } from 'vitest';
import {
  ballotRight,
  castableBallots,
  effectiveBallots,
  membersRepresentedBy,
  representativeAt,
} from '@shared/rules/ballots';
import type { ProxyMember } from '@shared/rules/proxies';
import type { CastAs } from '@shared/schemas/ballot';
import type { Designation } from '@shared/schemas/designation';
import { at } from './support/time';
import { grant } from './support/grants';

const designations: Designation[] = [
  { memberNo: 1, personId: 'andre', from: at('2013-11-04T00:00'), until: at('2026-06-01T00:00') },
  { memberNo: 1, personId: 'lucie', from: at('2026-06-01T00:00'), until: null },
  { memberNo: 2, personId: 'andre', from: at('2013-11-04T00:00'), until: null },
  { memberNo: 34, personId: 'ekaterina', from: at('2013-11-04T00:00'), until: null },
  { memberNo: 35, personId: 'ekaterina', from: at('2013-11-04T00:00'), until: null },
];

describe('S.2: each member designates a person, and may change it at any time (history kept)', () => {
  it.each([
    { memberNo: 1, when: '2020-01-01T00:00', person: 'andre' },
    { memberNo: 1, when: '2026-05-31T23:59:59.999', person: 'andre' },
    { memberNo: 1, when: '2026-06-01T00:00', person: 'lucie' },
    { memberNo: 1, when: '2013-11-03T23:59', person: null },
    { memberNo: 99, when: '2020-01-01T00:00', person: null },
  ])('member $memberNo on $when is represented by $person', ({ memberNo, when, person }) => {
    expect(representativeAt(memberNo, designations, at(when))).toBe(person);
  });

  it.each([
    { person: 'andre', when: '2020-01-01T00:00', members: [1, 2] },
    { person: 'andre', when: '2026-10-24T12:00', members: [2] },
    { person: 'lucie', when: '2026-10-24T12:00', members: [1] },
    { person: 'ekaterina', when: '2026-10-24T12:00', members: [34, 35] },
  ])('$person represents $members on $when', ({ person, when, members }) => {
    expect(membersRepresentedBy(person, designations, at(when)).sort((a, b) => a - b)).toEqual(members);
  });
});

const members = new Map<number, ProxyMember>([
  [1, { memberNo: 1, college: 'effective', status: 'active', continent: 'Europe' }],
  [2, { memberNo: 2, college: 'de_jure', status: 'active', continent: 'Europe' }],
  [3, { memberNo: 3, college: 'associate', status: 'active', continent: 'Europe' }],
  [34, { memberNo: 34, college: 'effective', status: 'active', continent: 'Europe' }],
  [35, { memberNo: 35, college: 'effective', status: 'active', continent: 'Europe' }],
  [36, { memberNo: 36, college: 'effective', status: 'excluded', continent: 'Europe' }],
]);

describe('R.7 (Reading): who casts which ballots', () => {
  const grants = [grant(35, 2), grant(36, 2), grant(34, 1, at('2026-10-20T00:00'))];

  it('a person casts the ballots of the voting members it represents, and of those that gave them their proxy', () => {
    expect(castableBallots([2, 3], members, grants)).toEqual([
      { memberNo: 2, castAs: 'own', holderMemberNo: null },
      { memberNo: 35, castAs: 'proxy', holderMemberNo: 2 },
    ]);
  });

  it('a person representing the grantor itself keeps its own ballot', () => {
    expect(castableBallots([34, 35], members, grants)).toEqual([
      { memberNo: 34, castAs: 'own', holderMemberNo: null },
      { memberNo: 35, castAs: 'own', holderMemberNo: null },
    ]);
  });

  it.each([
    { represented: [2], memberNo: 2, reason: 'ballot_own', castAs: 'own' },
    { represented: [2], memberNo: 35, reason: 'ballot_by_proxy', castAs: 'proxy' },
    { represented: [1], memberNo: 34, reason: 'ballot_not_representative', castAs: null, why: 'the proxy was revoked' },
    { represented: [1], memberNo: 35, reason: 'ballot_not_representative', castAs: null },
    { represented: [3], memberNo: 3, reason: 'ballot_member_not_voting', castAs: null, why: 'an associate' },
    { represented: [2], memberNo: 36, reason: 'ballot_member_not_voting', castAs: null, why: 'an excluded grantor' },
  ])('representing $represented, the ballot of $memberNo: $reason', ({ represented, memberNo, reason, castAs }) => {
    expect(ballotRight(memberNo, represented, members, grants)).toMatchObject({ ok: castAs !== null, reason, castAs });
  });
});

describe("R.7 (Reading): the grantor's own vote overrides its proxy for that motion", () => {
  const ballot = (memberNo: number, castAs: CastAs, minute: number, choice: string) => ({
    memberNo,
    castAs,
    castAt: new Date(Date.UTC(2026, 9, 24, 12, minute)),
    choice,
  });
  it.each([
    {
      order: 'proxy first, then own',
      ballots: [ballot(35, 'proxy', 1, 'for'), ballot(35, 'own', 2, 'against')],
      choice: 'against',
      overridden: 1,
      replaced: 0,
    },
    {
      order: 'own first, then proxy',
      ballots: [ballot(35, 'own', 1, 'against'), ballot(35, 'proxy', 2, 'for')],
      choice: 'against',
      overridden: 1,
      replaced: 0,
    },
    {
      order: 'own changed its mind',
      ballots: [ballot(35, 'own', 1, 'against'), ballot(35, 'own', 2, 'for')],
      choice: 'for',
      overridden: 0,
      replaced: 1,
    },
    {
      order: 'recorded out of order',
      ballots: [ballot(35, 'own', 5, 'for'), ballot(35, 'own', 2, 'against')],
      choice: 'for',
      overridden: 0,
      replaced: 1,
    },
  ])('$order: $choice counts', ({ ballots, choice, overridden, replaced }) => {
    const result = effectiveBallots([...ballots, ballot(2, 'own', 3, 'abstain')]);
    expect(result.effective.map((b) => [b.memberNo, b.choice])).toEqual([
      [35, choice],
      [2, 'abstain'],
    ]);
    expect(result.overriddenByOwnVote).toBe(overridden);
    expect(result.replaced).toBe(replaced);
  });
});
