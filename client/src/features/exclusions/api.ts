import type { ExclusionView, ExclusionsResponse } from '@shared/api/membership';
import type { ProposeExclusionInput } from '@shared/schemas/exclusion';
import { getJson, postJson } from '../../api/http';

/** The exclusions the Direction proposed and no assembly has decided yet (S.11). */
export function fetchExclusions(signal?: AbortSignal): Promise<ExclusionsResponse> {
  return getJson<ExclusionsResponse>('/api/exclusions', { signal });
}

/** S.11: the Direction proposes an exclusion; the member's representative is e-mailed the reasons at once. */
export function proposeExclusion(input: ProposeExclusionInput): Promise<ExclusionView> {
  return postJson<ExclusionView>('/api/exclusions', input);
}
