import type { Member } from '../schemas/member';
import type { MinutesMessage } from '../schemas/minutes';
import type { MinutesMember } from '../schemas/minutesMember';

/** A member as the minutes name it, from the register (blank words for a member no longer in it). */
export function minutesMember(
  member: Pick<Member, 'memberNo' | 'organisation' | 'territory' | 'country'> | undefined,
  memberNo: number,
): MinutesMember {
  return {
    memberNo,
    organisation: member?.organisation ?? '',
    territory: member?.territory ?? '',
    country: member?.country ?? '',
  };
}

/** A member as a line of the minutes: "n° 57 Commission Régionale de Partenaires — CRP Brava (Cape Verde)", its territory named once. */
export function minutesMemberName(member: MinutesMember): string {
  const territory = member.territory && !member.organisation.includes(member.territory) ? ` — ${member.territory}` : '';
  return `n° ${member.memberNo} ${member.organisation}${territory}${member.country ? ` (${member.country})` : ''}`;
}

/** The members a message spoke for, by number ("n° 57, 58, 59"): the register of attendance names them. */
export function minutesSpeakers(message: Pick<MinutesMessage, 'speaksFor'>): string {
  return `n° ${message.speaksFor.map((spoken) => spoken.memberNo).join(', ')}`;
}
