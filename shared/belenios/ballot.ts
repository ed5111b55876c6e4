/**
 * A voter's Belenios ballot (specification 4.11–4.15): every choice encrypted under the election
 * key with its 0/1 proof, the overall (and blank) proofs of each answer, and the signature made
 * with the voter's credential. Every power is taken with a fixed base (g or the election key).
 */
import { sha256B64, credentialSecret } from './encoding';
import { compactJson, parseElection, type BeleniosQuestion } from './election';
import { FixedBase, g, gPow, hashToScalar, mod, mul, q, randomScalar } from './group';

export type Ciphertext = { alpha: bigint; beta: bigint };
export type Proof = { challenge: bigint; response: bigint };

const keyTables = new Map<string, FixedBase>();

/** The fixed-base table of an election key, made once per key (the few most recent are kept). */
export function keyTable(publicKey: bigint): FixedBase {
  const name = publicKey.toString();
  let table = keyTables.get(name);
  if (!table) {
    table = new FixedBase(publicKey);
    if (keyTables.size >= 4) keyTables.delete(keyTables.keys().next().value!);
    keyTables.set(name, table);
  }
  return table;
}

/** A ciphertext (g^r, y^r g^m) with its secrets, and the plaintext one disjunct claims it holds. */
type Statement = { ciphertext: Ciphertext; r: bigint; m: bigint; claimed: bigint };

/**
 * A disjunctive proof that one statement holds (specification 4.12, 4.13): the true one answered
 * with a commitment, the others simulated. The prover knows each r, so a simulated commitment
 * g^s·α^c, y^s·(β/g^M)^c is g^(s+rc), y^(s+rc)·g^((m−M)c): fixed bases only.
 */
function disjunctiveProof(
  y: FixedBase,
  statements: Statement[],
  trueIndex: number,
  hash: (commitments: bigint[]) => bigint,
): Proof[] {
  const proofs: Proof[] = [];
  const commitments: bigint[] = [];
  let w = 0n;
  let simulated = 0n;
  statements.forEach((statement, j) => {
    if (j === trueIndex) {
      w = randomScalar();
      commitments.push(gPow(w), y.pow(w));
      proofs.push({ challenge: 0n, response: 0n });
      return;
    }
    const challenge = randomScalar();
    const response = randomScalar();
    const exponent = mod(response + statement.r * challenge, q);
    commitments.push(gPow(exponent), mul(y.pow(exponent), gPow(mod((statement.m - statement.claimed) * challenge, q))));
    proofs.push({ challenge, response });
    simulated += challenge;
  });
  const challenge = mod(hash(commitments) - simulated, q);
  proofs[trueIndex] = { challenge, response: mod(w - statements[trueIndex]!.r * challenge, q) };
  return proofs;
}

function product(statements: Statement[]): Statement {
  return statements.reduce(
    (total, statement) => ({
      ciphertext: {
        alpha: mul(total.ciphertext.alpha, statement.ciphertext.alpha),
        beta: mul(total.ciphertext.beta, statement.ciphertext.beta),
      },
      r: mod(total.r + statement.r, q),
      m: total.m + statement.m,
      claimed: 0n,
    }),
    { ciphertext: { alpha: 1n, beta: 1n }, r: 0n, m: 0n, claimed: 0n },
  );
}

const pair = (ciphertext: Ciphertext) => `${ciphertext.alpha},${ciphertext.beta}`;

/** Checks one question's 0/1 vector and returns it with the leading blank choice where blank is allowed. */
function plaintexts(question: BeleniosQuestion, choices: number[] | undefined, index: number): number[] {
  if (!choices || choices.length !== question.answers.length)
    throw new Error(`Question ${index + 1} needs ${question.answers.length} choices.`);
  if (choices.some((choice) => choice !== 0 && choice !== 1))
    throw new Error(`Question ${index + 1}: each choice is 0 or 1.`);
  const chosen = choices.reduce((sum, choice) => sum + choice, 0);
  if (question.blank && chosen === 0) return [1, ...choices];
  if (chosen < question.min || chosen > question.max) {
    const blank = question.blank ? ', or none for a blank vote' : '';
    throw new Error(`Question ${index + 1}: between ${question.min} and ${question.max} choices${blank}.`);
  }
  if (question.blank) return [0, ...choices];
  return choices;
}

type AnswerRecord = {
  choices: { alpha: string; beta: string }[];
  individual_proofs: { challenge: string; response: string }[][];
  overall_proof: { challenge: string; response: string }[];
  blank_proof?: { challenge: string; response: string }[];
};

const proofRecord = (proof: Proof) => ({ challenge: proof.challenge.toString(), response: proof.response.toString() });

