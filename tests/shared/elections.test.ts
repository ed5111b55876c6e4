import { describe, expect, it } from 'vitest';
import { candidacyDeadline, continentalBalance, termVerdict, validateCandidacy } from '@shared/rules/candidacies';
import { tallyElectionRound } from '@shared/rules/elections';
import type { Body } from '@shared/schemas/body';
import type { College, MemberStatus } from '@shared/schemas/member';
import { loadFoundingRegister } from './support/foundingRegister';
import { at, plus, wall } from './support/time';

/** Ballots from a table of votes: { 1: 51, 2: 30 } and `blank` blank ballots. */
const ballots = (votes: Partial<Record<number, number>>, blank = 0) => [
  ...Object.entries(votes).flatMap(([memberNo, n]) =>
    Array.from({ length: n ?? 0 }, () => ({ candidateMemberNo: Number(memberNo) })),
  ),
  ...Array.from({ length: blank }, () => ({ candidateMemberNo: null })),
];

describe('R.5 (Reading): round one by absolute majority of the votes for candidates', () => {
  it.each([
    {
      votes: { 1: 51, 2: 30, 3: 19 },
      blank: 0,
      outcome: 'elected',
      reason: 'election_absolute_majority',
      elected: 1,
      finalists: [],
      tied: [],
      majority: 51,
    },
    {
      votes: { 1: 50, 2: 30, 3: 20 },
      blank: 0,
      outcome: 'second_round',
      reason: 'election_second_round',
      elected: null,
      finalists: [1, 2],
      tied: [],
      majority: 51,
    },
    {
      votes: { 1: 40, 2: 40, 3: 20 },
      blank: 0,
      outcome: 'second_round',
      reason: 'election_second_round',
      elected: null,
      finalists: [1, 2],
      tied: [],
      majority: 51,
    },
    {
      votes: { 1: 50, 2: 50 },
      blank: 0,
      outcome: 'second_round',
      reason: 'election_second_round',
      elected: null,
      finalists: [1, 2],
      tied: [],
      majority: 51,
    },
    {
      votes: { 1: 40, 2: 30, 3: 30 },
      blank: 0,
      outcome: 'tie',
      reason: 'election_tie_for_second_round',
      elected: null,
      finalists: [1],
      tied: [2, 3],
      majority: 51,
    },
    {
      votes: { 1: 30, 2: 30, 3: 30 },
      blank: 0,
      outcome: 'tie',
      reason: 'election_tie_for_second_round',
      elected: null,
      finalists: [],
      tied: [1, 2, 3],
      majority: 46,
    },
    {
      votes: { 1: 6, 2: 5 },
      blank: 10,
      outcome: 'elected',
      reason: 'election_absolute_majority',
      elected: 1,
      finalists: [],
      tied: [],
      majority: 6,
    },
    {
      votes: { 1: 1 },
      blank: 50,
      outcome: 'elected',
      reason: 'election_absolute_majority',
      elected: 1,
      finalists: [],
      tied: [],
      majority: 1,
    },
    {
      votes: { 1: 0, 2: 0 },
      blank: 7,
      outcome: 'not_elected',
      reason: 'election_no_votes',
      elected: null,
      finalists: [],
      tied: [],
      majority: 1,
    },
    {
      votes: {},
      blank: 3,
      outcome: 'not_elected',
      reason: 'election_no_candidates',
      elected: null,
      finalists: [],
      tied: [],
      majority: 1,
    },
  ])(
    '$votes and $blank blank: $outcome $elected $finalists $tied',
    ({ votes, blank, outcome, reason, elected, finalists, tied, majority }) => {
      const candidates = Object.keys(votes).map(Number);
      const result = tallyElectionRound(1, candidates, ballots(votes, blank));
      expect(result).toMatchObject({ round: 1, outcome, reason, elected, finalists, tied, absoluteMajority: majority });
      expect(result.counts.blank).toBe(blank);
    },
  );

  it('shows ballots for someone not standing as invalid, and does not count them', () => {
    const result = tallyElectionRound(
      1,
      [1, 2],
      [...ballots({ 1: 3, 2: 2 }), { candidateMemberNo: 9 }, { candidateMemberNo: 9 }],
    );
    expect(result.counts).toEqual({
      candidates: [
        { memberNo: 1, votes: 3 },
        { memberNo: 2, votes: 2 },
      ],
      blank: 0,
      invalid: 2,
      cast: 7,
      expressed: 5,
    });
    expect(result.outcome).toBe('elected');
  });
});

