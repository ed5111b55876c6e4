/**
 * One ballot checked as belenios-tool checks it before accepting it: canonical bytes, the
 * election it names, a registered credential, the signature, and every proof of each answer
 * (each choice 0 or 1, the count between min and max, or a blank vote where allowed).
 */
import { gPow, p, q } from '../group';
import {
  array,
  bigNumber,
  fail,
  hashScalar,
  object,
  parseJson,
  proof,
  proofs,
  sha256B64,
  string,
  writeProof,
  writeProofs,
  type Proof,
} from './json';
import { fixedBase, gPower, type PowersCache } from './powers';
import type { Election, Question } from './setup';

export interface Ciphertext {
  alpha: bigint;
  beta: bigint;
}

interface Answer {
  choices: Ciphertext[];
  individualProofs: Proof[][];
  overallProof: Proof[];
  blankProof?: Proof[];
}

export interface Ballot {
  credential: bigint;
  /** The ciphertexts of each question, in order. */
  choices: Ciphertext[][];
}

const writeCiphertexts = (cs: Ciphertext[]) =>
  `[${cs.map((c) => `{"alpha":"${c.alpha}","beta":"${c.beta}"}`).join(',')}]`;

function writeAnswer(a: Answer): string {
  const blank = a.blankProof ? `,"blank_proof":${writeProofs(a.blankProof)}` : '';
  return (
    `{"choices":${writeCiphertexts(a.choices)},"individual_proofs":[${a.individualProofs.map(writeProofs).join(',')}]` +
    `,"overall_proof":${writeProofs(a.overallProof)}${blank}}`
  );
}

function readAnswer(value: unknown, what: string): Answer {
  const a = object(value, what);
  const choices = array(a.choices, `${what}'s choices`).map((c, i) => {
    const ciphertext = object(c, `${what}'s choice ${i + 1}`);
    return {
      alpha: bigNumber(ciphertext.alpha, `${what}'s choice ${i + 1}`),
      beta: bigNumber(ciphertext.beta, `${what}'s choice ${i + 1}`),
    };
  });
  const individualProofs = array(a.individual_proofs, `${what}'s proofs`).map((ps, i) =>
    proofs(ps, `${what}'s proof ${i + 1}`),
  );
  const overallProof = proofs(a.overall_proof, `${what}'s overall proof`);
  const blankProof = a.blank_proof === undefined ? undefined : proofs(a.blank_proof, `${what}'s blank proof`);
  return { choices, individualProofs, overallProof, blankProof };
}

/** Checks a disjunctive proof over commitments computed from each disjunct's (alpha, beta / g^m). */
class ProofChecker {
  constructor(
    private readonly y: { pow(e: bigint): bigint },
    private readonly powers: PowersCache,
  ) {}

  /** g^r · alpha^c and y^r · (beta / g^m)^c, the commitments of one disjunct. */
  commitments(c: Ciphertext, m: number, { challenge, response }: Proof): [bigint, bigint] {
    const a = (gPow(response) * this.powers.of(c.alpha).pow(challenge)) % p;
    const shift = m === 0 ? 1n : gPower(-BigInt(m) * challenge);
    const b = (((this.y.pow(response) * this.powers.of(c.beta).pow(challenge)) % p) * shift) % p;
    return [a, b];
  }

  /** Whether the proofs' challenges sum to H(prefix + commitments). */
  holds(prefix: string, disjuncts: [Ciphertext, number][], ps: Proof[]): boolean {
    if (ps.length !== disjuncts.length) return false;
    const commitments = disjuncts.flatMap(([c, m], i) => this.commitments(c, m, ps[i]!));
    const total = ps.reduce((sum, x) => sum + x.challenge, 0n);
    return hashScalar(`${prefix}${commitments.join(',')}`) === total % q;
  }
}

const product = (cs: Ciphertext[]): Ciphertext =>
  cs.reduce((s, c) => ({ alpha: (s.alpha * c.alpha) % p, beta: (s.beta * c.beta) % p }), { alpha: 1n, beta: 1n });

