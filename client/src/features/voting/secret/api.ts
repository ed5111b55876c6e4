import type { CastBallotsResponse } from '@shared/api/voting';
import type { SecretElectionResponse } from '@shared/api/secretBallots';
import type { EncryptedBallotsInput } from '@shared/schemas/secretBallots';
import { getJson, postJson } from '../../../api/http';

const motionPath = (assemblyId: string, motionId: string) =>
  `/api/assemblies/${encodeURIComponent(assemblyId)}/motions/${encodeURIComponent(motionId)}`;

/** The election of a secret vote and the credentials of the members this person may cast for now. */
export function fetchSecretElection(
  assemblyId: string,
  motionId: string,
  signal?: AbortSignal,
): Promise<SecretElectionResponse> {
  return getJson<SecretElectionResponse>(`${motionPath(assemblyId, motionId)}/election`, { signal });
}

/** Casts the encrypted ballots: each recorded with its tracker as receipt, or refused alone with why. */
export function castEncryptedBallots(
  assemblyId: string,
  motionId: string,
  input: EncryptedBallotsInput,
): Promise<CastBallotsResponse> {
  // Many ballots of some kilobytes each: more time than a small form on a slow line.
  return postJson<CastBallotsResponse>(`${motionPath(assemblyId, motionId)}/encrypted-ballots`, input, {
    timeoutMs: 60_000,
  });
}
