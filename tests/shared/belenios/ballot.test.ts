/**
 * A ballot's proofs recomputed by the verification equations of the specification (4.12–4.14),
 * from the public values only: none of the ballot code's shortcuts (which use the randomness).
 */
import { describe, expect, it } from 'vitest';
import { ballotTracker, encryptBallot } from '@shared/belenios/ballot';
import { electionJson, type BeleniosQuestion } from '@shared/belenios/election';
import { newCredential, publicCredential, sha256B64 } from '@shared/belenios/encoding';
import { FixedBase, g, gPow, hashToScalar, modInverse, modPow, mul, p, q } from '@shared/belenios/group';

type Proof = { challenge: string; response: string };
type Pair = { alpha: string; beta: string };
type Answer = { choices: Pair[]; individual_proofs: Proof[][]; overall_proof: Proof[]; blank_proof?: Proof[] };
type Ballot = {
  election_uuid: string;
  election_hash: string;
  credential: string;
  answers: Answer[];
  signature: { hash: string; proof: Proof };
};

const y = gPow(123_456_789n); // the proofs are checked without the private key
const yPow = new FixedBase(y);
const uuid = 'Ka1b2c3d4e5f6g';
const motion: BeleniosQuestion = { question: 'Motion', answers: ['For', 'Against'], min: 1, max: 1, blank: true };
const board: BeleniosQuestion = { question: 'Board', answers: ['A', 'B', 'C'], min: 1, max: 2 };

/** The commitments (A, B) of one disjunct claiming that (α, β) encrypts M. */
function commitment(proof: Proof, alpha: bigint, beta: bigint, claimed: bigint): [bigint, bigint] {
  const c = BigInt(proof.challenge);
  const r = BigInt(proof.response);
  const shifted = mul(beta, modInverse(gPow(claimed)));
  return [mul(gPow(r), modPow(alpha, c)), mul(yPow.pow(r), modPow(shifted, c))];
}

/** Whether the challenges sum to the hash of `tag|S|commitments` (or `tag|S|α,β|commitments`). */
function holds(tag: string, prefix: string, proofs: Proof[], commitments: [bigint, bigint][]): boolean {
  const sum = proofs.reduce((total, proof) => (total + BigInt(proof.challenge)) % q, 0n);
  return hashToScalar(`${tag}|${prefix}|${commitments.flat().join(',')}`) === sum;
}

function checkAnswer(fingerprint: string, credential: string, question: BeleniosQuestion, answer: Answer): boolean {
  const s0 = `${fingerprint}|${credential}`;
  const pairs = answer.choices.map(({ alpha, beta }) => [BigInt(alpha), BigInt(beta)] as const);
  const individual = pairs.every(([alpha, beta], i) => {
    const proofs = answer.individual_proofs[i]!;
    const commitments = [0n, 1n].map((m, j) => commitment(proofs[j]!, alpha, beta, m));
    return holds('prove', `${s0}|${alpha},${beta}`, proofs, commitments);
  });
  const s = `${s0}|${pairs.map(([alpha, beta]) => `${alpha},${beta}`).join(',')}`;
  const range = Array.from({ length: question.max - question.min + 1 }, (_, j) => BigInt(question.min + j));
  const counted = question.blank ? pairs.slice(1) : pairs;
  const alphaSum = mul(...counted.map(([alpha]) => alpha));
  const betaSum = mul(...counted.map(([, beta]) => beta));
  if (!question.blank) {
    const commitments = range.map((m, j) => commitment(answer.overall_proof[j]!, alphaSum, betaSum, m));
    return individual && holds('prove', `${s}|${alphaSum},${betaSum}`, answer.overall_proof, commitments);
  }
  const [alpha0, beta0] = pairs[0]!;
  const blankProof = answer.blank_proof!;
  const blank = holds('bproof0', s, blankProof, [
    commitment(blankProof[0]!, alpha0, beta0, 0n),
    commitment(blankProof[1]!, alphaSum, betaSum, 0n),
  ]);
  const overall = holds('bproof1', s, answer.overall_proof, [
    commitment(answer.overall_proof[0]!, alpha0, beta0, 1n),
    ...range.map((m, j) => commitment(answer.overall_proof[j + 1]!, alphaSum, betaSum, m)),
  ]);
  return individual && blank && overall;
}