function checkAnswer(
  checker: ProofChecker,
  powers: PowersCache,
  question: Question,
  a: Answer,
  s0: string,
  what: string,
) {
  const n = question.answers + (question.blank && a.blankProof ? 1 : 0);
  if (a.choices.length !== n || a.individualProofs.length !== n) fail(`${what} does not have one choice per answer.`);
  if (a.blankProof && !question.blank) fail(`${what} has a blank proof where blank is not allowed.`);
  a.choices.forEach((c, i) => {
    if (!powers.of(c.alpha).inGroup() || !powers.of(c.beta).inGroup())
      fail(`${what}'s choice ${i + 1} is not in the group.`);
    const prefix = `prove|${s0}|${c.alpha},${c.beta}|`;
    if (
      !checker.holds(
        prefix,
        [
          [c, 0],
          [c, 1],
        ],
        a.individualProofs[i]!,
      )
    )
      fail(`${what}'s proof that choice ${i + 1} is 0 or 1 is wrong.`);
  });
  const s = `${s0}|${a.choices.map((c) => `${c.alpha},${c.beta}`).join(',')}`;
  const range = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
  if (!a.blankProof) {
    const sum = product(a.choices);
    const disjuncts = range.map((m): [Ciphertext, number] => [sum, m]);
    if (!checker.holds(`prove|${s}|${sum.alpha},${sum.beta}|`, disjuncts, a.overallProof))
      fail(`${what}'s proof that between ${question.min} and ${question.max} answers are chosen is wrong.`);
    return;
  }
  const blank = a.choices[0]!;
  const sum = product(a.choices.slice(1));
  if (
    !checker.holds(
      `bproof0|${s}|`,
      [
        [blank, 0],
        [sum, 0],
      ],
      a.blankProof,
    )
  )
    fail(`${what}'s proof that the vote is either blank or not blank is wrong.`);
  const overall = [[blank, 1] as [Ciphertext, number], ...range.map((m): [Ciphertext, number] => [sum, m])];
  if (!checker.holds(`bproof1|${s}|`, overall, a.overallProof))
    fail(`${what}'s proof that it is blank or has between ${question.min} and ${question.max} answers is wrong.`);
}

/** The ballot's bytes as the tool writes them, with or without its signature. */
function writeBallot(uuid: string, hash: string, credential: bigint, answers: Answer[], signature?: string): string {
  const tail = signature === undefined ? '' : `,"signature":${signature}`;
  return `{"election_uuid":${JSON.stringify(uuid)},"election_hash":${JSON.stringify(hash)},"credential":"${credential}","answers":[${answers.map(writeAnswer).join(',')}]${tail}}`;
}

/**
 * Checks one ballot's form, election, signature and proofs (not whether its credential is
 * registered: the caller knows the list). Throws a RecordProblem naming what is wrong.
 */
export function checkBallotProofs(election: Election, raw: string, powers: PowersCache): Ballot {
  const b = object(parseJson(raw, 'The ballot'), 'The ballot');
  const uuid = string(b.election_uuid, "The ballot's election");
  const hash = string(b.election_hash, "The ballot's election fingerprint");
  const credential = bigNumber(b.credential, "The ballot's credential");
  const answers = array(b.answers, "The ballot's answers").map((a, i) => readAnswer(a, `Answer ${i + 1}`));
  const signature = object(b.signature, "The ballot's signature");
  const signedHash = string(signature.hash, "The ballot's signed hash");
  const signatureProof = proof(signature.proof, "The ballot's signature");
  const written = `{"hash":${JSON.stringify(signedHash)},"proof":${writeProof(signatureProof)}}`;
  if (writeBallot(uuid, hash, credential, answers, written) !== raw)
    fail('The ballot is not written in the canonical form.');
  if (uuid !== election.uuid) fail('The ballot is for another election (its uuid differs).');
  if (hash !== election.fingerprint) fail('The ballot names another election (its fingerprint differs).');
  if (answers.length !== election.questions.length) fail('The ballot does not answer every question.');
  if (signedHash !== sha256B64(writeBallot(uuid, hash, credential, answers)))
    fail('The ballot was changed after it was signed (its signed hash differs).');
  const credentialPowers = powers.of(credential);
  if (!credentialPowers.inGroup()) fail("The ballot's credential is not in the group.");
  const commitment = (gPow(signatureProof.response) * credentialPowers.pow(signatureProof.challenge)) % p;
  if (hashScalar(`sig|${signedHash}|${commitment}`) !== signatureProof.challenge)
    fail("The ballot's signature is wrong: it was not signed with its credential.");
  const checker = new ProofChecker(fixedBase(election.publicKey), powers);
  const s0 = `${election.fingerprint}|${credential}`;
  answers.forEach((a, i) => checkAnswer(checker, powers, election.questions[i]!, a, s0, `Answer ${i + 1}`));
  return { credential, choices: answers.map((a) => a.choices) };
}
