import type { TextVersionResponse, TextsResponse } from '@shared/api/texts';
import type { GoverningText } from '@shared/schemas/texts';
import { getJson } from '../../api/http';

/** The statutes and the internal rules as they read now, with their versions. */
export function fetchTexts(signal?: AbortSignal): Promise<TextsResponse> {
  return getJson<TextsResponse>('/api/texts', { signal });
}

/** One version in full, with what it changed from the version before. */
export function fetchTextVersion(
  text: GoverningText,
  version: number,
  signal?: AbortSignal,
): Promise<TextVersionResponse> {
  return getJson<TextVersionResponse>(`/api/texts/${text}/${version}`, { signal });
}
