import type { HomeResponse } from '@shared/api/home';
import { getJson } from '../../api/http';

/** What waits for the signed-in person now, then the assemblies to come. */
export function fetchHome(signal?: AbortSignal): Promise<HomeResponse> {
  return getJson<HomeResponse>('/api/home', { signal });
}