describe('R.5 (Reading): round two between the two best, by relative majority; ties reported', () => {
  it.each([
    {
      votes: { 1: 30, 2: 29 },
      blank: 0,
      outcome: 'elected',
      reason: 'election_relative_majority',
      elected: 1,
      tied: [],
    },
    {
      votes: { 1: 10, 2: 5 },
      blank: 40,
      outcome: 'elected',
      reason: 'election_relative_majority',
      elected: 1,
      tied: [],
    },
    {
      votes: { 1: 30, 2: 30 },
      blank: 1,
      outcome: 'tie',
      reason: 'election_second_round_tie',
      elected: null,
      tied: [1, 2],
    },
    { votes: { 1: 0, 2: 0 }, blank: 4, outcome: 'not_elected', reason: 'election_no_votes', elected: null, tied: [] },
  ])('$votes and $blank blank: $outcome', ({ votes, blank, outcome, reason, elected, tied }) => {
    const result = tallyElectionRound(2, Object.keys(votes).map(Number), ballots(votes, blank));
    expect(result).toMatchObject({ round: 2, outcome, reason, elected, tied });
  });

  it('runs a whole election: no absolute majority, then the two finalists', () => {
    const first = tallyElectionRound(1, [11, 12, 13], ballots({ 11: 45, 12: 35, 13: 24 }));
    expect(first.finalists).toEqual([11, 12]);
    const second = tallyElectionRound(2, first.finalists, ballots({ 11: 50, 12: 54 }));
    expect(second).toMatchObject({ outcome: 'elected', elected: 12 });
  });

  it('counts 100,000 election ballots well under a second', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ candidateMemberNo: i % 5 === 0 ? null : (i % 3) + 1 }));
    const started = performance.now();
    const result = tallyElectionRound(1, [1, 2, 3], many);
    expect(performance.now() - started).toBeLessThan(250);
    expect(result.counts.blank).toBe(20_000);
    expect(result.outcome).toBe('second_round');
  });
});

describe('S.5, R.5: who may stand, and until when', () => {
  const ega = { kind: 'extraordinary' as const, opensAt: at('2026-11-14T10:00') };
  const deadline = at('2026-11-14T00:00');
  const candidate = (college: College, status: MemberStatus = 'active') => ({ memberNo: 7, college, status });

  it('closes candidacies at the end of the eve of the assembly, Brussels time', () => {
    expect(wall(candidacyDeadline(ega.opensAt))).toBe('2026-11-14T00:00:00.000+01:00');
  });

  it.each([
    { body: 'direction', college: 'effective', now: plus(deadline, -1), reason: 'candidacy_valid' },
    { body: 'direction', college: 'effective', now: deadline, reason: 'candidacy_closed' },
    { body: 'direction', college: 'de_jure', now: plus(deadline, -1), reason: 'candidacy_college_not_eligible' },
    { body: 'table', college: 'de_jure', now: plus(deadline, -1), reason: 'candidacy_valid' },
    { body: 'audit_council', college: 'de_jure', now: plus(deadline, -1), reason: 'candidacy_valid' },
    { body: 'audit_council', college: 'associate', now: plus(deadline, -1), reason: 'candidacy_college_not_eligible' },
  ] as { body: Body; college: College; now: Date; reason: string }[])(
    '$college member for the $body at $now: $reason',
    ({ body, college, now, reason }) => {
      const verdict = validateCandidacy({ body, office: 'president' }, candidate(college), ega, [], now);
      expect(verdict).toMatchObject({ reason, ok: reason === 'candidacy_valid', deadline });
    },
  );

  it.each([
    {
      case: 'a pending member',
      status: 'pending_validation',
      kind: 'extraordinary',
      existing: [],
      reason: 'candidacy_member_not_voting',
    },
    {
      case: 'at an ordinary assembly',
      status: 'active',
      kind: 'ordinary',
      existing: [],
      reason: 'candidacy_not_at_this_assembly',
    },
    {
      case: 'twice for the same office',
      status: 'active',
      kind: 'extraordinary',
      existing: [{ body: 'table', office: 'secretary', memberNo: 7, withdrawnAt: null }],
      reason: 'candidacy_duplicate',
    },
    {
      case: 'again after withdrawing',
      status: 'active',
      kind: 'extraordinary',
      existing: [{ body: 'table', office: 'secretary', memberNo: 7, withdrawnAt: at('2026-11-01T00:00') }],
      reason: 'candidacy_valid',
    },
    {
      case: 'for another office too',
      status: 'active',
      kind: 'extraordinary',
      existing: [{ body: 'table', office: 'president', memberNo: 7, withdrawnAt: null }],
      reason: 'candidacy_valid',
    },
  ] as const)('$case: $reason', ({ status, kind, existing, reason }) => {
    const verdict = validateCandidacy(
      { body: 'table', office: 'secretary' },
      candidate('effective', status),
      { ...ega, kind },
      existing,
      at('2026-11-01T00:00'),
    );
    expect(verdict.reason).toBe(reason);
  });

  it.each([
    [1, false],
    [2, true],
    [3, true],
    [4, true],
    [5, false],
    [2.5, false],
  ])('a term of %s years: %s (S.5: two to four years)', (years, ok) => {
    expect(termVerdict(years)).toEqual({ ok, reason: ok ? 'term_valid' : 'term_out_of_range', years, min: 2, max: 4 });
  });

  it('shows the continental balance of candidates (Reading: shown, never blocking)', () => {
    const register = new Map(loadFoundingRegister().map(({ member }) => [member.memberNo, member]));
    expect(continentalBalance([1, 34, 68, 57, 68, 999], register)).toEqual({
      byContinent: { Europe: 2, Africa: 2 },
      byCountry: { Belgium: 1, Russia: 1, Morocco: 1, 'Cape Verde': 1 },
      total: 4,
    });
  });
});
