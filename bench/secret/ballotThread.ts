import { parentPort, workerData } from 'node:worker_threads';
import { encryptBallot } from '@shared/belenios/ballot';
import { benchChoice } from './records';

export interface BallotsJob {
  election: string;
  credentials: string[];
  /** The position of the first credential among all: its choice follows from it. */
  first: number;
}

// A thread of the benchmark that encrypts its slice of a large record's ballots.
if (parentPort) {
  const { election, credentials, first } = workerData as BallotsJob;
  parentPort.postMessage(
    credentials.map(
      (credential, index) => encryptBallot({ election, credential, choices: [benchChoice(first + index)] }).ballot,
    ),
  );
}
