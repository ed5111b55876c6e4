import { describe, expect, it } from 'vitest';
import { admissionRequestInputSchema } from '@shared/schemas/admission';
import {
  agendaItemInputSchema,
  assemblyDraftSchema,
  assemblyScheduleSchema,
  assemblyWindowSchema,
} from '@shared/schemas/assembly';
import { designationSchema } from '@shared/schemas/designation';
import { castElectionBallotsInputSchema, fileCandidacyInputSchema } from '@shared/schemas/election';
import { proposeExclusionInputSchema } from '@shared/schemas/exclusion';
import { grantProxyInputSchema, proxyGrantSchema } from '@shared/schemas/proxy';
import { memberUpdateSchema } from '@shared/schemas/registerEdits';
import { instantSchema } from '@shared/schemas/time';
import { castBallotsInputSchema, openMotionInputSchema } from '@shared/schemas/voting';
import type { z } from 'zod';

/** The first message of a refused input, or null when it is accepted. */
function firstMessage(schema: z.ZodType, input: unknown): string | null {
  const result = schema.safeParse(input);
  return result.success ? null : (result.error.issues[0]?.message ?? 'no message');
}

describe('instants travel as ISO 8601 texts with an offset and become Dates', () => {
  it.each([
    { input: '2026-10-24T12:00:00+02:00', iso: '2026-10-24T10:00:00.000Z' },
    { input: '2026-10-24T10:00:00Z', iso: '2026-10-24T10:00:00.000Z' },
    { input: '2026-10-24T10:00:00.123Z', iso: '2026-10-24T10:00:00.123Z' },
    { input: new Date('2026-10-24T10:00:00Z'), iso: '2026-10-24T10:00:00.000Z' },
  ])('$input -> $iso', ({ input, iso }) => {
    expect(instantSchema.parse(input).toISOString()).toBe(iso);
  });

  it.each(['2026-10-24T12:00:00', '24/10/2026 12:00', '', 1_777_000_000_000, new Date('nonsense')])(
    'refuses %s with a sentence',
    (input) => {
      expect(firstMessage(instantSchema, input)).toMatch(/date and time/);
    },
  );

  it('parses a window and refuses one that closes before it opens', () => {
    expect(
      assemblyWindowSchema.parse({ opensAt: '2026-10-24T12:00:00+02:00', closesAt: '2026-10-25T11:00:00+01:00' })
        .closesAt,
    ).toBeInstanceOf(Date);
    expect(
      firstMessage(assemblyWindowSchema, { opensAt: '2026-10-24T12:00:00Z', closesAt: '2026-10-24T12:00:00Z' }),
    ).toBe('The assembly must close after it opens');
  });
});

