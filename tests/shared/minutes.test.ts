import { describe, expect, it } from 'vitest';
import { assembleMinutes, minutesNotice } from '@shared/rules/minutes';
import { minutesAttendance } from '@shared/rules/minutesAttendance';
import type { MinutesSources } from '@shared/rules/minutesSources';
import {
  canonicalJson,
  currentApprovals,
  currentMinutesVersion,
  minutesDigestInput,
  minutesStatuses,
  publishVerdict,
  signingOffice,
} from '@shared/rules/minutesApproval';
import { minutesContentSchema } from '@shared/schemas/minutes';
import type { MinutesApproval } from '@shared/schemas/minutesApproval';
import type { Assembly } from '@shared/schemas/assembly';
import type { Member } from '@shared/schemas/member';
import type { RoomMessage } from '@shared/schemas/room';
import type { Motion, MotionTally } from '@shared/schemas/voting';
import type { Office } from '@shared/schemas/body';
import { countChoices, tallyMotion } from '@shared/rules/tally';
import { tallyElectionRound } from '@shared/rules/elections';
import type { ElectionRoundTally, StoredCandidacy } from '@shared/schemas/election';
import { en, fr } from '@shared/i18n';
import { placeholdersOf } from '@shared/rules/messages';
import { loadFoundingRegister } from './support/foundingRegister';

const members: Member[] = loadFoundingRegister().map((row) => row.member);
const hour = 3_600_000;
const day = 24 * hour;
const opensAt = '2027-03-13T09:00:00.000Z';
const closesAt = '2027-03-14T09:00:00.000Z';
const after = (ms: number) => new Date(Date.parse(opensAt) + ms).toISOString();

const assembly: Assembly = {
  id: 'a1',
  kind: 'extraordinary',
  title: 'Assemblée de printemps',
  opensAt,
  closesAt,
  referenceTimeZone: 'Europe/Brussels',
  hybrid: false,
  status: 'convened',
  createdAt: '2027-01-10T09:00:00.000Z',
  createdBy: 'Helder Guerreiro',
  agenda: [
    {
      id: 'iBudget',
      kind: 'ordinary_decision',
      title: 'Budget 2028',
      description: 'The budget.',
      subjectMemberNo: null,
      documentIds: [],
      addedAt: '2027-01-10T09:00:00.000Z',
    },
    {
      id: 'iSeat',
      kind: 'statute_change',
      title: 'Article 4: the seat',
      description: '',
      subjectMemberNo: null,
      documentIds: [],
      addedAt: '2027-01-10T09:00:00.000Z',
    },
    {
      id: 'iElect',
      kind: 'election',
      title: 'Election of the Direction',
      description: '',
      subjectMemberNo: null,
      documentIds: [],
      addedAt: '2027-01-10T09:00:00.000Z',
    },
  ],
  dispatches: [
    { no: 1, at: '2027-02-01T09:00:00.000Z', by: 'Giusto Maniscalchi', reason: 'convocation' },
    { no: 2, at: '2027-02-05T09:00:00.000Z', by: 'Fayçal Kaabi', reason: 'agenda_update' },
  ],
  unsentChanges: false,
  cancelled: null,
};

const message = (id: string, thread: string, body: string, extra: Partial<RoomMessage> = {}): RoomMessage => ({
  id,
  assemblyId: 'a1',
  thread,
  replyTo: null,
  author: { personId: 'samuel', name: 'Samuel Thirion', speaksFor: [{ memberNo: 57, organisation: 'CRP Brava' }] },
  body,
  postedAt: after(Number(id.split('-')[0]) - Date.parse(opensAt)),
  versions: [],
  withdrawnAt: null,
  hidden: null,
  pinned: false,
  clientId: `c${id}`,
  version: 1,
  ...extra,
});
const t0 = Date.parse(opensAt);

const motion = (
  id: string,
  itemId: string,
  secret: boolean,
  openedAfter: number,
  kind: Motion['kind'] = 'ordinary_decision',
): Motion => ({
  id,
  assemblyId: 'a1',
  itemId,
  kind,
  title: `Motion ${id}`,
  text: `The text of ${id}.`,
  secret,
  subjectMemberNo: null,
  openedAt: after(openedAfter),
  openedBy: 'Giusto Maniscalchi',
});
const tally = (motionId: string, kind: Motion['kind'], choices: Array<'for' | 'against' | 'abstain'>): MotionTally => ({
  motionId,
  talliedAt: closesAt,
  result: tallyMotion(kind, 'extraordinary', countChoices(choices.map((choice) => ({ choice }))), {
    votingMembers: 104,
    present: 3,
    represented: 1,
  }),
  receipts: choices.map((_, index) => String(index).padStart(64, 'a')),
  chainHead: 'f'.repeat(64),
});

