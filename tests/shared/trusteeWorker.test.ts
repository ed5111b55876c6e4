import { beforeAll, describe, expect, it } from 'vitest';
import { encryptBallot } from '@shared/belenios/ballot';
import { electionJson } from '@shared/belenios/election';
import { newCredential, newUuid } from '@shared/belenios/encoding';
import { electionResult, encryptedTally, partialDecryption, resultCounts } from '@shared/belenios/tally';
import {
  electionPublicKey,
  newTrusteeSeed,
  pedersenTrustees,
  thresholdParameters,
  trusteeCertificate,
  trusteeDecryptionKey,
  trusteePolynomial,
  trusteeVoutput,
  vinputs,
} from '@shared/belenios/trustees';
import type { TrusteeWork } from '../../client/src/features/trustees/trusteeWork';
import type { WorkerMessage } from '../../client/src/features/voting/secret/workerJob';

/** The worker's global scope, played by Node. */
const scope = globalThis as unknown as {
  onmessage: ((event: { data: TrusteeWork }) => void) | null;
  postMessage: (message: WorkerMessage<string>) => void;
};
beforeAll(() => import('../../client/src/features/trustees/trusteeWorker'));

/** What the worker answers to one piece of work. */
function work(request: TrusteeWork): string {
  let answer: WorkerMessage<string> | undefined;
  scope.postMessage = (message) => {
    if (message.type !== 'progress') answer = message;
  };
  scope.onmessage!({ data: request });
  if (answer?.type !== 'result') throw new Error(`The worker answered ${JSON.stringify(answer)}`);
  return answer.result;
}

describe('a trustee’s worker', () => {
  it('makes trustee 1’s pieces of a 2-of-3 key, then its share of a tally, which the others’ complete', () => {
    const seeds = [newTrusteeSeed(), newTrusteeSeed(), newTrusteeSeed()];
    const certs = [work({ kind: 'certificate', seed: seeds[0]! }), ...seeds.slice(1).map(trusteeCertificate)];
    const polys = [
      work({ kind: 'polynomial', seed: seeds[0]!, certificates: certs, threshold: 2 }),
      ...seeds.slice(1).map((seed) => trusteePolynomial(seed, certs, 2)),
    ];
    const vins = vinputs(certs, polys);
    const vouts = [
      work({ kind: 'voutput', seed: seeds[0]!, certificates: certs, vinput: vins[0]! }),
      ...seeds.slice(1).map((seed, index) => trusteeVoutput(seed, certs, vins[index + 1]!)),
    ];
    const trustees = pedersenTrustees(thresholdParameters(certs, polys, vouts, 2));
    const election = electionJson({
      uuid: newUuid(),
      name: 'Approval of the 2025 accounts',
      description: '',
      questions: [{ question: 'Approval', answers: ['for', 'against'], min: 1, max: 1, blank: true }],
      publicKey: electionPublicKey(trustees),
    });
    const ballots = [
      [1, 0],
      [1, 0],
      [0, 1],
    ].map((choice) => encryptBallot({ election, credential: newCredential(), choices: [choice] }).ballot);
    const tally = encryptedTally(election, ballots);

    const share = work({
      kind: 'share',
      seed: seeds[0]!,
      certificates: certs,
      voutput: vouts[0]!,
      election,
      encryptedTally: tally,
    });
    const third = partialDecryption(election, tally, trusteeDecryptionKey(seeds[2]!, certs, vouts[2]!));
    const result = electionResult(election, trustees, tally, [
      { trusteeIndex: 1, partial: share },
      { trusteeIndex: 3, partial: third },
    ]);
    expect(resultCounts(result)).toEqual([[0, 2, 1]]);
  }, 30_000);

  it('says why a piece cannot be made (another trustee’s bad piece) instead of stopping', () => {
    scope.postMessage = () => undefined;
    const seed = newTrusteeSeed();
    expect(() =>
      work({ kind: 'voutput', seed, certificates: [trusteeCertificate(seed)], vinput: '{"bad":1}' }),
    ).toThrow(/worker answered.*failed/);
  });
});
