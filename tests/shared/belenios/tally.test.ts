import { describe, expect, it } from 'vitest';
import { encryptBallot } from '@shared/belenios/ballot';
import { electionJson, type BeleniosQuestion } from '@shared/belenios/election';
import { newCredential } from '@shared/belenios/encoding';
import { gPow, mod, mul, q, randomScalar } from '@shared/belenios/group';
import {
  electionResult,
  encryptedTally,
  lastBallots,
  partialDecryption,
  resultCounts,
  singleTrusteeKey,
  singleTrustees,
} from '@shared/belenios/tally';

const motion: BeleniosQuestion = { question: 'Motion', answers: ['For', 'Against'], min: 1, max: 1, blank: true };
const uuid = 'Tz9y8x7w6v5u4t';
const keyOf = (trustee: string) => BigInt((JSON.parse(trustee) as [string, { public_key: string }])[1].public_key);

/** Ballots For, Against, blank, For by four voters; the first changes to Against afterwards. */
function castBallots(election: string): string[] {
  const credentials = [0, 1, 2, 3].map(() => newCredential());
  const votes: [number, number[]][] = [
    [0, [1, 0]],
    [1, [0, 1]],
    [2, [0, 0]],
    [3, [1, 0]],
    [0, [0, 1]],
  ];
  return votes.map(
    ([voter, choices]) => encryptBallot({ election, credential: credentials[voter]!, choices: [choices] }).ballot,
  );
}

describe('The count (specification 4.15–4.19)', () => {
  it('counts the last ballot of each credential: [blank, For, Against]', () => {
    const trustee = singleTrusteeKey();
    const election = electionJson({
      uuid,
      name: 'AGM',
      description: '',
      questions: [motion],
      publicKey: keyOf(trustee.trustee),
    });
    const ballots = castBallots(election);
    const counted = lastBallots(ballots);
    expect(counted).toEqual([ballots[1], ballots[2], ballots[3], ballots[4]]);
    const tally = encryptedTally(election, counted);
    const partials = [{ trusteeIndex: 1, partial: partialDecryption(election, tally, trustee.privateKey) }];
    const result = electionResult(election, singleTrustees([trustee.trustee]), tally, partials);
    expect(result).toBe('{"result":[[1,1,2]]}');
    expect(resultCounts(result)).toEqual([[1, 1, 2]]);
  });

  it('with two Single trustees, both must decrypt, and a partial decryption made with another key is refused', () => {
    const first = singleTrusteeKey();
    const second = singleTrusteeKey();
    const trustees = singleTrustees([first.trustee, second.trustee]);
    const publicKey = mul(keyOf(first.trustee), keyOf(second.trustee));
    const election = electionJson({ uuid, name: 'AGM', description: '', questions: [motion], publicKey });
    const tally = encryptedTally(election, lastBallots(castBallots(election)));
    const partials = [
      { trusteeIndex: 1, partial: partialDecryption(election, tally, first.privateKey) },
      { trusteeIndex: 2, partial: partialDecryption(election, tally, second.privateKey) },
    ];
    expect(resultCounts(electionResult(election, trustees, tally, partials))).toEqual([[1, 1, 2]]);
    expect(() => electionResult(election, trustees, tally, partials.slice(0, 1))).toThrow('trustee 2 is missing');
    const stranger = singleTrusteeKey();
    const others = singleTrustees([first.trustee, stranger.trustee]);
    const strangerPartials = [
      partials[0]!,
      { trusteeIndex: 2, partial: partialDecryption(election, tally, stranger.privateKey) },
    ];
    expect(() => electionResult(election, others, tally, strangerPartials)).toThrow('do not hold the election key');
    const forged = [partials[0]!, { trusteeIndex: 2, partial: partials[0]!.partial }];
    expect(() => electionResult(election, trustees, tally, forged)).toThrow('wrong proof');
  });

  it('threshold trustees: any two of three shares combine by Lagrange coefficients, one is not enough', () => {
    // A Shamir split of the election's secret x by f(z) = x + a·z: trustee j holds f(j).
    const secret = randomScalar();
    const slope = randomScalar();
    const shares = [1n, 2n, 3n].map((j) => mod(secret + slope * j, q));
    const verificationKeys = shares.map((share) => ({ public_key: gPow(share).toString() }));
    const trustees = JSON.stringify([['Pedersen', { threshold: 2, verification_keys: verificationKeys }]]);
    const election = electionJson({ uuid, name: 'AGM', description: '', questions: [motion], publicKey: gPow(secret) });
    const tally = encryptedTally(election, lastBallots(castBallots(election)));
    const partials = shares.map((share, i) => ({
      trusteeIndex: i + 1,
      partial: partialDecryption(election, tally, share),
    }));
    for (const pair of [
      [0, 1],
      [0, 2],
      [1, 2],
    ]) {
      const chosen = pair.map((i) => partials[i]!);
      expect(resultCounts(electionResult(election, trustees, tally, chosen))).toEqual([[1, 1, 2]]);
    }
    expect(() => electionResult(election, trustees, tally, [partials[1]!])).toThrow(
      '2 partial decryptions are needed, 1 were given',
    );
  });

  it('the encrypted tally of no ballot decrypts to zero everywhere', () => {
    const trustee = singleTrusteeKey();
    const election = electionJson({
      uuid,
      name: 'AGM',
      description: '',
      questions: [motion],
      publicKey: keyOf(trustee.trustee),
    });
    const tally = encryptedTally(election, []);
    const partials = [{ trusteeIndex: 1, partial: partialDecryption(election, tally, trustee.privateKey) }];
    expect(resultCounts(electionResult(election, singleTrustees([trustee.trustee]), tally, partials))).toEqual([
      [0, 0, 0],
    ]);
  });
});
