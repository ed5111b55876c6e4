import { describe, expect, it } from 'vitest';
import { ballotRight } from '@shared/rules/ballots';
import { extraordinaryCycle, ordinaryAssemblySlots } from '@shared/rules/calendar';
import { termVerdict, validateCandidacy } from '@shared/rules/candidacies';
import { minimumDues } from '@shared/rules/dues';
import { tallyElectionRound } from '@shared/rules/elections';
import { exclusionTiming, memberTransition, unmetObligationsGround, votingRight } from '@shared/rules/members';
import { messages, placeholdersOf, renderElectionReason, renderReason, type ReasonCode } from '@shared/rules/messages';
import { motionAllowed } from '@shared/rules/motions';
import { noticeVerdict } from '@shared/rules/notice';
import { proxyRevocation, validateProxyGrant, type ProxyMember } from '@shared/rules/proxies';
import { quorumVerdict } from '@shared/rules/quorum';
import { countChoices, tallyMotion } from '@shared/rules/tally';
import { assemblyWindow, windowVerdict } from '@shared/rules/window';
import type { BallotChoice } from '@shared/schemas/ballot';
import { togetherStatutes } from '@shared/statutes';
import { grant } from './support/grants';
import { DAY, at, plus } from './support/time';

const europe = (memberNo: number, college: ProxyMember['college'] = 'effective'): ProxyMember => ({
  memberNo,
  college,
  status: 'active',
  continent: 'Europe',
});
const members = new Map<number, ProxyMember>([
  [1, europe(1)],
  [2, europe(2)],
  [3, europe(3, 'associate')],
  [4, { ...europe(4), continent: 'Africa' }],
]);
const window = assemblyWindow(at('2026-10-24T12:00'));
const counts = (f: number, a: number, abs: number) =>
  countChoices(
    [
      ...Array<BallotChoice>(f).fill('for'),
      ...Array<BallotChoice>(a).fill('against'),
      ...Array<BallotChoice>(abs).fill('abstain'),
    ].map((choice) => ({ choice })),
  );
const all = { votingMembers: 10, present: 10, represented: 0 };
const ega = { kind: 'extraordinary' as const, opensAt: at('2026-11-14T10:00') };
const early = at('2026-11-01T00:00');

