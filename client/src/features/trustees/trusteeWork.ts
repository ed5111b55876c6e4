import { WorkerPool, type JobOptions } from '../voting/secret/workerJob';

/** A trustee's computation, from its seed: a step of making the key, or its share of a tally's decryption. */
export type TrusteeWork =
  | { kind: 'certificate'; seed: string }
  | { kind: 'polynomial'; seed: string; certificates: string[]; threshold: number }
  | { kind: 'voutput'; seed: string; certificates: string[]; vinput: string }
  | {
      kind: 'share';
      seed: string;
      certificates: string[];
      voutput: string;
      election: string;
      encryptedTally: string;
    };

const workers = new WorkerPool(
  () => new Worker(new URL('./trusteeWorker.ts', import.meta.url), { type: 'module', name: 'trustee' }),
);

/** Runs the work in a Web Worker (the page keeps answering); resolves with the piece to post. */
export function trusteeWork(work: TrusteeWork, options: JobOptions = {}): Promise<string> {
  return workers.run<TrusteeWork, string>(work, options);
}