describe('user inputs are refused with human-readable messages', () => {
  /** A motion the Table would open: each case changes what it tests. */
  const motion = {
    itemId: 'iAbCd1',
    kind: 'ordinary_decision',
    title: 'Accounts of 2026',
    text: 'Approve them',
    secret: false,
  };

  it.each([
    {
      name: 'a vote with no choice',
      schema: castBallotsInputSchema,
      input: { ballots: [{ memberNo: 3, choice: 'yes' }] },
      message: 'Choose for, against or abstain',
    },
    {
      name: 'a vote for nobody',
      schema: castBallotsInputSchema,
      input: { ballots: [] },
      message: 'Give at least one vote',
    },
    {
      name: 'two votes for one member in one action',
      schema: castBallotsInputSchema,
      input: {
        ballots: [
          { memberNo: 41, choice: 'for' },
          { memberNo: 41, choice: 'against' },
        ],
      },
      message: 'One vote per member in one action',
    },
    {
      name: 'a proxy to oneself',
      schema: grantProxyInputSchema,
      input: { assemblyId: 'a', grantorMemberNo: 4, holderMemberNo: 4 },
      message: 'A member cannot give its proxy to itself',
    },
    {
      name: 'an ordinary assembly said hybrid',
      schema: assemblyDraftSchema,
      input: { kind: 'ordinary', opensAt: '2026-10-24T12:00:00+02:00', title: 'AGO', hybrid: true },
      message: 'Only an extraordinary assembly can also meet in person (hybrid)',
    },
    {
      name: 'an opening without its offset',
      schema: assemblyDraftSchema,
      input: { kind: 'ordinary', opensAt: '2026-10-24T12:00:00', title: 'AGO' },
      message: 'Give the opening as a date and time',
    },
    {
      name: 'an assembly of an unknown kind',
      schema: assemblyDraftSchema,
      input: { kind: 'annual', opensAt: '2026-10-24T12:00:00+02:00', title: 'AGO' },
      message: 'The assembly is either ordinary or extraordinary',
    },
    {
      name: 'an agenda item without a title',
      schema: agendaItemInputSchema,
      input: { kind: 'information', title: ' ' },
      message: 'The title of an item needs at least 3 characters',
    },
    {
      name: 'an exclusion motion naming nobody',
      schema: openMotionInputSchema,
      input: { ...motion, kind: 'exclusion', title: 'Exclude', text: 'Because' },
      message: 'Name the member concerned for an admission or an exclusion, and only then',
    },
    {
      name: 'a motion of an unknown kind',
      schema: openMotionInputSchema,
      input: { ...motion, kind: 'decree' },
      message: 'Unknown kind of motion',
    },
    {
      name: 'an election opened as a motion',
      schema: openMotionInputSchema,
      input: { ...motion, kind: 'election' },
      message: 'Elections are opened from the candidacies',
    },
    {
      name: 'a motion with no text',
      schema: openMotionInputSchema,
      input: { ...motion, text: '  ' },
      message: 'Give the text put to the vote',
    },
    {
      name: 'a motion not saying whether the ballot is secret',
      schema: openMotionInputSchema,
      input: { ...motion, secret: 'yes' },
      message: 'Say whether the ballot is secret',
    },
    {
      name: 'an agenda change that does not say how',
      schema: openMotionInputSchema,
      input: { ...motion, kind: 'agenda_change' },
      message: 'Say how the agenda changes for an agenda change, and only then',
    },
    {
      name: 'an ordinary decision carrying a new statute text',
      schema: openMotionInputSchema,
      input: { ...motion, amendedText: 'S.1: the network is called Agora.' },
      message: 'Only a statute or rules change carries a new text',
    },
    {
      name: 'a candidacy for an unknown body',
      schema: fileCandidacyInputSchema,
      input: { assemblyId: 'a', body: 'board', office: 'president', memberNo: 1 },
      message: 'Choose the Direction, the Table or the Audit council',
    },
    {
      name: 'a candidacy for an unknown office',
      schema: fileCandidacyInputSchema,
      input: { assemblyId: 'a', body: 'table', office: 'treasurer', memberNo: 1 },
      message: 'Choose president, vice-president or secretary',
    },
    {
      name: 'an election vote in round 3',
      schema: castElectionBallotsInputSchema,
      input: { round: 3, ballots: [{ memberNo: 1, candidateMemberNo: 2 }] },
      message: 'The round is 1 or 2',
    },
    {
      name: 'two election votes for one member in one action',
      schema: castElectionBallotsInputSchema,
      input: {
        round: 1,
        ballots: [
          { memberNo: 1, candidateMemberNo: 2 },
          { memberNo: 1, candidateMemberNo: null },
        ],
      },
      message: 'One vote per member in one action',
    },
    {
      name: 'an exclusion without reasons',
      schema: proposeExclusionInputSchema,
      input: { memberNo: 9, ground: 'unmet_obligations', reasons: 'late' },
      message: 'Write the reasons the member will receive (at least 20 characters)',
    },
    {
      name: 'an exclusion on another ground',
      schema: proposeExclusionInputSchema,
      input: { memberNo: 9, ground: 'rudeness', reasons: 'x'.repeat(30) },
      message: 'Choose the ground: deliberate harm, or obligations unmet for at least three years',
    },
    {
      name: 'dues for half an inhabitant (the population the dues are computed from)',
      schema: memberUpdateSchema,
      input: { population: 10.5 },
      message: 'Give the number of inhabitants as a whole number',
    },
    {
      name: 'dues for nobody',
      schema: memberUpdateSchema,
      input: { population: 0 },
      message: 'The number of inhabitants must be above zero',
    },
    {
      name: 'a correction of a member that changes nothing',
      schema: memberUpdateSchema,
      input: {},
      message: 'Nothing to change: give at least one field.',
    },
    {
      name: 'an admission in no college',
      schema: admissionRequestInputSchema,
      input: { college: 'friend', organisation: 'X', country: 'Belgium', continent: 'Europe' },
      message: 'Choose the college: effective, de jure or associate',
    },
  ])('$name: "$message"', ({ schema, input, message }) => {
    expect(firstMessage(schema, input)).toBe(message);
  });

  it.each([
    {
      schema: castBallotsInputSchema,
      input: {
        ballots: [
          { memberNo: 3, choice: 'abstain' },
          { memberNo: 41, choice: 'for' },
        ],
      },
    },
    { schema: grantProxyInputSchema, input: { assemblyId: 'a', grantorMemberNo: 34, holderMemberNo: 1 } },
    {
      schema: assemblyDraftSchema,
      input: { kind: 'extraordinary', opensAt: '2026-11-14T10:00:00+01:00', title: 'EGA 2026', hybrid: true },
    },
    {
      schema: openMotionInputSchema,
      input: {
        ...motion,
        kind: 'admission',
        title: 'Admit 109',
        text: 'Validation of new members',
        subjectMemberNo: 109,
      },
    },
    {
      schema: openMotionInputSchema,
      input: { ...motion, kind: 'statute_change', amendedText: 'S.1: the network is called Agora, and so on.' },
    },
    {
      schema: openMotionInputSchema,
      input: { ...motion, kind: 'agenda_change', agendaChange: { action: 'drop', itemId: 'iAbCd2' } },
    },
    {
      schema: castElectionBallotsInputSchema,
      input: { round: 2, ballots: [{ memberNo: 1, candidateMemberNo: null }] },
    },
    { schema: memberUpdateSchema, input: { population: null } },
    {
      schema: admissionRequestInputSchema,
      input: {
        college: 'effective',
        organisation: 'Plateforme',
        country: 'Belgium',
        continent: 'Europe',
        population: 39_000,
      },
    },
  ])('accepts a well-formed input (%#)', ({ schema, input }) => {
    expect(firstMessage(schema, input)).toBeNull();
  });
});

describe('records parse from JSON into the types the rules read', () => {
  it('gives defaults: a proxy not revoked, an assembly not hybrid, a designation still running', () => {
    const grant = proxyGrantSchema.parse({
      id: 'g',
      assemblyId: 'a',
      grantorMemberNo: 35,
      holderMemberNo: 1,
      grantedAt: '2026-10-01T10:00:00Z',
    });
    expect(grant.revokedAt).toBeNull();
    expect(
      assemblyScheduleSchema.parse({
        id: 'a',
        kind: 'ordinary',
        opensAt: '2026-03-25T12:00:00+01:00',
        state: 'convened',
      }).hybrid,
    ).toBe(false);
    expect(designationSchema.parse({ memberNo: 1, personId: 'p', from: '2013-11-04T00:00:00+01:00' }).until).toBeNull();
    expect(
      firstMessage(designationSchema, {
        memberNo: 1,
        personId: 'p',
        from: '2020-01-01T00:00:00Z',
        until: '2019-01-01T00:00:00Z',
      }),
    ).toBe('A designation must end after it starts');
  });
});
