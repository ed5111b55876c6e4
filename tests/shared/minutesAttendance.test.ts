import { describe, expect, it } from 'vitest';
import { minutesAttendance } from '@shared/rules/minutesAttendance';
import { after, hour, sources } from './support/minutesSources';

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
