import type { AdmissionView, DuesView, ExclusionView, MemberDetailResponse } from '@shared/api/membership';
import type { DesignationView, MemberView } from '@shared/api/register';
import { isVoting, earliestExclusionDecisionAt } from '@shared/rules/members';
import { minimumDues } from '@shared/rules/dues';
import type { Member } from '@shared/schemas/member';
import type { Statutes } from '@shared/statutes';
import type { AdmissionRecord, DesignationRecord, ExclusionRecord, RegisterSnapshot } from '../store/register';

/** One member as people read it: its voting right and current representative. */
export function presentMember(
  register: RegisterSnapshot,
  member: Member,
  statutes: Statutes,
  people = peopleById(register),
): MemberView {
  const person = people.get(register.representatives.get(member.memberNo) ?? '');
  return {
    ...member,
    voting: isVoting(member, statutes),
    representative: person ? { id: person.id, name: person.name } : null,
  };
}

/** The register as people read it. */
export function presentMembers(register: RegisterSnapshot, statutes: Statutes): MemberView[] {
  const people = peopleById(register);
  return register.members.map((member) => presentMember(register, member, statutes, people));
}

function peopleById(register: RegisterSnapshot) {
  return new Map(register.people.map((person) => [person.id, person]));
}

export function presentExclusion(
  register: RegisterSnapshot,
  record: ExclusionRecord,
  statutes: Statutes,
): ExclusionView {
  const member = register.members.find((candidate) => candidate.memberNo === record.memberNo);
  return {
    ...record,
    organisation: member?.organisation ?? '',
    earliestDecisionAt: earliestExclusionDecisionAt(new Date(record.proposedAt), statutes).toISOString(),
  };
}

export function presentAdmission(
  register: RegisterSnapshot,
  record: AdmissionRecord,
  statutes: Statutes,
): AdmissionView | null {
  const member = register.members.find((candidate) => candidate.memberNo === record.memberNo);
  if (!member) return null;
  const { memberNo: _memberNo, ...rest } = record;
  return { member: presentMember(register, member, statutes), ...rest };
}

/** R.9: the minimum dues of the member's territory, or why they cannot be computed. */
export function presentDues(member: Pick<Member, 'country' | 'population'>, statutes: Statutes): DuesView {
  if (member.population === null) return { ok: false, reason: 'dues_population_unknown', country: member.country };
  return minimumDues({ country: member.country, population: member.population }, statutes);
}

/** One member with its history; the e-mail and dues only for the secretariat. */
export function presentMemberDetail(
  register: RegisterSnapshot,
  member: Member,
  designations: DesignationRecord[],
  statutes: Statutes,
  forSecretariat: boolean,
): MemberDetailResponse {
  const people = new Map(register.people.map((person) => [person.id, person]));
  const history: DesignationView[] = designations.map((designation) => {
    const person = designation.personId ? people.get(designation.personId) : undefined;
    return {
      person: person ? { id: person.id, name: person.name } : null,
      from: designation.from,
      setBy: designation.setBy,
    };
  });
  const representative = people.get(register.representatives.get(member.memberNo) ?? '');
  const exclusion = register.exclusions.get(member.memberNo);
  const admission = register.admissions.get(member.memberNo);
  return {
    member: presentMember(register, member, statutes),
    designations: history,
    representativeEmail: forSecretariat ? (representative?.email ?? null) : null,
    exclusion:
      exclusion && member.status === 'exclusion_proposed' ? presentExclusion(register, exclusion, statutes) : null,
    admission: admission ? presentAdmission(register, admission, statutes) : null,
    dues: forSecretariat ? presentDues(member, statutes) : null,
  };
}
