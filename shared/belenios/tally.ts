/**
 * The count of a Belenios election (specification 4.16, 4.18, 4.19): the ballots multiplied into
 * an encrypted tally, each trustee's partial decryption with its proofs, and the result combined
 * from them (Lagrange coefficients for threshold trustees) by a discrete logarithm of small counts.
 */
import type { Ciphertext } from './ballot';
import { compactJson, parseElection, type Election } from './election';
import {
  g,
  gPow,
  groupName,
  hashToScalar,
  isGroupElement,
  mod,
  modInverse,
  modPow,
  mul,
  p,
  q,
  randomScalar,
} from './group';

type CiphertextRecord = { alpha: string; beta: string };
type ProofRecord = { challenge: string; response: string };
type PartialRecord = { decryption_factors: string[][]; decryption_proofs: ProofRecord[][] };
type TrusteeRecord =
  | ['Single', { pok: ProofRecord; public_key: string }]
  | ['Pedersen', { threshold: number; verification_keys: { pok: ProofRecord; public_key: string }[] }];

const proofRecord = (challenge: bigint, response: bigint): ProofRecord => ({
  challenge: challenge.toString(),
  response: response.toString(),
});

function readTally(encryptedTally: string): Ciphertext[][] {
  const records = JSON.parse(encryptedTally) as CiphertextRecord[][];
  return records.map((question) => question.map(({ alpha, beta }) => ({ alpha: BigInt(alpha), beta: BigInt(beta) })));
}

/** How many ciphertexts each question's answer holds (a leading blank one where blank is allowed). */
function answerSizes(election: Election): number[] {
  return election.questions.map((question) => question.answers.length + (question.blank ? 1 : 0));
}

/**
 * The ballots that count (specification 4.15, last): a revote replaces the earlier ballot of the
 * same credential and takes its place at the end.
 */
export function lastBallots(ballots: string[]): string[] {
  const byCredential = new Map<string, string>();
  for (const ballot of ballots) {
    const { credential } = JSON.parse(ballot) as { credential: string };
    byCredential.delete(credential);
    byCredential.set(credential, ballot);
  }
  return [...byCredential.values()];
}

/** The pointwise product of the ballots' ciphertexts, per question (the ballots that count, in order). */
export function encryptedTally(election: string, ballots: string[]): string {
  const parsed = parseElection(election);
  const totals = answerSizes(parsed).map((size) => Array.from({ length: size }, () => ({ alpha: 1n, beta: 1n })));
  for (const ballot of ballots) {
    const record = JSON.parse(ballot) as { election_hash: string; answers: { choices: CiphertextRecord[] }[] };
    if (record.election_hash !== parsed.fingerprint) throw new Error('A ballot belongs to another election.');
    totals.forEach((question, i) =>
      question.forEach((total, j) => {
        const choice = record.answers[i]?.choices[j];
        if (!choice) throw new Error('A ballot does not answer every question.');
        total.alpha = mul(total.alpha, BigInt(choice.alpha));
        total.beta = mul(total.beta, BigInt(choice.beta));
      }),
    );
  }
  return compactJson(
    totals.map((question) => question.map(({ alpha, beta }) => ({ alpha: alpha.toString(), beta: beta.toString() }))),
  );
}

const decryptHash = (fingerprint: string, publicKey: bigint, a: bigint, b: bigint) =>
  hashToScalar(`decrypt|${fingerprint}|${publicKey}|${a},${b}`);

/** One trustee's decryption factors α^x of the tally with their proofs (the PartialDecryption payload). */
export function partialDecryption(election: string, encryptedTally: string, privateKey: bigint): string {
  const { fingerprint } = parseElection(election);
  const publicKey = gPow(privateKey);
  const factors: string[][] = [];
  const proofs: ProofRecord[][] = [];
  for (const question of readTally(encryptedTally)) {
    factors.push(question.map(({ alpha }) => modPow(alpha, privateKey).toString()));
    proofs.push(
      question.map(({ alpha }) => {
        const w = randomScalar();
        const challenge = decryptHash(fingerprint, publicKey, gPow(w), modPow(alpha, w));
        return proofRecord(challenge, mod(w - privateKey * challenge, q));
      }),
    );
  }
  return compactJson({ decryption_factors: factors, decryption_proofs: proofs });
}

/** Whether a partial decryption is well formed for the tally and each factor's proof holds for the key. */
function readPartial(fingerprint: string, tally: Ciphertext[][], publicKey: bigint, partial: string): bigint[][] {
  const record = JSON.parse(partial) as PartialRecord;
  const factors = tally.map((question, i) =>
    question.map((ciphertext, j) => {
      const factor = BigInt(record.decryption_factors[i]?.[j] ?? 0);
      const proof = record.decryption_proofs[i]?.[j];
      // 1 is the factor of an empty tally (α = 1), which the group check leaves out.
      if (!proof || !(factor === 1n || isGroupElement(factor)))
        throw new Error('A partial decryption does not fit the tally.');
      const challenge = BigInt(proof.challenge);
      const response = BigInt(proof.response);
      const a = mul(gPow(response), modPow(publicKey, challenge));
      const b = mul(modPow(ciphertext.alpha, response), modPow(factor, challenge));
      if (decryptHash(fingerprint, publicKey, a, b) !== challenge)
        throw new Error('A partial decryption has a wrong proof.');
      return factor;
    }),
  );
  return factors;
}

