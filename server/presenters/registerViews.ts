import type { AdmissionView, AdmissionsResponse, BodiesResponse, ExclusionsResponse } from '@shared/api/membership';
import type { PeopleResponse } from '@shared/api/register';
import type { Statutes } from '@shared/statutes';
import type { RegisterSnapshot } from '../store/register';
import { presentAdmission, presentExclusion } from './member';

export function presentPeople(register: RegisterSnapshot): PeopleResponse {
  const represents = new Map<string, number[]>();
  for (const [memberNo, personId] of register.representatives)
    represents.set(personId, [...(represents.get(personId) ?? []), memberNo]);
  return {
    people: register.people
      .map((person) => ({
        ...person,
        represents: (represents.get(person.id) ?? []).sort((a, b) => a - b),
        secretariat: register.secretariat.has(person.id),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export function presentBodies(register: RegisterSnapshot): BodiesResponse {
  const bodyOrder = ['direction', 'table', 'audit_council'];
  const officeOrder = ['president', 'vice_president', 'secretary'];
  return {
    seats: register.bodySeats
      .flatMap((seat) => {
        const member = register.members.find((candidate) => candidate.memberNo === seat.memberNo);
        if (!member) return [];
        const person = register.people.find(
          (candidate) => candidate.id === register.representatives.get(member.memberNo),
        );
        return [
          {
            body: seat.body,
            office: seat.office,
            termStart: seat.termStart,
            termEnd: seat.termEnd,
            member: {
              memberNo: member.memberNo,
              organisation: member.organisation,
              country: member.country,
              continent: member.continent,
            },
            representative: person ? { id: person.id, name: person.name } : null,
          },
        ];
      })
      .sort(
        (a, b) =>
          bodyOrder.indexOf(a.body) - bodyOrder.indexOf(b.body) ||
          officeOrder.indexOf(a.office) - officeOrder.indexOf(b.office),
      ),
  };
}

export function presentAdmissions(register: RegisterSnapshot, statutes: Statutes): AdmissionsResponse {
  const views = [...register.admissions.values()]
    .map((record) => presentAdmission(register, record, statutes))
    .filter((view): view is AdmissionView => view !== null)
    .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  // The founding members and validated ones are not in any queue.
  return {
    requested: views.filter((view) => view.member.status === 'requested'),
    pendingValidation: views.filter((view) => view.member.status === 'pending_validation'),
    refused: views.filter((view) => view.member.status === 'refused'),
  };
}

export function presentExclusions(register: RegisterSnapshot, statutes: Statutes): ExclusionsResponse {
  return {
    exclusions: register.members
      .filter((member) => member.status === 'exclusion_proposed')
      .flatMap((member) => {
        const record = register.exclusions.get(member.memberNo);
        return record ? [presentExclusion(register, record, statutes)] : [];
      }),
  };
}
