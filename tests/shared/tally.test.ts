import { describe, expect, it } from 'vitest';
import { countBallots, countChoices, tallyMotion } from '@shared/rules/tally';
import type { AssemblyKind } from '@shared/schemas/assembly';
import type { BallotChoice, CastAs } from '@shared/schemas/ballot';
import type { MajorityMotionKind } from '@shared/schemas/motion';
import { togetherStatutes } from '@shared/statutes';

const choices = (inFavour: number, against: number, abstain: number): { choice: BallotChoice }[] => [
  ...Array.from({ length: inFavour }, () => ({ choice: 'for' as const })),
  ...Array.from({ length: against }, () => ({ choice: 'against' as const })),
  ...Array.from({ length: abstain }, () => ({ choice: 'abstain' as const })),
];
const everyone = { votingMembers: 104, present: 104, represented: 0 };

describe('R.6, R.7: decisions by majority; abstentions shown, not counted; a tie rejects', () => {
  it.each([
    { inFavour: 11, against: 10, abstain: 0, outcome: 'adopted', reason: 'majority_for' },
    { inFavour: 10, against: 10, abstain: 0, outcome: 'rejected', reason: 'tie' },
    { inFavour: 10, against: 10, abstain: 30, outcome: 'rejected', reason: 'tie' },
    { inFavour: 10, against: 11, abstain: 0, outcome: 'rejected', reason: 'majority_against' },
    { inFavour: 1, against: 0, abstain: 100, outcome: 'adopted', reason: 'majority_for' },
    { inFavour: 0, against: 0, abstain: 5, outcome: 'rejected', reason: 'no_votes' },
    { inFavour: 0, against: 0, abstain: 0, outcome: 'rejected', reason: 'no_votes' },
  ])(
    '$inFavour for, $against against, $abstain abstaining: $outcome ($reason)',
    ({ inFavour, against, abstain, outcome, reason }) => {
      const counts = countChoices(choices(inFavour, against, abstain));
      expect(counts).toEqual({
        for: inFavour,
        against,
        abstain,
        cast: inFavour + against + abstain,
        counted: inFavour + against,
        overriddenByOwnVote: 0,
        replaced: 0,
      });
      const result = tallyMotion('ordinary_decision', 'ordinary', counts, everyone);
      expect(result).toMatchObject({ outcome, reason, rule: 'simple_majority', counts });
      expect(result.quorum.reason).toBe('quorum_not_required');
    },
  );
});

describe('R.7: a statute change needs the quorum first, then the majority', () => {
  it.each([
    {
      present: 60,
      represented: 9,
      inFavour: 69,
      against: 0,
      outcome: 'not_decided',
      reason: 'not_decided_quorum_not_reached',
    },
    {
      present: 60,
      represented: 9,
      inFavour: 0,
      against: 69,
      outcome: 'not_decided',
      reason: 'not_decided_quorum_not_reached',
    },
    { present: 60, represented: 10, inFavour: 36, against: 34, outcome: 'adopted', reason: 'majority_for' },
    { present: 60, represented: 10, inFavour: 35, against: 35, outcome: 'rejected', reason: 'tie' },
    { present: 104, represented: 0, inFavour: 10, against: 90, outcome: 'rejected', reason: 'majority_against' },
  ])(
    '$present present + $represented represented of 104, $inFavour for / $against against: $outcome',
    ({ present, represented, inFavour, against, outcome, reason }) => {
      const result = tallyMotion('statute_change', 'extraordinary', countChoices(choices(inFavour, against, 0)), {
        votingMembers: 104,
        present,
        represented,
      });
      expect(result).toMatchObject({ outcome, reason });
      expect(result.quorum).toMatchObject({ applies: true, required: 70, presentOrRepresented: present + represented });
    },
  );

  it('applies the quorum to rules changes only when the statutes say so', () => {
    const few = { votingMembers: 104, present: 3, represented: 0 };
    const counts = countChoices(choices(3, 0, 0));
    expect(tallyMotion('rules_change', 'extraordinary', counts, few).outcome).toBe('adopted');
    const strict = { ...togetherStatutes, rulesChangeNeedsQuorum: true };
    expect(tallyMotion('rules_change', 'extraordinary', counts, few, strict).reason).toBe(
      'not_decided_quorum_not_reached',
    );
  });
});

describe('S.12, R.7, S.11: what each kind of assembly may decide', () => {
  it.each([
    { kind: 'ordinary_decision', at: 'ordinary', reason: 'majority_for' },
    { kind: 'ordinary_decision', at: 'extraordinary', reason: 'majority_for' },
    { kind: 'statute_change', at: 'ordinary', reason: 'motion_needs_extraordinary_assembly' },
    { kind: 'rules_change', at: 'ordinary', reason: 'motion_needs_extraordinary_assembly' },
    { kind: 'agenda_change', at: 'ordinary', reason: 'motion_needs_extraordinary_assembly' },
    { kind: 'agenda_change', at: 'extraordinary', reason: 'majority_for' },
    { kind: 'admission', at: 'ordinary', reason: 'majority_for' },
    { kind: 'admission', at: 'extraordinary', reason: 'motion_needs_ordinary_assembly' },
    { kind: 'exclusion', at: 'ordinary', reason: 'majority_for' },
    { kind: 'exclusion', at: 'extraordinary', reason: 'majority_for' },
  ] as { kind: MajorityMotionKind; at: AssemblyKind; reason: string }[])(
    '$kind at an $at assembly: $reason',
    ({ kind, at, reason }) => {
      const result = tallyMotion(kind, at, countChoices(choices(2, 1, 0)), everyone);
      expect(result.reason).toBe(reason);
      expect(result.outcome).toBe(reason === 'majority_for' ? 'adopted' : 'not_decided');
    },
  );
});

describe('counting recorded ballots', () => {
  const ballot = (memberNo: number, choice: BallotChoice, castAs: CastAs = 'own', minute = 0) => ({
    memberNo,
    choice,
    castAs,
    castAt: new Date(Date.UTC(2026, 9, 24, 12, minute)),
  });

  it("counts the grantor's own vote instead of its proxy's, and says so", () => {
    const counts = countBallots([
      ballot(1, 'for'),
      ballot(2, 'for', 'proxy'),
      ballot(2, 'against', 'own'),
      ballot(3, 'abstain'),
    ]);
    expect(counts).toEqual({
      for: 1,
      against: 1,
      abstain: 1,
      cast: 3,
      counted: 2,
      overriddenByOwnVote: 1,
      replaced: 0,
    });
    expect(tallyMotion('ordinary_decision', 'ordinary', counts, everyone).reason).toBe('tie');
  });

  it('tallies 100,000 ballots well under a second', () => {
    const options: BallotChoice[] = ['for', 'against', 'abstain', 'for'];
    const ballots = Array.from({ length: 100_000 }, (_, i) =>
      ballot(i + 1, options[i % 4] ?? 'for', i % 10 === 0 ? 'proxy' : 'own'),
    );
    const started = performance.now();
    const result = tallyMotion('ordinary_decision', 'extraordinary', countBallots(ballots), everyone);
    const elapsed = performance.now() - started;
    expect(result.counts).toMatchObject({ for: 50_000, against: 25_000, abstain: 25_000, cast: 100_000 });
    expect(result.outcome).toBe('adopted');
    expect(elapsed).toBeLessThan(250);
  });
});
