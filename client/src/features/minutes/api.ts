import type { MinutesResponse, MinutesVersionView } from '@shared/api/minutes';
import type { MinutesRole } from '@shared/schemas/minutesApproval';
import type { UiLanguage } from '@shared/i18n/languages';
import { getJson, postJson, request } from '../../api/http';

const base = (id: string) => `/api/assemblies/${encodeURIComponent(id)}/minutes`;

/** The versions of an assembly's minutes this person may read, and what the Table may do. */
export function fetchMinutes(assemblyId: string, signal?: AbortSignal): Promise<MinutesResponse> {
  return getJson<MinutesResponse>(base(assemblyId), { signal });
}

export function fetchMinutesVersion(
  assemblyId: string,
  version: number,
  signal?: AbortSignal,
): Promise<MinutesVersionView> {
  return getJson<MinutesVersionView>(`${base(assemblyId)}/${version}`, { signal });
}

/** Where a version's PDF downloads from, in a language. */
export function minutesPdfUrl(assemblyId: string, version: number, language: UiLanguage): string {
  return `${base(assemblyId)}/${version}.pdf?lang=${language}`;
}

/** The Table drafts version 1 now (when the closing job has not yet). */
export function draftMinutes(assemblyId: string): Promise<MinutesVersionView> {
  return postJson<MinutesVersionView>(base(assemblyId), {});
}

/** The Table saves the statement of a draft, from the revision it read. */
export function saveMinutesStatement(
  assemblyId: string,
  version: number,
  input: { statement: string; revision: number },
): Promise<MinutesVersionView> {
  return request<MinutesVersionView>('PUT', `${base(assemblyId)}/${version}/statement`, { body: input });
}

/** A member of the Table signs the text it read (named by its digest). */
export function signMinutes(
  assemblyId: string,
  version: number,
  role: MinutesRole,
  digest: string,
): Promise<MinutesVersionView> {
  return postJson<MinutesVersionView>(`${base(assemblyId)}/${version}/signatures`, { role, digest });
}

export function publishMinutes(assemblyId: string, version: number, digest: string): Promise<MinutesVersionView> {
  return postJson<MinutesVersionView>(`${base(assemblyId)}/${version}/publish`, { digest });
}

/** A correction: a new draft version, with what it changes. */
export function startCorrection(assemblyId: string, note: string): Promise<MinutesVersionView> {
  return postJson<MinutesVersionView>(`${base(assemblyId)}/corrections`, { note });
}
