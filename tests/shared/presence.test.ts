import { describe, expect, it } from 'vitest';
import { attendanceRegister, type AttendanceInput } from '@shared/rules/presence';
import { quorumApplies, quorumVerdict, requiredQuorum } from '@shared/rules/quorum';
import { assemblyWindow } from '@shared/rules/window';
import type { Designation } from '@shared/schemas/designation';
import { motionKinds } from '@shared/schemas/motion';
import { togetherStatutes } from '@shared/statutes';
import { loadFoundingRegister } from './support/foundingRegister';
import { grant } from './support/grants';
import { HOUR, at, plus } from './support/time';

describe('R.7: changing the statutes needs two thirds of the voting members present or represented', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [103, 69],
    [104, 70],
    [105, 70],
    [106, 71],
  ])('%i voting members: %i required', (voting, required) => {
    expect(requiredQuorum(voting)).toBe(required);
  });

  it.each([
    { present: 69, represented: 0, ok: false, missing: 1 },
    { present: 70, represented: 0, ok: true, missing: 0 },
    { present: 40, represented: 29, ok: false, missing: 1 },
    { present: 40, represented: 30, ok: true, missing: 0 },
    { present: 0, represented: 0, ok: false, missing: 70 },
    { present: 104, represented: 0, ok: true, missing: 0 },
  ])('$present present + $represented represented of 104: reached=$ok', ({ present, represented, ok, missing }) => {
    expect(quorumVerdict('statute_change', { votingMembers: 104, present, represented })).toEqual({
      ok,
      reason: ok ? 'quorum_reached' : 'quorum_not_reached',
      applies: true,
      votingMembers: 104,
      present,
      represented,
      presentOrRepresented: present + represented,
      required: 70,
      missing,
      fraction: { numerator: 2, denominator: 3 },
    });
  });

  it.each(motionKinds.map((kind) => [kind, kind === 'statute_change'] as const))(
    '%s needs the quorum: %s',
    (kind, applies) => {
      expect(quorumApplies(kind)).toBe(applies);
      const verdict = quorumVerdict(kind, { votingMembers: 104, present: 1, represented: 0 });
      expect(verdict.ok).toBe(!applies);
      expect(verdict.reason).toBe(applies ? 'quorum_not_reached' : 'quorum_not_required');
    },
  );

  it('extends to internal rules changes when the statutes say so', () => {
    const strict = { ...togetherStatutes, rulesChangeNeedsQuorum: true };
    expect(quorumVerdict('rules_change', { votingMembers: 104, present: 69, represented: 0 }, strict).reason).toBe(
      'quorum_not_reached',
    );
  });
});

