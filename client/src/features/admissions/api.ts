import type { AdmissionView, AdmissionsResponse } from '@shared/api/membership';
import type { AdmissionDecision, AdmissionSubmission } from '@shared/schemas/registerEdits';
import { getJson, postJson } from '../../api/http';

/** The requests waiting for the Direction, those waiting for the assembly, and the refused ones. */
export function fetchAdmissions(signal?: AbortSignal): Promise<AdmissionsResponse> {
  return getJson<AdmissionsResponse>('/api/admissions', { signal });
}

/** S.11: anyone (a candidate, or a member for it) asks to join. */
export function submitAdmission(submission: AdmissionSubmission): Promise<{ memberNo: number; message: string }> {
  return postJson<{ memberNo: number; message: string }>('/api/admissions', submission);
}

/** S.11: the Direction approves or refuses, with a reason the candidate reads. */
export function decideAdmission(memberNo: number, decision: AdmissionDecision): Promise<AdmissionView> {
  return postJson<AdmissionView>(`/api/admissions/${memberNo}/decision`, decision);
}
