/**
 * The count: the encrypted tally recomputed from the last ballot of each credential, each
 * trustee's partial decryption proven against its key, the decryption factors combined (Lagrange
 * coefficients within a Pedersen group), and the published result checked against them.
 */
import { gPow, mod, modInverse, modPow, p, q } from '../group';
import { array, bigNumber, fail, hashScalar, object, parseJson, proofs, type Proof } from './json';
import type { PowersCache } from './powers';
import type { Ciphertext } from './ballots';
import type { Election, Trustees } from './setup';

/** The product of each question's ciphertexts over the ballots, each raised to its voter's weight. */
export function encryptedTally(
  election: Election,
  ballots: { weight: bigint; choices: Ciphertext[][] }[],
): Ciphertext[][] {
  return election.questions.map((question, i) => {
    const width = ballots[0]?.choices[i]?.length ?? question.answers + (question.blank ? 1 : 0);
    return Array.from({ length: width }, (_, j) => {
      let alpha = 1n;
      let beta = 1n;
      for (const ballot of ballots) {
        const c = ballot.choices[i]![j];
        if (!c) fail('The tallied ballots do not all have the same number of choices.');
        alpha = (alpha * (ballot.weight === 1n ? c.alpha : modPow(c.alpha, ballot.weight))) % p;
        beta = (beta * (ballot.weight === 1n ? c.beta : modPow(c.beta, ballot.weight))) % p;
      }
      return { alpha, beta };
    });
  });
}

export const writeTally = (tally: Ciphertext[][]) =>
  `[${tally.map((cs) => `[${cs.map((c) => `{"alpha":"${c.alpha}","beta":"${c.beta}"}`).join(',')}]`).join(',')}]`;

/** Reads an encrypted tally as the record writes it. */
export function parseTally(raw: string): Ciphertext[][] {
  return array(parseJson(raw, 'The encrypted tally'), 'The encrypted tally').map((cs, i) =>
    array(cs, `The encrypted tally of question ${i + 1}`).map((c) => {
      const o = object(c, 'A ciphertext of the tally');
      return { alpha: bigNumber(o.alpha, 'A ciphertext'), beta: bigNumber(o.beta, 'A ciphertext') };
    }),
  );
}

/** Decryption factors of one trustee, each proven: g^r·X^c and alpha^r·f^c hash to c. */
export function checkFactors(
  fingerprint: string,
  tally: Ciphertext[][],
  key: bigint,
  raw: string,
  powers: PowersCache,
  what: string,
): bigint[][] {
  const pd = object(parseJson(raw, what), what);
  const factors = array(pd.decryption_factors, `${what}'s factors`).map((fs, i) =>
    array(fs, `${what}'s factors`).map((f, j) => bigNumber(f, `${what}'s factor ${i + 1}.${j + 1}`)),
  );
  const proofsOf: Proof[][] = array(pd.decryption_proofs, `${what}'s proofs`).map((ps, i) =>
    proofs(ps, `${what}'s proofs of question ${i + 1}`),
  );
  const written =
    `{"decryption_factors":[${factors.map((fs) => `[${fs.map((f) => `"${f}"`).join(',')}]`).join(',')}]` +
    `,"decryption_proofs":[${proofsOf.map((ps) => `[${ps.map((x) => `{"challenge":"${x.challenge}","response":"${x.response}"}`).join(',')}]`).join(',')}]}`;
  if (written !== raw) fail(`${what} is not written in the canonical form.`);
  if (
    factors.length !== tally.length ||
    tally.some((cs, i) => cs.length !== factors[i]!.length || cs.length !== proofsOf[i]!.length)
  )
    fail(`${what} does not have one factor per ciphertext of the tally.`);
  const keyPowers = powers.of(key);
  tally.forEach((cs, i) =>
    cs.forEach((c, j) => {
      const f = factors[i]![j]!;
      const { challenge, response } = proofsOf[i]![j]!;
      const fPowers = powers.of(f);
      if (!fPowers.inGroup()) fail(`${what}'s factor ${i + 1}.${j + 1} is not in the group.`);
      const a = (gPow(response) * keyPowers.pow(challenge)) % p;
      const b = (powers.of(c.alpha).pow(response) * fPowers.pow(challenge)) % p;
      if (hashScalar(`decrypt|${fingerprint}|${key}|${a},${b}`) !== challenge)
        fail(`${what}'s proof of decryption ${i + 1}.${j + 1} is wrong.`);
    }),
  );
  return factors;
}

/** The public key of each owner (1-based, over the trustees as listed). */
export function ownerKeys(trustees: Trustees): bigint[] {
  return trustees.list.flatMap((t) => (t.kind === 'Single' ? [t.publicKey] : t.verificationKeys));
}

/** λ_j = ∏ k / (k − j) mod q over the other indexes k used (specification 4.19). */
const lagrange = (indexes: number[], j: number) =>
  indexes.reduce((l, k) => (k === j ? l : (((l * BigInt(k)) % q) * modInverse(mod(BigInt(k - j), q), q)) % q), 1n);

/**
 * The synthetic factor of each ciphertext: every Single trustee's factor, times each Pedersen
 * group's factors of its first `threshold` trustees combined with Lagrange coefficients.
 */
export function combineFactors(
  trustees: Trustees,
  factorsByOwner: Map<number, bigint[][]>,
  shape: Ciphertext[][],
): bigint[][] {
  const combined = shape.map((cs) => cs.map(() => 1n));
  const multiply = (factors: bigint[][], exponent: bigint | null) =>
    combined.forEach((fs, i) =>
      fs.forEach((f, j) => {
        const x = factors[i]![j]!;
        fs[j] = (f * (exponent === null ? x : modPow(x, exponent))) % p;
      }),
    );
  let owner = 1;
  trustees.list.forEach((t, n) => {
    if (t.kind === 'Single') {
      const factors = factorsByOwner.get(owner);
      if (!factors) fail(`Trustee ${owner} (a mandatory one) has no partial decryption.`);
      multiply(factors, null);
      owner++;
      return;
    }
    const present = t.verificationKeys.map((_, i) => i + 1).filter((i) => factorsByOwner.has(owner + i - 1));
    if (present.length < t.threshold)
      fail(
        `Trustee group ${n + 1} has ${present.length} partial decryptions, fewer than its threshold ${t.threshold}.`,
      );
    const used = present.slice(0, t.threshold);
    for (const i of used) multiply(factorsByOwner.get(owner + i - 1)!, lagrange(used, i));
    owner += t.verificationKeys.length;
  });
  return combined;
}

/** Reads the result's counts, each a JSON integer or (for large weights) a string. */
export function parseResult(raw: string): bigint[][] {
  const r = object(parseJson(raw, 'The result'), 'The result');
  return array(r.result, 'The result').map((counts, i) =>
    array(counts, `The result of question ${i + 1}`).map((x) => {
      if (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0) return BigInt(x);
      return bigNumber(x, `A count of question ${i + 1}`);
    }),
  );
}

/** Whether each count is the discrete log of beta over the combined factor: beta / F = g^count. */
export function checkResult(tally: Ciphertext[][], factors: bigint[][], result: bigint[][]): boolean {
  if (result.length !== tally.length || tally.some((cs, i) => cs.length !== result[i]!.length)) return false;
  return tally.every((cs, i) =>
    // beta = F · g^count, without inverting F (an inversion costs some ten exponentiations).
    cs.every((c, j) => c.beta === (factors[i]![j]! * gPow(result[i]![j]! % q)) % p),
  );
}
