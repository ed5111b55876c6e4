import type { MemberDetailResponse } from '@shared/api/membership';
import type { ImportSummary, PeopleResponse, PersonView } from '@shared/api/register';
import type { MemberUpdateInput, PersonUpdate, RepresentativeChange } from '@shared/schemas/registerEdits';
import { getJson, patchJson, postJson, postText } from '../../api/http';

/** Everything about one member: the register's fields, its representatives over time, its S.11 steps. */
export function fetchMember(memberNo: number, signal?: AbortSignal): Promise<MemberDetailResponse> {
  return getJson<MemberDetailResponse>(`/api/members/${memberNo}`, { signal });
}

/** R.8: the secretariat corrects a member's fields. */
export function updateMember(memberNo: number, update: MemberUpdateInput): Promise<MemberDetailResponse> {
  return patchJson<MemberDetailResponse>(`/api/members/${memberNo}`, update);
}

/** S.2: the member's new representative, a person of the register or a new one. */
export function changeRepresentative(memberNo: number, change: RepresentativeChange): Promise<MemberDetailResponse> {
  return postJson<MemberDetailResponse>(`/api/members/${memberNo}/representative`, change);
}

/** Everyone in the register, with what they represent (secretariat). */
export function fetchPeople(signal?: AbortSignal): Promise<PeopleResponse> {
  return getJson<PeopleResponse>('/api/people', { signal });
}

export function updatePerson(personId: string, update: PersonUpdate): Promise<PersonView> {
  return patchJson<PersonView>(`/api/people/${encodeURIComponent(personId)}`, update);
}

/** A whole register file; stored whole, or refused whole with every problem (422). */
export function importRegister(csv: string): Promise<ImportSummary> {
  return postText<ImportSummary>('/api/register/import', csv, 'text/csv', { timeoutMs: 60_000 });
}

/** The address of the register file, for a plain download link. */
export const registerExportUrl = '/api/register/export';