/** λ_δ = Π k/(k−δ) over the other indexes k of the set (specification 4.19). */
function lagrange(indexes: number[], delta: number): bigint {
  let coefficient = 1n;
  for (const k of indexes) {
    if (k === delta) continue;
    coefficient = mod(coefficient * BigInt(k) * modInverse(mod(BigInt(k - delta), q), q), q);
  }
  return coefficient;
}

/** The exponents k of g^k among the targets, by walking g^0, g^1, … (counts are small). */
function discreteLogs(targets: bigint[], limit = 1_000_000): number[] {
  const wanted = new Map<bigint, number>(targets.map((target) => [target, -1]));
  let remaining = wanted.size;
  let power = 1n;
  for (let k = 0; remaining > 0; k++) {
    if (k > limit) throw new Error('A count is out of reach: the decryption is wrong.');
    if (wanted.get(power) === -1) {
      wanted.set(power, k);
      remaining--;
    }
    power = mul(power, g);
  }
  return targets.map((target) => wanted.get(target)!);
}

/**
 * The result from the encrypted tally and the partial decryptions. `trusteeIndex` is the owner
 * number the tool writes: 1-based over the trustees list, a Pedersen entry of n trustees taking n
 * numbers (so, with one Pedersen entry, the trustee's position in it). Every proof is checked.
 */
export function electionResult(
  election: string,
  trustees: string,
  encryptedTally: string,
  partials: { trusteeIndex: number; partial: string }[],
): string {
  const { fingerprint, publicKey } = parseElection(election);
  const tally = readTally(encryptedTally);
  // The election key rebuilt from the keys that decrypt: if it differs, no count would come out.
  let electionKey = 1n;
  const combined = tally.map((question) => question.map(() => 1n));
  const multiply = (factors: bigint[][], exponent?: bigint) =>
    factors.forEach((question, i) =>
      question.forEach((factor, j) => {
        const part = exponent === undefined ? factor : modPow(factor, exponent);
        combined[i]![j] = mul(combined[i]![j]!, part);
      }),
    );
  let owner = 0;
  for (const [kind, parameters] of JSON.parse(trustees) as TrusteeRecord[]) {
    if (kind === 'Single') {
      owner++;
      const partial = partials.find((candidate) => candidate.trusteeIndex === owner);
      if (!partial) throw new Error(`The partial decryption of trustee ${owner} is missing.`);
      electionKey = mul(electionKey, BigInt(parameters.public_key));
      multiply(readPartial(fingerprint, tally, BigInt(parameters.public_key), partial.partial));
      continue;
    }
    const first = owner + 1;
    owner += parameters.verification_keys.length;
    const present = partials.filter((candidate) => candidate.trusteeIndex >= first && candidate.trusteeIndex <= owner);
    const indexes = [...new Set(present.map((candidate) => candidate.trusteeIndex - first + 1))];
    if (indexes.length < parameters.threshold)
      throw new Error(`${parameters.threshold} partial decryptions are needed, ${indexes.length} were given.`);
    for (const delta of indexes) {
      const partial = present.find((candidate) => candidate.trusteeIndex - first + 1 === delta)!;
      const key = BigInt(parameters.verification_keys[delta - 1]!.public_key);
      const coefficient = lagrange(indexes, delta);
      electionKey = mul(electionKey, modPow(key, coefficient));
      multiply(readPartial(fingerprint, tally, key, partial.partial), coefficient);
    }
  }
  if (electionKey !== publicKey) throw new Error('The trustees do not hold the election key.');
  const targets = tally.flatMap((question, i) =>
    question.map(({ beta }, j) => mul(beta, modInverse(combined[i]![j]!, p))),
  );
  const logs = discreteLogs(targets);
  let next = 0;
  return compactJson({ result: tally.map((question) => question.map(() => logs[next++]!)) });
}

/** The counts of a result: per question, [blank (where allowed), then each answer]. */
export function resultCounts(result: string): number[][] {
  return (JSON.parse(result) as { result: number[][] }).result;
}

/**
 * A trustee that decrypts alone (a `Single` entry, specification 4.5): a random private key and
 * its public key with a proof of knowledge.
 */
export function singleTrusteeKey(): { privateKey: bigint; trustee: string } {
  const privateKey = randomScalar();
  const publicKey = gPow(privateKey);
  const w = randomScalar();
  const challenge = hashToScalar(`pok|${groupName}|${publicKey}|${gPow(w)}`);
  const pok = proofRecord(challenge, mod(w - privateKey * challenge, q));
  return { privateKey, trustee: compactJson(['Single', { pok, public_key: publicKey.toString() }]) };
}

/** The trustees structure from its entries (specification 4.7). */
export function singleTrustees(entries: string[]): string {
  return `[${entries.join(',')}]`;
}