const candidacy = (
  id: string,
  memberNo: number,
  person: string,
  filedAt: string,
  withdrawnAt: string | null = null,
): StoredCandidacy => ({
  id,
  assemblyId: 'a1',
  body: 'direction',
  office: 'president',
  memberNo,
  person,
  filedAt,
  filedBy: person,
  withdrawnAt,
});
const ballots = (votes: Array<[number | null, number]>) =>
  votes.flatMap(([candidateMemberNo, count]) => Array.from({ length: count }, () => ({ candidateMemberNo })));
const round = (n: 1 | 2, candidates: number[], votes: Array<[number | null, number]>): ElectionRoundTally => ({
  electionId: 'e1',
  round: n,
  talliedAt: after(n * 4 * hour),
  result: tallyElectionRound(n, candidates, ballots(votes)),
  receipts: ballots(votes).map((_, index) => `${n}${String(index).padStart(63, '0')}`),
  chainHead: String(n).repeat(64),
});

const sources: MinutesSources = {
  assembly,
  members,
  people: [
    { id: 'samuel', name: 'Samuel Thirion' },
    { id: 'lhoussaine', name: 'Lhoussaine Aitbrahim' },
    { id: 'giusto', name: 'Giusto Maniscalchi' },
  ],
  attendance: [
    { memberNo: 68, personId: 'lhoussaine', at: after(2 * hour) },
    { memberNo: 57, personId: 'samuel', at: after(hour) },
    { memberNo: 3, personId: 'giusto', at: after(3 * hour) },
  ],
  proxies: [
    {
      id: 'x1',
      grantorMemberNo: 66,
      holderMemberNo: 57,
      grantedAt: '2027-03-12T08:00:00.000Z',
      grantedBy: 'Radhouen Bouden',
      revokedAt: '2027-03-12T08:30:00.000Z',
    },
    {
      id: 'x2',
      grantorMemberNo: 66,
      holderMemberNo: 68,
      grantedAt: '2027-03-12T09:00:00.000Z',
      grantedBy: 'Radhouen Bouden',
      revokedAt: null,
    },
    // The grantor came itself: present, not represented.
    {
      id: 'x3',
      grantorMemberNo: 3,
      holderMemberNo: 68,
      grantedAt: '2027-03-12T10:00:00.000Z',
      grantedBy: 'Giusto Maniscalchi',
      revokedAt: null,
    },
    // The holder never came: the grantor is absent.
    {
      id: 'x4',
      grantorMemberNo: 34,
      holderMemberNo: 1,
      grantedAt: '2027-03-12T11:00:00.000Z',
      grantedBy: 'Ekaterina Smoroda',
      revokedAt: null,
    },
  ],
  motions: [
    // Opened second on the first item: it comes second.
    {
      motion: motion('m2', 'iBudget', false, 5 * hour),
      tally: tally('m2', 'ordinary_decision', ['against']),
      ballots: [{ memberNo: 68, choice: 'against', castAs: 'own', castAt: after(6 * hour) }],
    },
    {
      motion: motion('m1', 'iBudget', false, 4 * hour),
      tally: tally('m1', 'ordinary_decision', ['for', 'against', 'for']),
      ballots: [
        { memberNo: 68, choice: 'against', castAs: 'own', castAt: after(5 * hour) },
        { memberNo: 57, choice: 'for', castAs: 'own', castAt: after(5 * hour) },
        { memberNo: 66, choice: 'for', castAs: 'proxy', castAt: after(5 * hour) },
      ],
    },
    // A secret ballot never lists members, even if a caller passed its voters.
    {
      motion: motion('m3', 'iSeat', true, 4 * hour, 'statute_change'),
      tally: tally('m3', 'statute_change', ['for', 'for']),
      ballots: [{ memberNo: 57, choice: 'for', castAs: 'own', castAt: after(5 * hour) }],
    },
    // A motion on an item dropped on the day.
    { motion: motion('m4', 'iGone', false, 2 * hour), tally: null, ballots: [] },
  ],
  elections: [
    {
      election: {
        id: 'e1',
        assemblyId: 'a1',
        itemId: 'iElect',
        body: 'direction',
        office: 'president',
        candidates: [34, 57, 68],
        openedAt: after(hour),
        openedBy: 'Giusto Maniscalchi',
      },
      // Round two listed first: the minutes put the rounds in order.
      rounds: [
        round(
          2,
          [34, 68],
          [
            [34, 24],
            [68, 28],
          ],
        ),
        round(
          1,
          [34, 57, 68],
          [
            [34, 24],
            [68, 19],
            [57, 9],
            [null, 7],
          ],
        ),
      ],
    },
  ],
  candidacies: [
    candidacy('c1', 68, 'Lhoussaine Aitbrahim', '2027-03-01T09:00:00.000Z', '2027-03-02T09:00:00.000Z'),
    candidacy('c2', 68, 'Aicha Bennani', '2027-03-03T09:00:00.000Z'),
    candidacy('c3', 34, 'Ekaterina Smoroda', '2027-03-01T09:00:00.000Z'),
    candidacy('c4', 57, '', '2027-03-01T09:00:00.000Z'),
  ],
  messages: [
    message(`${t0 + 3 * hour}-0`, 'iBudget', 'I answer.', {
      replyTo: `${t0 + hour}-0`,
      author: {
        personId: 'lhoussaine',
        name: 'Lhoussaine Aitbrahim',
        speaksFor: [{ memberNo: 68, organisation: 'PMA Agadir' }],
      },
    }),
    message(`${t0 + hour}-0`, 'iBudget', 'Budget first.'),
    message(`${t0 + 2 * hour}-0`, 'iBudget', 'Durbuy vote pour.', {
      hidden: {
        by: 'Giusto Maniscalchi',
        reason: 'Vote announced before the ballot opens',
        at: after(2 * hour + 60_000),
      },
    }),
    message(`${t0 + 2 * hour}-1`, 'general', 'On reprend demain ?', {
      withdrawnAt: after(2 * hour + 5 * 60_000),
      versions: [{ body: 'On reprend ?', replacedAt: after(2 * hour + 60_000) }],
    }),
    message(`${t0 + 4 * hour}-0`, 'general', 'Merci à toutes et à tous.', {
      author: {
        personId: 'carine',
        name: 'Carine Jansen',
        speaksFor: [{ memberNo: 105, organisation: 'Carine Jansen (DiCS Director)' }],
      },
    }),
    message(`${t0 + 5 * hour}-0`, 'iGone', 'About the dropped item.'),
  ],
  auditHead: { seq: 42, hash: 'c'.repeat(64) },
  draftedAt: closesAt,
};

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

