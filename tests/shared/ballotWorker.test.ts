import { beforeAll, describe, expect, it } from 'vitest';
import { ballotTracker } from '@shared/belenios/ballot';
import { choiceVector, motionAnswer } from '@shared/belenios/choices';
import { electionJson } from '@shared/belenios/election';
import { newCredential, newUuid } from '@shared/belenios/encoding';
import { gPow } from '@shared/belenios/group';
import {
  electionResult,
  encryptedTally,
  partialDecryption,
  resultCounts,
  singleTrustees,
  singleTrusteeKey,
} from '@shared/belenios/tally';
import type { WorkerMessage } from '../../client/src/features/voting/secret/workerJob';
import type { BallotsToEncrypt, EncryptedBallot } from '../../client/src/features/voting/secret/encryptBallots';

/** The worker's global scope, played by Node: what it posts is collected. */
const scope = globalThis as unknown as {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage: (message: unknown) => void;
};
// The worker module sets its handler once, as it does in a browser's worker.
beforeAll(() => import('../../client/src/features/voting/secret/ballotWorker'));

describe('the ballot worker', () => {
  it('encrypts each member’s choice, says its progress after each ballot, and the ballots count as chosen', async () => {
    const { privateKey, trustee } = singleTrusteeKey();
    const trustees = singleTrustees([trustee]);
    const question = { answers: ['for', 'against'], blank: true };
    const election = electionJson({
      uuid: newUuid(),
      name: 'Approval of the 2025 accounts',
      description: '',
      questions: [{ question: 'Approval of the 2025 accounts', ...question, min: 1, max: 1 }],
      publicKey: gPow(privateKey),
    });
    const job: BallotsToEncrypt = {
      election,
      ballots: (['for', 'against', 'abstain'] as const).map((choice, index) => ({
        memberNo: 10 + index,
        credential: newCredential(),
        choices: [choiceVector(question, motionAnswer(choice))],
      })),
    };
    const posted: WorkerMessage<EncryptedBallot[]>[] = [];
    scope.postMessage = (message) => posted.push(message as WorkerMessage<EncryptedBallot[]>);
    scope.onmessage!({ data: job });

    expect(posted.slice(0, -1)).toEqual([0, 1, 2, 3].map((done) => ({ type: 'progress', done, total: 3 })));
    const last = posted.at(-1)!;
    if (last.type !== 'result') throw new Error(`The worker answered ${JSON.stringify(last)}`);
    expect(last.result.map((ballot) => ballot.memberNo)).toEqual([10, 11, 12]);
    for (const { ballot, tracker } of last.result) expect(tracker).toBe(ballotTracker(ballot));

    const tally = encryptedTally(
      election,
      last.result.map((entry) => entry.ballot),
    );
    const partial = partialDecryption(election, tally, privateKey);
    // Blank first, then for and against: one abstention, one for, one against.
    expect(resultCounts(electionResult(election, trustees, tally, [{ trusteeIndex: 1, partial }]))).toEqual([
      [1, 1, 1],
    ]);
  }, 20_000);

  it('answers a failure with its reason instead of stopping', async () => {
    const posted: unknown[] = [];
    scope.postMessage = (message) => posted.push(message);
    scope.onmessage!({
      data: { election: '{}', ballots: [{ memberNo: 1, credential: 'x', choices: [[1, 0]] }] },
    });
    expect(posted.at(-1)).toMatchObject({ type: 'failed', message: expect.any(String) });
  });
});
