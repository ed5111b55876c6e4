import type { CastBallotsResponse } from '@shared/api/voting';
import type { SecretElectionResponse } from '@shared/api/secretBallots';
import type { EncryptedBallotsInput } from '@shared/schemas/secretBallots';
import { getJson, postJson } from '../../../api/http';

/** The API path of a secret vote: a motion's, or a round of an office's election. */
export type SecretVotePath = string;

export const motionPath = (assemblyId: string, motionId: string): SecretVotePath =>
  `/api/assemblies/${encodeURIComponent(assemblyId)}/motions/${encodeURIComponent(motionId)}`;

export const roundPath = (assemblyId: string, electionId: string, round: number): SecretVotePath =>
  `/api/assemblies/${encodeURIComponent(assemblyId)}/elections/${encodeURIComponent(electionId)}/rounds/${round}`;

/** The election of a secret vote and the credentials of the members this person may cast for now. */
export function fetchSecretElection(path: SecretVotePath, signal?: AbortSignal): Promise<SecretElectionResponse> {
  return getJson<SecretElectionResponse>(`${path}/election`, { signal });
}

/** Casts the encrypted ballots: each recorded with its tracker as receipt, or refused alone with why. */
export function castEncryptedBallots(path: SecretVotePath, input: EncryptedBallotsInput): Promise<CastBallotsResponse> {
  // Many ballots of some kilobytes each: more time than a small form on a slow line.
  return postJson<CastBallotsResponse>(`${path}/encrypted-ballots`, input, { timeoutMs: 60_000 });
}
