import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildArchive, publicCredentialsJson } from '@shared/belenios/archive';
import { electionJson } from '@shared/belenios/election';
import { newCredential, newUuid, publicCredential } from '@shared/belenios/encoding';
import {
  electionResult,
  encryptedTally,
  partialDecryption,
  singleTrusteeKey,
  singleTrustees,
} from '@shared/belenios/tally';
import { motionQuestion } from '@shared/rules/secretVotes';
import { choiceVector, motionAnswer } from '@shared/belenios/choices';
import type { BallotsJob } from './ballotThread';

/** Where the benchmark keeps the records it made (a 10,000-ballot record takes minutes to make). */
export const benchDir = join(tmpdir(), 'agora-bench-secret');

/** A motion's election on a single trustee's key, with one credential per voter. */
export function benchElection(voters: number) {
  const uuid = newUuid();
  const trustee = singleTrusteeKey();
  const trustees = singleTrustees([trustee.trustee]);
  const publicKey = BigInt((JSON.parse(trustee.trustee) as [string, { public_key: string }])[1].public_key);
  const election = electionJson({
    uuid,
    name: 'Benchmark assembly',
    description: 'One motion',
    questions: [motionQuestion('The 2027 budget')],
    publicKey,
  });
  const credentials = Array.from({ length: voters }, () => newCredential());
  return { uuid, election, trustees, privateKey: trustee.privateKey, credentials };
}

/** The choice of the i-th voter: for, against, blank in turn. */
export const benchChoice = (index: number) =>
  choiceVector(
    { answers: ['for', 'against'], blank: true },
    motionAnswer((['for', 'against', 'abstain'] as const)[index % 3]!),
  );

/** Encrypts the ballots on every core (worker_threads), each thread its slice. */
async function encryptAll(election: string, credentials: string[]): Promise<string[]> {
  const threads = Math.max(1, cpus().length);
  const size = Math.ceil(credentials.length / threads);
  const slices = Array.from({ length: threads }, (_, thread) => thread * size).filter(
    (start) => start < credentials.length,
  );
  const parts = await Promise.all(
    slices.map(
      (start) =>
        new Promise<string[]>((resolve, reject) => {
          const job: BallotsJob = { election, credentials: credentials.slice(start, start + size), first: start };
          // A thread that runs the TypeScript through tsx, as the benchmark's own process does.
          const thread = new URL('./ballotThread.ts', import.meta.url).href;
          const tsx = import.meta.resolve('tsx/esm/api');
          const worker = new Worker(
            `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(thread)}); })`,
            { eval: true, workerData: job },
          );
          worker.once('message', (ballots: string[]) => resolve(ballots));
          worker.once('error', reject);
        }),
    ),
  );
  return parts.flat();
}

/**
 * A whole counted record of `voters` ballots (`<uuid>.bel`): made once and kept under the
 * benchmark's temp directory, read from there the next times.
 */
export async function benchRecord(voters: number): Promise<{ uuid: string; bytes: Uint8Array; path: string }> {
  const dir = join(benchDir, `record-${voters}`);
  const index = join(dir, 'uuid');
  if (existsSync(index)) {
    const uuid = readFileSync(index, 'utf8').trim();
    const path = join(dir, `${uuid}.bel`);
    if (existsSync(path)) return { uuid, bytes: new Uint8Array(readFileSync(path)), path };
  }
  const { uuid, election, trustees, privateKey, credentials } = benchElection(voters);
  const ballots = await encryptAll(election, credentials);
  const tally = encryptedTally(election, ballots);
  const partial = partialDecryption(election, tally, privateKey);
  const result = electionResult(election, trustees, tally, [{ trusteeIndex: 1, partial }]);
  const bytes = buildArchive({
    timestamp: Math.floor(Date.now() / 1000),
    election,
    trustees,
    publicCredentials: publicCredentialsJson(credentials.map((credential) => publicCredential(credential, uuid))),
    ballots,
    encryptedTally: tally,
    partialDecryptions: [{ trusteeIndex: 1, partial }],
    result,
  });
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${uuid}.bel`);
  writeFileSync(path, bytes);
  writeFileSync(index, uuid);
  return { uuid, bytes, path };
}