function checkSignature(ballot: string): boolean {
  const record = JSON.parse(ballot) as Ballot;
  const { signature, ...unsigned } = record;
  if (sha256B64(JSON.stringify(unsigned)) !== signature.hash) return false;
  const c = BigInt(signature.proof.challenge);
  const commitment = mul(gPow(BigInt(signature.proof.response)), modPow(BigInt(record.credential), c));
  return hashToScalar(`sig|${signature.hash}|${commitment}`) === c;
}

describe('A ballot (specification 4.11–4.15)', () => {
  const election = electionJson({ uuid, name: 'AGM', description: '', questions: [motion, board], publicKey: y });
  const credential = newCredential();

  it.each([
    {
      choices: [
        [1, 0],
        [1, 0, 0],
      ],
      why: 'For, one board member',
    },
    {
      choices: [
        [0, 1],
        [0, 1, 1],
      ],
      why: 'Against, two board members',
    },
    {
      choices: [
        [0, 0],
        [0, 0, 1],
      ],
      why: 'blank (an abstention) on the motion',
    },
  ])('$why: every proof and the signature hold', ({ choices }) => {
    const { ballot, tracker } = encryptBallot({ election, credential, choices });
    const record = JSON.parse(ballot) as Ballot;
    expect(record.credential).toBe(publicCredential(credential, uuid).toString());
    expect(record.answers[0]!.choices).toHaveLength(3);
    expect(record.answers[1]!.choices).toHaveLength(3);
    expect(record.answers[1]!.blank_proof).toBeUndefined();
    expect(checkAnswer(record.election_hash, record.credential, motion, record.answers[0]!)).toBe(true);
    expect(checkAnswer(record.election_hash, record.credential, board, record.answers[1]!)).toBe(true);
    expect(checkSignature(ballot)).toBe(true);
    expect(tracker).toBe(ballotTracker(ballot));
    expect(tracker).toBe(sha256B64(ballot));
  });

  it('a changed choice or signature no longer checks', () => {
    const { ballot } = encryptBallot({
      election,
      credential,
      choices: [
        [1, 0],
        [1, 0, 0],
      ],
    });
    const record = JSON.parse(ballot) as Ballot;
    const [first, second] = record.answers[0]!.choices;
    const swapped = {
      ...record.answers[0]!,
      choices: [first!, { ...second!, beta: String(mul(BigInt(second!.beta), g) % p) }, record.answers[0]!.choices[2]!],
    };
    expect(checkAnswer(record.election_hash, record.credential, motion, swapped)).toBe(false);
    const otherCredential = ballot.replace(record.credential, publicCredential(newCredential(), uuid).toString());
    expect(checkSignature(otherCredential)).toBe(false);
  });

  it.each([
    {
      choices: [
        [1, 1],
        [1, 0, 0],
      ],
      problem: 'between 1 and 1',
    },
    {
      choices: [
        [1, 0],
        [0, 0, 0],
      ],
      problem: 'between 1 and 2',
    },
    {
      choices: [
        [1, 0],
        [1, 1, 1],
      ],
      problem: 'between 1 and 2',
    },
    { choices: [[1, 0]], problem: '2 questions' },
    {
      choices: [
        [1, 0],
        [1, 0],
      ],
      problem: '3 choices',
    },
    {
      choices: [
        [2, 0],
        [1, 0, 0],
      ],
      problem: '0 or 1',
    },
  ])('refuses $choices ($problem)', ({ choices, problem }) => {
    expect(() => encryptBallot({ election, credential, choices })).toThrow(problem);
  });

  it('tells its progress, one step per encrypted choice and one for the signature', () => {
    const steps: string[] = [];
    encryptBallot({
      election,
      credential,
      choices: [
        [1, 0],
        [1, 0, 0],
      ],
      onProgress: (done, total) => steps.push(`${done}/${total}`),
    });
    expect(steps).toEqual(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
  });
});
