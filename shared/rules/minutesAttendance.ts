import type { MinutesAttendance } from '../schemas/minutesAttendance';
import { type Statutes, togetherStatutes } from '../statutes';
import { compareMessageIds } from './discussion';
import { isVoting } from './members';
import { minutesMember } from './minutesMembers';
import type { MinutesSources } from './minutesSources';

/**
 * The register of attendance (RULES.md §4 Readings): a voting member is present once its
 * representative joined during the window; represented when not present and the holder of its
 * proxy in force is present (the same reading as the quorum's). Associates who joined or posted
 * took part without voting.
 */
export function minutesAttendance(
  sources: Pick<MinutesSources, 'members' | 'people' | 'attendance' | 'proxies' | 'messages'>,
  statutes: Statutes = togetherStatutes,
): MinutesAttendance {
  const members = new Map(sources.members.map((member) => [member.memberNo, member]));
  const names = new Map(sources.people.map((person) => [person.id, person.name]));
  const ref = (memberNo: number) => minutesMember(members.get(memberNo), memberNo);
  const voting = new Set(
    sources.members.filter((member) => isVoting(member, statutes)).map((member) => member.memberNo),
  );
  const joined = [...sources.attendance].sort((a, b) => a.memberNo - b.memberNo);
  const present = new Set(joined.filter((entry) => voting.has(entry.memberNo)).map((entry) => entry.memberNo));

  const representedMembers: MinutesAttendance['representedMembers'] = [];
  const seen = new Set<number>();
  for (const proxy of sources.proxies) {
    if (proxy.revokedAt !== null || seen.has(proxy.grantorMemberNo)) continue;
    if (!voting.has(proxy.grantorMemberNo) || present.has(proxy.grantorMemberNo) || !present.has(proxy.holderMemberNo))
      continue;
    seen.add(proxy.grantorMemberNo);
    representedMembers.push({ ...ref(proxy.grantorMemberNo), holder: ref(proxy.holderMemberNo) });
  }
  representedMembers.sort((a, b) => a.memberNo - b.memberNo);

  // Associates: their first join, else their first message (the room records joins of voting members only).
  const associates = new Map<number, MinutesAttendance['associates'][number]>();
  for (const entry of joined) {
    if (voting.has(entry.memberNo) || !members.has(entry.memberNo)) continue;
    associates.set(entry.memberNo, {
      ...ref(entry.memberNo),
      person: names.get(entry.personId) ?? '',
      tookPart: 'joined',
      at: entry.at,
    });
  }
  for (const message of [...sources.messages].sort((a, b) => compareMessageIds(a.id, b.id))) {
    for (const spoken of message.author.speaksFor) {
      if (voting.has(spoken.memberNo) || associates.has(spoken.memberNo) || !members.has(spoken.memberNo)) continue;
      associates.set(spoken.memberNo, {
        ...ref(spoken.memberNo),
        person: message.author.name,
        tookPart: 'posted',
        at: message.postedAt,
      });
    }
  }

  return {
    votingMembers: voting.size,
    present: present.size,
    represented: representedMembers.length,
    absent: voting.size - present.size - representedMembers.length,
    presentMembers: joined
      .filter((entry) => present.has(entry.memberNo))
      .map((entry) => ({ ...ref(entry.memberNo), joinedAt: entry.at, representedBy: names.get(entry.personId) ?? '' })),
    representedMembers,
    proxies: [...sources.proxies]
      .sort((a, b) => a.grantedAt.localeCompare(b.grantedAt))
      .map((proxy) => ({
        id: proxy.id,
        grantor: ref(proxy.grantorMemberNo),
        holder: ref(proxy.holderMemberNo),
        grantedAt: proxy.grantedAt,
        grantedBy: proxy.grantedBy,
        revokedAt: proxy.revokedAt,
      })),
    associates: [...associates.values()].sort((a, b) => a.memberNo - b.memberNo),
  };
}
