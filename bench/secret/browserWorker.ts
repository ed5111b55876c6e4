// The bench page's script: encrypts ballots with shared/belenios/ballot.ts as a person's browser
// does, in a Web Worker (its module answers the page's message) or on the page itself.
import { encryptBallot } from '@shared/belenios/ballot';

export interface EncryptionJob {
  election: string;
  ballots: Array<{ credential: string; choices: number[][] }>;
}

/** Encrypts the job's ballots: the whole time, and each ballot's (the first makes the fixed-base tables). */
export function encryptJob({ election, ballots }: EncryptionJob): { ms: number; each: number[] } {
  const each: number[] = [];
  const start = performance.now();
  for (const { credential, choices } of ballots) {
    const one = performance.now();
    encryptBallot({ election, credential, choices });
    each.push(performance.now() - one);
  }
  return { ms: performance.now() - start, each };
}

const scope = globalThis as unknown as {
  WorkerGlobalScope?: unknown;
  onmessage: ((event: { data: EncryptionJob }) => void) | null;
  postMessage: (message: unknown) => void;
};
if (scope.WorkerGlobalScope !== undefined) scope.onmessage = ({ data }) => scope.postMessage(encryptJob(data));