/** One real verdict for every reason code, each produced by the rule that gives it. */
const samples: { reason: ReasonCode }[] = [
  votingRight({ memberNo: 1, college: 'effective', status: 'active' }),
  votingRight({ memberNo: 1, college: 'associate', status: 'active' }),
  votingRight({ memberNo: 1, college: 'effective', status: 'pending_validation' }),
  votingRight({ memberNo: 1, college: 'effective', status: 'requested' }),
  votingRight({ memberNo: 1, college: 'effective', status: 'excluded' }),
  memberTransition({ memberNo: 1, status: 'requested' }, 'direction_approves'),
  memberTransition({ memberNo: 1, status: 'active' }, 'assembly_validates'),
  exclusionTiming(at('2026-01-31T10:00'), { kind: 'ordinary', opensAt: at('2026-03-31T10:00') }),
  exclusionTiming(at('2026-01-31T10:00'), { kind: 'ordinary', opensAt: at('2026-02-10T10:00') }),
  unmetObligationsGround(at('2022-01-01T00:00'), early),
  unmetObligationsGround(at('2025-01-01T00:00'), early),
  noticeVerdict('ordinary', plus(early, 15 * DAY), early),
  noticeVerdict('ordinary', plus(early, 14 * DAY), early),
  noticeVerdict('ordinary', plus(early, 14 * DAY), null),
  windowVerdict(window, plus(window.opensAt, -1)),
  windowVerdict(window, window.opensAt),
  windowVerdict(window, window.closesAt),
  ...ordinaryAssemblySlots(
    [
      { id: 'h', kind: 'ordinary', opensAt: at('2026-03-10T10:00'), state: 'held' },
      { id: 'c', kind: 'ordinary', opensAt: at('2026-12-10T10:00'), state: 'convened' },
    ],
    at('2026-04-10T00:00'),
  ),
  ...ordinaryAssemblySlots([], at('2026-03-20T00:00')),
  ...ordinaryAssemblySlots([], at('2026-04-02T00:00')),
  extraordinaryCycle(
    [{ id: 'n', kind: 'extraordinary', opensAt: at('2016-06-01T10:00'), state: 'convened' }],
    at('2016-01-01T00:00'),
  ),
  extraordinaryCycle([], at('2014-01-01T00:00')),
  extraordinaryCycle([], at('2016-01-01T00:00')),
  extraordinaryCycle([], at('2017-01-01T00:00')),
  extraordinaryCycle([], at('2018-01-01T00:00')),
  validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 1, holderMemberNo: 2 }, members, []),
  validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 1, holderMemberNo: 1 }, members, []),
  validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 9, holderMemberNo: 1 }, members, []),
  validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 3, holderMemberNo: 1 }, members, []),
  validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 1, holderMemberNo: 3 }, members, []),
  validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 1, holderMemberNo: 2 }, members, [grant(1, 2)]),
  validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 1, holderMemberNo: 2 }, members, [grant(4, 1)]),
  validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 4, holderMemberNo: 2 }, members, [grant(2, 1)]),
  validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 4, holderMemberNo: 2 }, members, []),
  validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 1, holderMemberNo: 2 }, members, [], {
    ...togetherStatutes,
    proxies: { sameContinentPerHolder: 0, crossContinentPerHolder: 0 },
  }),
  proxyRevocation(grant(1, 2), []),
  proxyRevocation(grant(1, 2), [{ memberNo: 1, castAs: 'proxy' }]),
  proxyRevocation(grant(1, 2, early), []),
  ballotRight(1, [1], members, []),
  ballotRight(1, [2], members, [grant(1, 2)]),
  ballotRight(3, [3], members, []),
  ballotRight(1, [2], members, []),
  quorumVerdict('ordinary_decision', all),
  quorumVerdict('statute_change', all),
  quorumVerdict('statute_change', { ...all, present: 1 }),
  motionAllowed('exclusion', 'ordinary'),
  motionAllowed('statute_change', 'ordinary'),
  motionAllowed('admission', 'extraordinary'),
  motionAllowed('election', 'ordinary', { ...togetherStatutes, motionsAllowed: { ordinary: [], extraordinary: [] } }),
  tallyMotion('ordinary_decision', 'ordinary', counts(2, 1, 1), all),
  tallyMotion('ordinary_decision', 'ordinary', counts(1, 2, 1), all),
  tallyMotion('ordinary_decision', 'ordinary', counts(1, 1, 1), all),
  tallyMotion('ordinary_decision', 'ordinary', counts(0, 0, 1), all),
  tallyMotion('statute_change', 'extraordinary', counts(1, 0, 0), { ...all, present: 1 }),
  tallyElectionRound(1, [1, 2], [{ candidateMemberNo: 1 }]),
  tallyElectionRound(
    1,
    [1, 2, 3],
    [
      { candidateMemberNo: 1 },
      { candidateMemberNo: 2 },
      { candidateMemberNo: 3 },
      { candidateMemberNo: 1 },
      { candidateMemberNo: 2 },
      { candidateMemberNo: 3 },
    ],
  ),
  tallyElectionRound(
    1,
    [1, 2, 3],
    [
      { candidateMemberNo: 1 },
      { candidateMemberNo: 1 },
      { candidateMemberNo: 2 },
      { candidateMemberNo: 2 },
      { candidateMemberNo: 3 },
    ],
  ),
  tallyElectionRound(2, [1, 2], [{ candidateMemberNo: 1 }]),
  tallyElectionRound(2, [1, 2], [{ candidateMemberNo: 1 }, { candidateMemberNo: 2 }]),
  tallyElectionRound(1, [1], [{ candidateMemberNo: null }]),
  tallyElectionRound(1, [], []),
  validateCandidacy(
    { body: 'table', office: 'president' },
    { memberNo: 1, college: 'de_jure', status: 'active' },
    ega,
    [],
    early,
  ),
  validateCandidacy(
    { body: 'table', office: 'president' },
    { memberNo: 1, college: 'de_jure', status: 'active' },
    { ...ega, kind: 'ordinary' },
    [],
    early,
  ),
  validateCandidacy(
    { body: 'table', office: 'president' },
    { memberNo: 1, college: 'de_jure', status: 'active' },
    ega,
    [],
    early,
    {
      ...togetherStatutes,
      bodies: { ...togetherStatutes.bodies, table: { eligibleColleges: ['de_jure'], offices: [] } },
    },
  ),
  validateCandidacy(
    { body: 'direction', office: 'president' },
    { memberNo: 1, college: 'de_jure', status: 'active' },
    ega,
    [],
    early,
  ),
  validateCandidacy(
    { body: 'table', office: 'president' },
    { memberNo: 1, college: 'de_jure', status: 'pending_validation' },
    ega,
    [],
    early,
  ),
  validateCandidacy(
    { body: 'table', office: 'president' },
    { memberNo: 1, college: 'de_jure', status: 'active' },
    ega,
    [],
    ega.opensAt,
  ),
  validateCandidacy(
    { body: 'table', office: 'president' },
    { memberNo: 1, college: 'de_jure', status: 'active' },
    ega,
    [{ body: 'table', office: 'president', memberNo: 1, withdrawnAt: null }],
    early,
  ),
  termVerdict(3),
  termVerdict(5),
  minimumDues({ country: 'Luxembourg', population: 50_000 }),
  minimumDues({ country: 'Atlantis', population: 50_000 }),
  minimumDues({ country: 'Luxembourg', population: -1 }),
];

