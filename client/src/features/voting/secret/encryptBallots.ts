import { WorkerPool, type JobOptions } from './workerJob';

/** The ballots to encrypt for one election: each member's credential (it signs) and choices (0/1 per answer). */
export interface BallotsToEncrypt {
  election: string;
  ballots: Array<{ memberNo: number; credential: string; choices: number[][] }>;
}

/** One encrypted ballot, ready to post, and its tracker (the voter's receipt). */
export interface EncryptedBallot {
  memberNo: number;
  ballot: string;
  tracker: string;
}

const workers = new WorkerPool(
  () => new Worker(new URL('./ballotWorker.ts', import.meta.url), { type: 'module', name: 'ballots' }),
);

/**
 * Encrypts the ballots in a Web Worker (BELENIOS-2048: a fraction of a second each on a phone),
 * telling `onProgress` after each one; `signal` cancels.
 */
export function encryptBallots(job: BallotsToEncrypt, options: JobOptions = {}): Promise<EncryptedBallot[]> {
  return workers.run<BallotsToEncrypt, EncryptedBallot[]>(job, options);
}
