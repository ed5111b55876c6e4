import { describe, expect, it } from 'vitest';
import {
  exclusionAssembly,
  exclusionTiming,
  isVoting,
  memberEvents,
  membersAwaitingValidation,
  memberTransition,
  receivesConvocation,
  unmetObligationsGround,
  votingMembers,
  votingRight,
} from '@shared/rules/members';
import type { AssemblySchedule } from '@shared/schemas/assembly';
import { memberStatuses, type College, type MemberStatus } from '@shared/schemas/member';
import { togetherStatutes } from '@shared/statutes';
import { at, plus } from './support/time';

const member = (memberNo: number, college: College, status: MemberStatus = 'active') => ({ memberNo, college, status });

describe('S.2, S.11: who votes', () => {
  it.each([
    { college: 'effective', status: 'active', votes: true, reason: 'member_votes' },
    { college: 'de_jure', status: 'active', votes: true, reason: 'member_votes' },
    { college: 'associate', status: 'active', votes: false, reason: 'member_college_without_vote' },
    { college: 'effective', status: 'pending_validation', votes: false, reason: 'member_pending_validation' },
    { college: 'de_jure', status: 'requested', votes: false, reason: 'member_not_admitted' },
    { college: 'effective', status: 'refused', votes: false, reason: 'member_not_admitted' },
    { college: 'effective', status: 'exclusion_proposed', votes: true, reason: 'member_votes' },
    { college: 'de_jure', status: 'excluded', votes: false, reason: 'member_excluded' },
    { college: 'associate', status: 'excluded', votes: false, reason: 'member_college_without_vote' },
  ] as const)('a $college member, $status: votes=$votes ($reason)', ({ college, status, votes, reason }) => {
    expect(votingRight(member(7, college, status))).toEqual({ votes, reason, memberNo: 7, college, status });
    expect(isVoting(member(7, college, status))).toBe(votes);
  });

  it('follows the voting colleges of the statutes', () => {
    const everyoneVotes = { ...togetherStatutes, votingColleges: ['effective', 'de_jure', 'associate'] as const };
    expect(isVoting(member(1, 'associate'), everyoneVotes)).toBe(true);
    expect(
      votingMembers([member(1, 'associate'), member(2, 'effective'), member(3, 'de_jure', 'excluded')]).map(
        (m) => m.memberNo,
      ),
    ).toEqual([2]);
  });
});

describe('R.6, R.7: convocations go to all members (Reading: pending-validation ones too)', () => {
  it.each([
    ['requested', false],
    ['refused', false],
    ['pending_validation', true],
    ['active', true],
    ['exclusion_proposed', true],
    ['excluded', false],
  ] as const)('a member %s receives them: %s', (status, expected) => {
    expect(receivesConvocation({ status })).toBe(expected);
  });

  it('lists the members the next ordinary assembly must validate', () => {
    const register = [
      member(1, 'effective'),
      member(2, 'associate', 'pending_validation'),
      member(3, 'de_jure', 'requested'),
    ];
    expect(membersAwaitingValidation(register).map((m) => m.memberNo)).toEqual([2]);
  });
});

describe('S.11: admission and exclusion, step by step', () => {
  it.each([
    { from: 'requested', event: 'direction_approves', to: 'pending_validation' },
    { from: 'requested', event: 'direction_refuses', to: 'refused' },
    { from: 'pending_validation', event: 'assembly_validates', to: 'active' },
    { from: 'pending_validation', event: 'assembly_refuses', to: 'refused' },
    { from: 'active', event: 'direction_proposes_exclusion', to: 'exclusion_proposed' },
    { from: 'exclusion_proposed', event: 'direction_withdraws_exclusion', to: 'active' },
    { from: 'exclusion_proposed', event: 'assembly_excludes', to: 'excluded' },
    { from: 'exclusion_proposed', event: 'assembly_keeps', to: 'active' },
  ] as const)('$from --$event--> $to', ({ from, event, to }) => {
    expect(memberTransition({ memberNo: 5, status: from }, event)).toEqual({
      ok: true,
      reason: 'member_status_changed',
      memberNo: 5,
      event,
      from,
      to,
    });
  });

  it('refuses every other step: each event has exactly one status it starts from', () => {
    for (const event of memberEvents) {
      const allowedFrom = memberStatuses.filter((status) => memberTransition({ memberNo: 1, status }, event).ok);
      expect(allowedFrom, event).toHaveLength(1);
    }
    expect(memberTransition({ memberNo: 1, status: 'requested' }, 'assembly_validates')).toEqual({
      ok: false,
      reason: 'member_transition_not_allowed',
      memberNo: 1,
      event: 'assembly_validates',
      from: 'requested',
      expected: 'pending_validation',
    });
  });

  it.each([
    { since: '2023-03-01T00:00', now: '2026-02-28T23:59:59.999', ok: false },
    { since: '2023-03-01T00:00', now: '2026-03-01T00:00', ok: true },
    { since: '2024-02-29T00:00', now: '2027-02-28T00:00', ok: true },
  ])(
    'obligations unmet since $since, on $now: a ground for exclusion=$ok (S.11: three years)',
    ({ since, now, ok }) => {
      const ground = unmetObligationsGround(at(since), at(now));
      expect(ground).toMatchObject({
        ok,
        reason: ok ? 'unmet_obligations_ground_met' : 'unmet_obligations_ground_not_yet',
      });
    },
  );

  const proposedAt = at('2026-01-31T10:00');
  it.each([
    { kind: 'ordinary', opensAt: at('2026-02-28T09:59:59.999'), ok: false, reason: 'exclusion_too_early' },
    { kind: 'ordinary', opensAt: at('2026-02-28T10:00'), ok: true, reason: 'exclusion_may_be_decided' },
    { kind: 'extraordinary', opensAt: at('2026-03-10T10:00'), ok: true, reason: 'exclusion_may_be_decided' },
  ] as const)(
    'proposed 31 January 10:00, decided at an $kind assembly opening $opensAt: ok=$ok',
    ({ kind, opensAt, ok, reason }) => {
      const timing = exclusionTiming(proposedAt, { kind, opensAt });
      expect(timing).toMatchObject({ ok, reason, proposedAt, opensAt });
      expect(timing.earliestOpensAt).toEqual(at('2026-02-28T10:00'));
    },
  );

  it('is decided by the next assembly, ordinary or extraordinary, held at least one month after the proposal', () => {
    const schedule = (id: string, opens: Date, state: AssemblySchedule['state'] = 'convened') => ({
      id,
      kind: 'ordinary' as const,
      opensAt: opens,
      state,
    });
    const assemblies = [
      schedule('too-early', at('2026-02-20T12:00')),
      schedule('cancelled', at('2026-03-01T12:00'), 'cancelled'),
      { ...schedule('extraordinary', at('2026-03-05T12:00')), kind: 'extraordinary' as const },
      schedule('later', at('2026-03-25T12:00')),
    ];
    expect(exclusionAssembly(proposedAt, assemblies)?.id).toBe('extraordinary');
    expect(exclusionAssembly(proposedAt, assemblies.slice(0, 2))).toBeNull();
    expect(exclusionAssembly(proposedAt, [schedule('exactly', at('2026-02-28T10:00'))])?.id).toBe('exactly');
    expect(exclusionAssembly(proposedAt, [schedule('just before', plus(at('2026-02-28T10:00'), -1))])).toBeNull();
  });
});