describe('messages.ts: every reason code has a sentence in English and in French', () => {
  const codes = Object.keys(messages.en).sort();

  it('has the same codes in both languages, each a real, translated sentence', () => {
    expect(Object.keys(messages.fr).sort()).toEqual(codes);
    for (const code of codes as ReasonCode[]) {
      expect(messages.en[code].length, code).toBeGreaterThan(10);
      expect(messages.fr[code], code).not.toBe(messages.en[code]);
    }
  });

  it.each(['pt', 'ru'] as const)('has every code in %s, each translated, with the same placeholders', (language) => {
    expect(Object.keys(messages[language]).sort()).toEqual(codes);
    for (const code of codes as ReasonCode[]) {
      expect(messages[language][code], code).not.toBe(messages.en[code]);
      expect(placeholdersOf(messages[language][code]).sort(), code).toEqual(placeholdersOf(messages.en[code]).sort());
    }
  });

  it.each(codes as ReasonCode[])('%s has the same placeholders in both languages', (code) => {
    expect(placeholdersOf(messages.fr[code]).sort()).toEqual(placeholdersOf(messages.en[code]).sort());
  });

  it('is reached by the rules: the samples give every code, and no code is left without a rule', () => {
    expect([...new Set(samples.map((s) => s.reason))].sort()).toEqual(codes);
  });

  it.each(samples.map((sample) => [sample.reason, sample] as const))(
    '%s fills every placeholder from its verdict',
    (_code, sample) => {
      const format = (value: unknown): string => {
        expect(value, `${sample.reason} lacks a field`).not.toBeUndefined();
        return value instanceof Date ? value.toISOString() : String(value);
      };
      for (const language of ['en', 'fr', 'pt', 'ru'] as const)
        expect(renderReason(language, sample, format)).not.toMatch(/\{\{|undefined/);
    },
  );

  it('renders the figures into the sentence', () => {
    const result = tallyMotion('statute_change', 'extraordinary', counts(60, 0, 0), {
      votingMembers: 104,
      present: 60,
      represented: 9,
    });
    expect(renderReason('en', result)).toBe(
      'Not decided (quorum not reached): 69 of 104 voting members present or represented, 70 required. The votes cast do not count.',
    );
    expect(renderReason('fr', minimumDues({ country: 'Luxembourg', population: 50_000 }))).toBe(
      'Cotisation annuelle minimale : 376 EUR (50000 habitants / 1000 x 7.528, le facteur correctif du pays : Luxembourg).',
    );
  });

  it('names an election’s members by number and organisation, a member it does not know by number', () => {
    const organisations = new Map([[68, 'Plateforme Multi-Acteurs — Agadir']]);
    const elected = tallyElectionRound(1, [68, 11], [{ candidateMemberNo: 68 }, { candidateMemberNo: 68 }]);
    expect(renderElectionReason('en', elected, (memberNo) => organisations.get(memberNo))).toMatch(
      /^Member 68 \(Plateforme Multi-Acteurs — Agadir\) is elected in round 1/,
    );
    const second = tallyElectionRound(
      1,
      [68, 11, 40],
      [
        { candidateMemberNo: 68 },
        { candidateMemberNo: 11 },
        { candidateMemberNo: 40 },
        { candidateMemberNo: 68 },
        { candidateMemberNo: 11 },
      ],
    );
    expect(renderElectionReason('fr', second, (memberNo) => organisations.get(memberNo))).toContain(
      'les membres 11, 68 (Plateforme Multi-Acteurs — Agadir) vont au second tour',
    );
  });
});
