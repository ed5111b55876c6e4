import type { MemberView } from '@shared/api';
import { isVoting } from '@shared/rules/members';
import type { Statutes } from '@shared/statutes';
import type { RegisterSnapshot } from '../store/register';

/** The register as people read it: each member with its voting right and current representative. */
export function presentMembers(register: RegisterSnapshot, statutes: Statutes): MemberView[] {
  const people = new Map(register.people.map((person) => [person.id, person]));
  return register.members.map((member) => {
    const person = people.get(register.representatives.get(member.memberNo) ?? '');
    return {
      ...member,
      voting: isVoting(member, statutes),
      representative: person ? { id: person.id, name: person.name } : null,
    };
  });
}