describe('the register of attendance in the minutes (RULES.md §4 Readings)', () => {
  const attendance = minutesAttendance(sources);

  it('lists the members present in member order, with when they joined and who represented them', () => {
    expect(
      attendance.presentMembers.map(({ memberNo, joinedAt, representedBy }) => [memberNo, joinedAt, representedBy]),
    ).toEqual([
      [3, after(3 * hour), 'Giusto Maniscalchi'],
      [57, after(hour), 'Samuel Thirion'],
      [68, after(2 * hour), 'Lhoussaine Aitbrahim'],
    ]);
  });

  it('counts a member represented only when its proxy in force is held by a present member and it did not come itself', () => {
    expect(attendance.representedMembers.map((entry) => [entry.memberNo, entry.holder.memberNo])).toEqual([[66, 68]]);
    expect(attendance).toMatchObject({ votingMembers: 104, present: 3, represented: 1, absent: 100 });
  });

  it('keeps every proxy given, the revoked one marked, oldest first', () => {
    expect(
      attendance.proxies.map((proxy) => [
        proxy.id,
        proxy.grantor.memberNo,
        proxy.holder.memberNo,
        proxy.revokedAt !== null,
      ]),
    ).toEqual([
      ['x1', 66, 57, true],
      ['x2', 66, 68, false],
      ['x3', 3, 68, false],
      ['x4', 34, 1, false],
    ]);
  });

  it('names the associates who took part, without a vote', () => {
    expect(attendance.associates).toEqual([
      {
        memberNo: 105,
        organisation: 'Carine Jansen (DiCS Director)',
        territory: '',
        country: 'Belgium',
        person: 'Carine Jansen',
        tookPart: 'posted',
        at: after(4 * hour),
      },
    ]);
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

  it('lists named ballots by member number, and a secret ballot only by its totals and receipts', () => {
    const [named, , secret] = [content.items[0]!.motions[0]!, null, content.items[1]!.motions[0]!];
    expect(named.ballots.map((ballot) => [ballot.memberNo, ballot.vote, ballot.castAs])).toEqual([
      [57, 'for', 'own'],
      [66, 'for', 'proxy'],
      [68, 'against', 'own'],
    ]);
    expect(named.result).toMatchObject({ outcome: 'adopted', counts: { for: 2, against: 1 } });
    expect(secret.ballots).toEqual([]);
    expect(secret.receipts?.hashes).toHaveLength(2);
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

describe('what a signature approves', () => {
  it('is the same text whatever the order of the keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe(canonicalJson({ a: [{ c: null, d: 2 }], b: 1 }));
    expect(canonicalJson({ b: 1, a: 'x' })).toBe('{"a":"x","b":1}');
  });

  it('changes with the statement', () => {
    const content = assembleMinutes(sources);
    expect(minutesDigestInput(content, 'Approved.')).not.toBe(minutesDigestInput(content, 'Approved!'));
    expect(minutesDigestInput(JSON.parse(JSON.stringify(content)), 'Approved.')).toBe(
      minutesDigestInput(content, 'Approved.'),
    );
  });
});

describe('R.5: who signs and when the minutes can be published', () => {
  it.each([
    { role: 'president' as const, offices: ['president'] as Office[], office: 'president' },
    { role: 'president' as const, offices: ['vice_president'] as Office[], office: 'vice_president' },
    { role: 'president' as const, offices: ['vice_president', 'president'] as Office[], office: 'president' },
    { role: 'president' as const, offices: ['secretary'] as Office[], office: null },
    { role: 'secretary' as const, offices: ['secretary'] as Office[], office: 'secretary' },
    { role: 'secretary' as const, offices: ['president'] as Office[], office: null },
    { role: 'secretary' as const, offices: [] as Office[], office: null },
  ])('$role with seats $offices signs as $office', ({ role, offices, office }) => {
    expect(signingOffice(role, offices)).toBe(office);
  });

  const digest = 'd'.repeat(64);
  const approval = (role: MinutesApproval['role'], approved = digest): MinutesApproval => ({
    role,
    office: role,
    memberNo: role === 'president' ? 3 : 98,
    personId: role,
    name: role,
    at: closesAt,
    digest: approved,
  });
  it.each([
    { why: 'nobody signed', approvals: [], publishedAt: null, reason: 'minutes_not_signed' },
    {
      why: 'only the secretary signed',
      approvals: [approval('secretary')],
      publishedAt: null,
      reason: 'minutes_president_missing',
    },
    {
      why: 'only the president signed',
      approvals: [approval('president')],
      publishedAt: null,
      reason: 'minutes_secretary_missing',
    },
    {
      why: 'the president signed an earlier text',
      approvals: [approval('president', 'e'.repeat(64)), approval('secretary')],
      publishedAt: null,
      reason: 'minutes_president_missing',
    },
    {
      why: 'both signed this text',
      approvals: [approval('president'), approval('secretary')],
      publishedAt: null,
      reason: 'minutes_publishable',
    },
    {
      why: 'it is published already',
      approvals: [approval('president'), approval('secretary')],
      publishedAt: closesAt,
      reason: 'minutes_published_already',
    },
  ])('$why: $reason', ({ approvals, publishedAt, reason }) => {
    expect(publishVerdict({ digest, approvals, publishedAt })).toEqual({
      ok: reason === 'minutes_publishable',
      reason,
    });
  });

  it('keeps only the signatures of the present text', () => {
    const stale = approval('president', 'e'.repeat(64));
    expect(currentApprovals({ digest, approvals: [stale, approval('secretary')] }).map((entry) => entry.role)).toEqual([
      'secretary',
    ]);
  });
});

describe('which version is the minutes', () => {
  it.each([
    { versions: [], current: null, statuses: [] },
    { versions: [{ version: 1, publishedAt: null }], current: null, statuses: ['draft'] },
    { versions: [{ version: 1, publishedAt: closesAt }], current: 1, statuses: ['published'] },
    {
      versions: [
        { version: 1, publishedAt: closesAt },
        { version: 2, publishedAt: null },
      ],
      current: 1,
      statuses: ['published', 'draft'],
    },
    {
      versions: [
        { version: 1, publishedAt: closesAt },
        { version: 2, publishedAt: new Date(Date.parse(closesAt) + day).toISOString() },
      ],
      current: 2,
      statuses: ['superseded', 'published'],
    },
  ])('$statuses: the minutes are version $current', ({ versions, current, statuses }) => {
    expect(currentMinutesVersion(versions)).toBe(current);
    expect([...minutesStatuses(versions).values()]).toEqual(statuses);
  });
});

describe('the words of the minutes, in French and in English', () => {
  const sentences = (value: unknown, path = 'minutes'): Array<[string, string]> =>
    typeof value === 'string'
      ? [[path, value]]
      : Object.entries(value as Record<string, unknown>).flatMap(([key, entry]) => sentences(entry, `${path}.${key}`));
  const english = new Map(sentences(en.minutes));
  const french = new Map(sentences(fr.minutes));

  it('has the same sentences in both languages', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  // The PDF and the e-mail fill these placeholders themselves: a missing one would print a blank.
  it.each([...english.keys()])('%s has the same placeholders in both languages', (key) => {
    expect(placeholdersOf(french.get(key) ?? '').sort()).toEqual(placeholdersOf(english.get(key) ?? '').sort());
  });
});
