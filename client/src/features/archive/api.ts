import type { ArchiveResponse } from '@shared/api/archive';
import { getJson } from '../../api/http';

/** The past assemblies answering `query` (all of them for a blank one), newest first. */
export function fetchArchive(query: string, signal?: AbortSignal): Promise<ArchiveResponse> {
  const search = query.trim() ? `?${new URLSearchParams({ q: query.trim() }).toString()}` : '';
  return getJson<ArchiveResponse>(`/api/archive${search}`, { signal });
}