/** One question's answer_h (specification 4.11.1). */
function encryptAnswer(
  y: FixedBase,
  prefix: string,
  question: BeleniosQuestion,
  vector: number[],
  progress: () => void,
): AnswerRecord {
  const statements: Statement[] = [];
  const individualProofs: Proof[][] = [];
  for (const choice of vector) {
    const r = randomScalar();
    const m = BigInt(choice);
    const ciphertext = { alpha: gPow(r), beta: m === 1n ? mul(y.pow(r), g) : y.pow(r) };
    statements.push({ ciphertext, r, m, claimed: 0n });
    const hash = (commitments: bigint[]) =>
      hashToScalar(`prove|${prefix}|${pair(ciphertext)}|${commitments.join(',')}`);
    individualProofs.push(
      disjunctiveProof(
        y,
        [0n, 1n].map((claimed) => ({ ciphertext, r, m, claimed })),
        choice,
        hash,
      ),
    );
    progress();
  }
  const whole = `${prefix}|${statements.map((statement) => pair(statement.ciphertext)).join(',')}`;
  const range = Array.from({ length: question.max - question.min + 1 }, (_, j) => BigInt(question.min + j));
  const record: AnswerRecord = {
    choices: statements.map(({ ciphertext }) => ({
      alpha: ciphertext.alpha.toString(),
      beta: ciphertext.beta.toString(),
    })),
    individual_proofs: individualProofs.map((proofs) => proofs.map(proofRecord)),
    overall_proof: [],
  };
  if (!question.blank) {
    const sum = product(statements);
    const hash = (commitments: bigint[]) =>
      hashToScalar(`prove|${whole}|${pair(sum.ciphertext)}|${commitments.join(',')}`);
    const trueIndex = range.indexOf(sum.m);
    record.overall_proof = disjunctiveProof(
      y,
      range.map((claimed) => ({ ...sum, claimed })),
      trueIndex,
      hash,
    ).map(proofRecord);
    return record;
  }
  // Specification 4.13: m0 = 0 ∨ mΣ = 0 (blank proof) and m0 = 1 ∨ mΣ ∈ [min, max] (overall proof).
  const blank = statements[0]!;
  const sum = product(statements.slice(1));
  const blankHash = (commitments: bigint[]) => hashToScalar(`bproof0|${whole}|${commitments.join(',')}`);
  record.blank_proof = disjunctiveProof(
    y,
    [
      { ...blank, claimed: 0n },
      { ...sum, claimed: 0n },
    ],
    blank.m === 0n ? 0 : 1,
    blankHash,
  ).map(proofRecord);
  const overallHash = (commitments: bigint[]) => hashToScalar(`bproof1|${whole}|${commitments.join(',')}`);
  record.overall_proof = disjunctiveProof(
    y,
    [{ ...blank, claimed: 1n }, ...range.map((claimed) => ({ ...sum, claimed }))],
    blank.m === 1n ? 0 : 1 + range.indexOf(sum.m),
    overallHash,
  ).map(proofRecord);
  return record;
}

/**
 * Encrypts a voter's choices (per question a 0/1 vector over its answers; all zeros is a blank
 * vote where the question allows it) and signs the ballot with the credential. Returns the ballot's
 * exact bytes and its tracker.
 */
export function encryptBallot(input: {
  election: string;
  credential: string;
  choices: number[][];
  onProgress?: (done: number, total: number) => void;
}): { ballot: string; tracker: string } {
  const election = parseElection(input.election);
  if (input.choices.length !== election.questions.length)
    throw new Error(`The election has ${election.questions.length} questions.`);
  const vectors = election.questions.map((question, index) => plaintexts(question, input.choices[index], index));
  const total = vectors.reduce((sum, vector) => sum + vector.length, 0) + 1;
  let done = 0;
  const progress = () => input.onProgress?.(++done, total);

  const y = keyTable(election.publicKey);
  const secret = credentialSecret(input.credential, election.uuid);
  const credential = gPow(secret).toString();
  const prefix = `${election.fingerprint}|${credential}`;
  const answers = election.questions.map((question, index) =>
    encryptAnswer(y, prefix, question, vectors[index]!, progress),
  );
  const unsigned = { election_uuid: election.uuid, election_hash: election.fingerprint, credential, answers };
  const hash = sha256B64(compactJson(unsigned));
  // Specification 4.14: a Schnorr signature over the hash of the ballot without its signature.
  const w = randomScalar();
  const challenge = hashToScalar(`sig|${hash}|${gPow(w)}`);
  const signature = { hash, proof: proofRecord({ challenge, response: mod(w - secret * challenge, q) }) };
  const ballot = compactJson({ ...unsigned, signature });
  progress();
  return { ballot, tracker: ballotTracker(ballot) };
}

/** A ballot's tracker: unpadded base64 SHA-256 of its exact bytes (what the voter keeps to find it). */
export function ballotTracker(ballot: string): string {
  return sha256B64(ballot);
}
