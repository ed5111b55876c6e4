import { expect } from 'vitest';
import type { TrusteesResponse, SecretElectionResponse } from '@shared/api/secretBallots';
import type { CastBallotsResponse } from '@shared/api/voting';
import { choiceVector, motionAnswer } from '@shared/belenios/choices';
import { encryptBallot } from '@shared/belenios/ballot';
import { partialDecryption } from '@shared/belenios/tally';
import {
  newTrusteeSeed,
  trusteeCertificate,
  trusteeDecryptionKey,
  trusteePolynomial,
  trusteeVoutput,
} from '@shared/belenios/trustees';
import type { TestClient } from './support';

/** The demo register's default trustees: the Table's president and secretary, the Audit council's president. */
export const defaultTrustees = [
  'giusto.maniscalchi@example.org',
  'faycal.kaabi@example.org',
  'kostantinos.simitsis@example.org',
];

/** A trustee as its browser would be: its session and the seed of its key (the file it keeps). */
export interface Trustee {
  client: TestClient;
  seed: string;
}

async function step(trustee: Trustee, assemblyId: string, body: unknown): Promise<TrusteesResponse> {
  const response = await trustee.client.post(`/api/assemblies/${assemblyId}/trustees/steps`, body);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as TrusteesResponse;
}

/** The trustees make the election key of an assembly, each its three steps, as their browsers do. */
export async function makeElectionKey(clients: TestClient[], assemblyId: string): Promise<Trustee[]> {
  const trustees = clients.map((client) => ({ client, seed: newTrusteeSeed() }));
  for (const trustee of trustees)
    await step(trustee, assemblyId, { step: 'certificate', piece: trusteeCertificate(trustee.seed) });
  for (const trustee of trustees) {
    const { you } = await trustee.client.json<TrusteesResponse>(`/api/assemblies/${assemblyId}/trustees`);
    if (you?.todo?.step !== 'polynomial') throw new Error(`no polynomial due: ${JSON.stringify(you?.todo)}`);
    await step(trustee, assemblyId, {
      step: 'polynomial',
      piece: trusteePolynomial(trustee.seed, you.todo.certificates, you.todo.threshold),
    });
  }
  let last: TrusteesResponse | null = null;
  for (const trustee of trustees) {
    const { you } = await trustee.client.json<TrusteesResponse>(`/api/assemblies/${assemblyId}/trustees`);
    if (you?.todo?.step !== 'voutput') throw new Error(`no voutput due: ${JSON.stringify(you?.todo)}`);
    last = await step(trustee, assemblyId, {
      step: 'voutput',
      piece: trusteeVoutput(trustee.seed, you.todo.certificates, you.todo.vinput),
    });
  }
  expect(last?.ready).toBe(true);
  return trustees;
}

/** The body of an encrypted cast: each member's Belenios ballot. */
export interface EncryptedCast {
  ballots: Array<{ memberNo: number; ballot: string }>;
}

/**
 * Encrypts each member's answer as the browser does (an answer of the vote's question, or null for
 * a blank ballot), for the secret vote at `path` (a motion's or a round's): the body of one cast,
 * ready to post to its encrypted ballots.
 */
export async function encryptSecretAt(
  client: TestClient,
  path: string,
  answers: ReadonlyMap<number, string | null>,
): Promise<EncryptedCast> {
  const election = await client.json<SecretElectionResponse>(`${path}/election`);
  const credentials = new Map(election.credentials.map((entry) => [entry.memberNo, entry.credential]));
  return {
    ballots: [...answers].map(([memberNo, answer]) => ({
      memberNo,
      ballot: encryptBallot({
        election: election.election,
        credential: credentials.get(memberNo) ?? 'no-credential',
        choices: [choiceVector(election.question, answer)],
      }).ballot,
    })),
  };
}

/** Encrypts each member's answer as the browser does, and casts them in one action, to the secret vote at `path`. */
export async function castSecretAt(
  client: TestClient,
  path: string,
  answers: ReadonlyMap<number, string | null>,
): Promise<Response> {
  return client.post(`${path}/encrypted-ballots`, await encryptSecretAt(client, path, answers));
}

const motionAnswers = (choices: ReadonlyMap<number, 'for' | 'against' | 'abstain'>) =>
  new Map([...choices].map(([memberNo, choice]) => [memberNo, motionAnswer(choice)]));

/** Encrypts each member's choice on a secret motion as the browser does: the body of one cast, to post later. */
export function encryptSecret(
  client: TestClient,
  assemblyId: string,
  motionId: string,
  choices: ReadonlyMap<number, 'for' | 'against' | 'abstain'>,
): Promise<EncryptedCast> {
  return encryptSecretAt(client, `/api/assemblies/${assemblyId}/motions/${motionId}`, motionAnswers(choices));
}

/** Encrypts each member's choice on a secret motion as the browser does, and casts them in one action. */
export function castSecret(
  client: TestClient,
  assemblyId: string,
  motionId: string,
  choices: ReadonlyMap<number, 'for' | 'against' | 'abstain'>,
): Promise<Response> {
  return castSecretAt(client, `/api/assemblies/${assemblyId}/motions/${motionId}`, motionAnswers(choices));
}

/** Casts and expects every vote recorded: the trackers. */
export async function castSecretOk(
  client: TestClient,
  assemblyId: string,
  motionId: string,
  choices: ReadonlyMap<number, 'for' | 'against' | 'abstain'>,
): Promise<CastBallotsResponse> {
  const response = await castSecret(client, assemblyId, motionId, choices);
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as CastBallotsResponse;
}

/** A trustee decrypts its share of each closed secret vote waiting for it, as its browser does. */
export async function giveShares(trustee: Trustee, assemblyId: string): Promise<Response[]> {
  const { you } = await trustee.client.json<TrusteesResponse>(`/api/assemblies/${assemblyId}/trustees`);
  const sent: Response[] = [];
  for (const waiting of you?.decryptions ?? []) {
    const key = trusteeDecryptionKey(trustee.seed, waiting.certificates, waiting.voutput);
    sent.push(
      await trustee.client.post(`${waiting.path}/partial-decryption`, {
        partial: partialDecryption(waiting.election, waiting.encryptedTally, key),
      }),
    );
  }
  return sent;
}
