// The Web Worker that encrypts a person's secret ballots, so the page keeps answering meanwhile.
import { encryptBallot } from '@shared/belenios/ballot';
import type { BallotsToEncrypt, EncryptedBallot } from './encryptBallots';
import { serveJobs } from './workerJob';

// The fixed-base tables of g and of the election key are made by the first ballot and kept by
// ballot.ts for this worker's life: the others are about ten times faster.
serveJobs<BallotsToEncrypt, EncryptedBallot[]>(({ election, ballots }, progress) => {
  const encrypted: EncryptedBallot[] = [];
  progress(0, ballots.length);
  for (const { memberNo, credential, choices } of ballots) {
    const { ballot, tracker } = encryptBallot({ election, credential, choices });
    encrypted.push({ memberNo, ballot, tracker });
    progress(encrypted.length, ballots.length);
  }
  return encrypted;
});
