import { describe, expect, it } from 'vitest';
import { assembleMinutes, minutesNotice } from '@shared/rules/minutes';
import { minutesContentSchema } from '@shared/schemas/minutes';
import { after, closesAt, hour, opensAt, sources } from './support/minutesSources';

describe('R.6, R.7: the notice the minutes report', () => {
  it.each([
    {
      kind: 'ordinary' as const,
      sent: '2027-02-26T09:00:00.000Z',
      opens: '2027-03-13T09:00:00.000Z',
      ok: true,
      given: 15,
      required: 15,
    },
    {
      kind: 'ordinary' as const,
      sent: '2027-02-26T09:00:00.001Z',
      opens: '2027-03-13T09:00:00.000Z',
      ok: false,
      given: 15,
      required: 15,
    },
    {
      kind: 'extraordinary' as const,
      sent: '2027-01-31T09:00:00.000Z',
      opens: '2027-02-28T09:00:00.000Z',
      ok: true,
      given: 28,
      required: 28,
    },
    {
      kind: 'extraordinary' as const,
      sent: '2027-02-01T09:00:00.000Z',
      opens: '2027-03-13T09:00:00.000Z',
      ok: true,
      given: 40,
      required: 28,
    },
    {
      kind: 'extraordinary' as const,
      sent: '2027-02-20T09:00:00.000Z',
      opens: '2027-03-13T09:00:00.000Z',
      ok: false,
      given: 21,
      required: 28,
    },
  ])(
    '$kind, sent $sent, opening $opens: ok=$ok, $given days given, $required required',
    ({ kind, sent, opens, ok, given, required }) => {
      const notice = minutesNotice({
        kind,
        opensAt: opens,
        dispatches: [{ no: 1, at: sent, by: 'Giusto Maniscalchi', reason: 'convocation' }],
      });
      expect(notice).toMatchObject({ ok, givenDays: given, requiredDays: required, firstDispatchAt: sent });
    },
  );

  it('says when no convocation went', () => {
    expect(minutesNotice({ kind: 'ordinary', opensAt, dispatches: [] })).toEqual({
      ok: false,
      firstDispatchAt: null,
      earliestOpensAt: null,
      givenDays: null,
      requiredDays: null,
      period: { unit: 'hours', amount: 360 },
    });
  });
});

describe('the content of the minutes (RULES.md §5)', () => {
  const content = assembleMinutes(sources);

  it('is valid against its schema and survives JSON', () => {
    expect(minutesContentSchema.parse(JSON.parse(JSON.stringify(content)))).toEqual(content);
  });

  it('names who convened, the sendings and the audit head', () => {
    expect(content).toMatchObject({
      networkName: 'TOGETHER',
      convenedBy: 'Giusto Maniscalchi',
      auditHead: { seq: 42 },
      draftedAt: closesAt,
    });
    expect(content.dispatches.map((dispatch) => dispatch.reason)).toEqual(['convocation', 'agenda_update']);
    expect(content.notice).toMatchObject({
      ok: true,
      firstDispatchAt: '2027-02-01T09:00:00.000Z',
      givenDays: 40,
      requiredDays: 28,
    });
  });

  it('follows the agenda, the motions of an item in the order they were opened, then items dropped on the day', () => {
    expect(content.items.map((item) => [item.number, item.title, item.motions.map((entry) => entry.id)])).toEqual([
      [1, 'Budget 2028', ['m1', 'm2']],
      [2, 'Article 4: the seat', ['m3']],
      [3, 'Election of the Direction', []],
      [null, '', ['m4']],
    ]);
  });

  it('lists named ballots by member number, and a secret ballot only by its totals, receipts and archive', () => {
    const [named, , secret] = [content.items[0]!.motions[0]!, null, content.items[1]!.motions[0]!];
    expect(named.ballots.map((ballot) => [ballot.memberNo, ballot.vote, ballot.castAs])).toEqual([
      [57, 'for', 'own'],
      [66, 'for', 'proxy'],
      [68, 'against', 'own'],
    ]);
    expect(named.result).toMatchObject({ outcome: 'adopted', counts: { for: 2, against: 1 } });
    expect(secret.ballots).toEqual([]);
    expect(secret.receipts?.hashes).toHaveLength(2);
    // Its Belenios archive, named by file and SHA-256, for anyone to check the count.
    expect(secret.archive).toEqual({ file: 'Q9k2d7bXf3sT1a.bel', sha256: 'b'.repeat(64) });
    expect(named.archive).toBeNull();
    expect(secret.result).toMatchObject({
      outcome: 'not_decided',
      reason: 'not_decided_quorum_not_reached',
      quorum: { applies: true, presentOrRepresented: 4, required: 70 },
    });
    expect(content.items[3]!.motions[0]!.result).toBeNull();
  });

  it('numbers the discussion in posting order: replies point to their message, withdrawn words stay, hidden ones do not', () => {
    const budget = content.items[0]!.discussion;
    expect(budget.map((entry) => [entry.number, entry.replyTo, entry.body])).toEqual([
      [1, null, 'Budget first.'],
      [2, null, null],
      [4, 1, 'I answer.'],
    ]);
    expect(budget.map((entry) => entry.byEmail ?? false)).toEqual([false, false, true]);
    expect(budget[1]!.hidden).toMatchObject({
      by: 'Giusto Maniscalchi',
      reason: 'Vote announced before the ballot opens',
    });
    expect(
      content.generalDiscussion.map((entry) => [entry.number, entry.body, entry.withdrawnAt !== null, entry.edited]),
    ).toEqual([
      [3, 'On reprend demain ?', true, true],
      [5, 'Merci à toutes et à tous.', false, false],
    ]);
    expect(content.items[3]!.discussion.map((entry) => entry.number)).toEqual([6]);
  });

  it('gives an election both its rounds, in order, with the person standing for each candidate and who was elected', () => {
    const [election] = content.items[2]!.elections;
    expect(election!.candidates.map((candidate) => [candidate.memberNo, candidate.person])).toEqual([
      [34, 'Ekaterina Smoroda'],
      [57, ''],
      [68, 'Aicha Bennani'],
    ]);
    expect(
      election!.rounds.map((entry) => [
        entry.round,
        entry.result.outcome,
        entry.result.finalists,
        entry.result.elected,
      ]),
    ).toEqual([
      [1, 'second_round', [34, 68], null],
      [2, 'elected', [], 68],
    ]);
    expect(election!.rounds[0]!.result.counts).toMatchObject({ blank: 7, expressed: 52, cast: 59 });
    expect(election!.rounds[0]!.receipts.hashes).toHaveLength(59);
    expect(election!.rounds.map((round) => round.archive?.file ?? null)).toEqual(['R1bXf3sT1aQ9k2.bel', null]);
    expect(election!.elected?.memberNo).toBe(68);
  });

  it('lists the hidden messages with who hid them, when and why', () => {
    expect(content.hiddenMessages).toEqual([
      {
        number: 2,
        item: 'Budget 2028',
        author: 'Samuel Thirion',
        postedAt: after(2 * hour),
        by: 'Giusto Maniscalchi',
        at: after(2 * hour + 60_000),
        reason: 'Vote announced before the ballot opens',
      },
    ]);
  });
});
