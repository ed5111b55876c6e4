import type { SecretCount, TrusteesResponse } from '@shared/api/secretBallots';
import type { CeremonyStepInput, PartialDecryptionInput, TrusteesInput } from '@shared/schemas/secretBallots';
import { getJson, postJson, putJson } from '../../api/http';

const base = (assemblyId: string) => `/api/assemblies/${encodeURIComponent(assemblyId)}`;

/** The trustees of an assembly's secret votes, their progress, and what this reader must do now if it is one. */
export function fetchTrustees(assemblyId: string, signal?: AbortSignal): Promise<TrusteesResponse> {
  return getJson<TrusteesResponse>(`${base(assemblyId)}/trustees`, { signal });
}

/** The Table chooses the trustees and how many are needed to decrypt (until one of them has started). */
export function chooseTrustees(assemblyId: string, input: TrusteesInput): Promise<TrusteesResponse> {
  return putJson<TrusteesResponse>(`${base(assemblyId)}/trustees`, input);
}

/** A trustee's piece of the key, made in its browser: its certificate, its polynomial, its checked shares. */
export function sendCeremonyStep(assemblyId: string, input: CeremonyStepInput): Promise<TrusteesResponse> {
  // The polynomial step carries an encrypted piece for every other trustee: some hundred kilobytes.
  return postJson<TrusteesResponse>(`${base(assemblyId)}/trustees/steps`, input, { timeoutMs: 60_000 });
}

/** A trustee's share of the decryption of one closed secret vote (a motion or an election round), under its path. */
export function sendPartialDecryption(path: string, input: PartialDecryptionInput): Promise<SecretCount> {
  return postJson<SecretCount>(`${path}/partial-decryption`, input, { timeoutMs: 60_000 });
}
