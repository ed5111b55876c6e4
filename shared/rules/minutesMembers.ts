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

/** How a language numbers a member: "No. 57 CRP Brava" in English, "n° 57 CRP Brava" in French (the catalogue's minutes.memberLine). */
export type NumberedLine = (memberNo: number, organisation: string) => string;

/** A member as a line of the minutes: "No. 57 Commission Régionale de Partenaires — CRP Brava (Cape Verde)", its territory named once. */
export function minutesMemberName(member: MinutesMember, numbered: NumberedLine): string {
  const territory = member.territory && !member.organisation.includes(member.territory) ? ` — ${member.territory}` : '';
  return numbered(member.memberNo, `${member.organisation}${territory}${member.country ? ` (${member.country})` : ''}`);
}

/** The numbers of the members a message spoke for ("57, 58, 59"): the register of attendance names them. */
export function minutesSpeakers(message: Pick<MinutesMessage, 'speaksFor'>): string {
  return message.speaksFor.map((spoken) => spoken.memberNo).join(', ');
}