describe('R.7 (Reading): present when the representative joined during the window; represented through a present holder', () => {
  const rows = loadFoundingRegister();
  const members = rows.map((row) => row.member);
  const designations: Designation[] = rows.flatMap(({ member, representative }) =>
    representative === null
      ? []
      : [{ memberNo: member.memberNo, personId: representative, from: at('2013-11-04T00:00'), until: null }],
  );
  const window = assemblyWindow(at('2026-10-24T12:00'));
  const join = (personId: string, joinedAt: Date) => ({ personId, joinedAt });
  const capeVerdeToMorocco = [57, 58, 59, 60, 61, 62, 63, 64, 65].map((memberNo) => grant(memberNo, 68));
  const base: AttendanceInput = {
    window,
    assemblyKind: 'extraordinary',
    hybrid: false,
    designations,
    joins: [
      join('Ekaterina Smoroda', plus(window.opensAt, HOUR)), // 24 Russian members
      join('Lhoussaine Aitbrahim', window.opensAt), // 19 Moroccan members, among them 68
      join('Abdeloualab Oualiti', plus(window.closesAt, -1)), // 10 Moroccan members
      join('Manuela Coutinho', plus(window.opensAt, 2 * HOUR)), // 7 Portuguese members
      join('André Desmet', plus(window.opensAt, -1)), // too early: not present
      join('Fayçal Kaabi', window.closesAt), // too late: not present
    ],
    physicallyPresent: [],
    // 9 Cape Verdean members to 68 (present); Romanian 29 to Belgian 1 (absent).
    assemblyGrants: [...capeVerdeToMorocco, grant(29, 1)],
  };

  it('counts 60 present and 9 represented: 69 of 104, one short of the quorum', () => {
    const register = attendanceRegister(members, base);
    expect(register).toMatchObject({
      votingMembers: 104,
      present: 60,
      represented: 9,
      absent: 35,
      presentOrRepresented: 69,
    });
    expect(quorumVerdict('statute_change', register)).toMatchObject({ ok: false, required: 70, missing: 1 });
  });

  it('reaches 70 when one more representative joins', () => {
    const register = attendanceRegister(members, {
      ...base,
      joins: [...base.joins, join('Florian Riegert', plus(window.opensAt, HOUR))],
    });
    expect(register.presentOrRepresented).toBe(70);
    expect(quorumVerdict('statute_change', register).ok).toBe(true);
  });

  it('writes the register of attendance: who, how, when, through whom', () => {
    const entries = new Map(attendanceRegister(members, base).entries.map((e) => [e.memberNo, e]));
    expect(entries.get(34)).toMatchObject({
      status: 'present',
      via: 'online',
      personId: 'Ekaterina Smoroda',
      joinedAt: plus(window.opensAt, HOUR),
    });
    expect(entries.get(57)).toMatchObject({ status: 'represented', proxyHolderMemberNo: 68, via: null });
    expect(entries.get(29)).toMatchObject({ status: 'absent', proxyHolderMemberNo: null });
    expect(entries.get(1)?.status).toBe('absent');
    expect(entries.get(98)?.status).toBe('absent');
  });

  it('does not count a member represented when it is present itself', () => {
    const register = attendanceRegister(members, {
      ...base,
      joins: [...base.joins, join('Samuel Thirion', plus(window.opensAt, HOUR))],
    });
    expect(register).toMatchObject({ present: 69, represented: 0, presentOrRepresented: 69 });
  });

  it('shows associates present but counts only voting members', () => {
    // Fayçal Kaabi also represents associate 108; Carine Jansen's associate 105 has its own line.
    const register = attendanceRegister(members, { ...base, joins: [join('Fayçal Kaabi', window.opensAt)] });
    expect(register.entries.find((e) => e.memberNo === 108)).toMatchObject({ status: 'present', voting: false });
    expect(register.present).toBe(7);
  });

  it.each([
    { kind: 'extraordinary', hybrid: true, present: 62, ignored: 0 },
    { kind: 'extraordinary', hybrid: false, present: 60, ignored: 2 },
    { kind: 'ordinary', hybrid: true, present: 60, ignored: 2 },
  ] as const)(
    'physical marks at a $kind assembly, hybrid=$hybrid: $present present',
    ({ kind, hybrid, present, ignored }) => {
      const register = attendanceRegister(members, {
        ...base,
        assemblyKind: kind,
        hybrid,
        physicallyPresent: [30, 31],
      });
      expect(register.present).toBe(present);
      expect(register.ignoredPhysicalMarks).toBe(ignored);
    },
  );

  it('counts a join only by the person representing the member at that moment', () => {
    const handedOver: Designation[] = [
      ...designations.filter((d) => d.memberNo !== 11),
      { memberNo: 11, personId: 'Florian Riegert', from: at('2013-11-04T00:00'), until: plus(window.opensAt, HOUR) },
      { memberNo: 11, personId: 'Nouvelle Personne', from: plus(window.opensAt, HOUR), until: null },
    ];
    const early = attendanceRegister(members, {
      ...base,
      designations: handedOver,
      joins: [join('Florian Riegert', window.opensAt)],
    });
    const late = attendanceRegister(members, {
      ...base,
      designations: handedOver,
      joins: [join('Florian Riegert', plus(window.opensAt, 2 * HOUR))],
    });
    expect(early.entries.find((e) => e.memberNo === 11)?.status).toBe('present');
    expect(late.entries.find((e) => e.memberNo === 11)?.status).toBe('absent');
  });
});
