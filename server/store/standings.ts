import type { College, MemberStatus } from '@shared/schemas/member';

/**
 * A member's standing: the college and status the voting rules read (S.2, S.11). The register
 * keeps each member's standing and the count of members per standing beside the members, so that
 * the counts of presence read a few numbers, not the register.
 */
export interface StandingCount {
  college: College;
  status: MemberStatus;
  count: number;
}

/** A standing as stored: "college status". */
export const standingText = (member: { college: College; status: MemberStatus }) =>
  `${member.college} ${member.status}`;

export function standingOf(text: string): { college: College; status: MemberStatus } {
  const [college, status] = text.split(' ') as [College, MemberStatus];
  return { college, status };
}
