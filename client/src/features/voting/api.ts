import type { CastBallotsResponse, MotionsResponse, ProxiesResponse, ProxyView } from '@shared/api/voting';
import type { CastBallotsInput, Motion, OpenMotionInput } from '@shared/schemas/voting';
import type { GrantProxyInput } from '@shared/schemas/proxy';
import { getJson, postFile, postJson } from '../../api/http';

const base = (id: string) => `/api/assemblies/${encodeURIComponent(id)}`;

/** The votes of an assembly as this person sees them: its own ballots, the quorum meter, results after the close. */
export function fetchMotions(assemblyId: string, signal?: AbortSignal): Promise<MotionsResponse> {
  return getJson<MotionsResponse>(`${base(assemblyId)}/motions`, { signal });
}

/** The Table puts a motion to the vote (during the window). */
export function openMotion(assemblyId: string, input: OpenMotionInput): Promise<Motion> {
  return postJson<Motion>(`${base(assemblyId)}/motions`, input);
}

/** Casts the votes of one or many members in one action: each recorded, or refused alone with why. */
export function castBallots(
  assemblyId: string,
  motionId: string,
  input: CastBallotsInput,
): Promise<CastBallotsResponse> {
  return postJson<CastBallotsResponse>(`${base(assemblyId)}/motions/${encodeURIComponent(motionId)}/ballots`, input);
}

export function fetchProxies(assemblyId: string, signal?: AbortSignal): Promise<ProxiesResponse> {
  return getJson<ProxiesResponse>(`${base(assemblyId)}/proxies`, { signal });
}

export function grantProxy(assemblyId: string, input: Omit<GrantProxyInput, 'assemblyId'>): Promise<ProxyView> {
  return postJson<ProxyView>(`${base(assemblyId)}/proxies`, input);
}

export function revokeProxy(assemblyId: string, proxyId: string): Promise<ProxyView> {
  return postJson<ProxyView>(`${base(assemblyId)}/proxies/${encodeURIComponent(proxyId)}/revoke`, {});
}

export function fetchElections(
  assemblyId: string,
  signal?: AbortSignal,
): Promise<import('@shared/api/voting').ElectionsResponse> {
  return getJson(`${base(assemblyId)}/elections`, { signal });
}

export function fileCandidacy(
  assemblyId: string,
  input: { body: string; office: string; memberNo: number; person: string },
): Promise<unknown> {
  return postJson(`${base(assemblyId)}/candidacies`, input);
}

export function withdrawCandidacy(assemblyId: string, candidacyId: string): Promise<unknown> {
  return postJson(`${base(assemblyId)}/candidacies/${encodeURIComponent(candidacyId)}/withdraw`, {});
}

export function openElection(
  assemblyId: string,
  input: { itemId: string; body: string; office: string },
): Promise<unknown> {
  return postJson(`${base(assemblyId)}/elections`, input);
}

export function closeElectionRound(assemblyId: string, electionId: string): Promise<unknown> {
  return postJson(`${base(assemblyId)}/elections/${encodeURIComponent(electionId)}/close-round`, {});
}

/** The Table closes one vote now; it is counted at once (an agenda change takes effect). */
export function closeMotion(assemblyId: string, motionId: string): Promise<unknown> {
  return postJson(`${base(assemblyId)}/motions/${encodeURIComponent(motionId)}/close`, {});
}

/** Keeps the signed mandate (PDF or image, checked by its content) with a proxy. */
export function attachMandate(assemblyId: string, proxyId: string, file: File): Promise<ProxyView> {
  return postFile<ProxyView>(
    `${base(assemblyId)}/proxies/${encodeURIComponent(proxyId)}/mandate?${new URLSearchParams({ name: file.name }).toString()}`,
    file,
    file.type || 'application/octet-stream',
  );
}

export function mandateUrl(assemblyId: string, proxyId: string): string {
  return `${base(assemblyId)}/proxies/${encodeURIComponent(proxyId)}/mandate`;
}
