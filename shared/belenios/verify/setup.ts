/**
 * The election, its trustees and its public credentials, checked as `belenios-tool election
 * verify` does: trustees' proofs of knowledge, Pedersen certificates, signed coefficient
 * commitments and verification keys against them, the election key as their product.
 */
import { gPow, groupName, mod, p, q } from '../group';
import {
  array,
  bigNumber,
  fail,
  hashScalar,
  integer,
  object,
  parseJson,
  proof,
  sha256B64,
  string,
  type Proof,
} from './json';
import { Powers, PowersCache } from './powers';

export interface Question {
  answers: number;
  min: number;
  max: number;
  blank: boolean;
}

export interface Election {
  raw: string;
  uuid: string;
  fingerprint: string;
  publicKey: bigint;
  questions: Question[];
}

/** Reads an election (only BELENIOS-2048 and homomorphic questions, which is all Agora makes). */
export function parseElection(raw: string): Election {
  const e = object(parseJson(raw, 'The election'), 'The election');
  if (e.version !== 1) fail('The election is not of version 1.');
  if (e.group !== groupName) fail(`The election's group is not ${groupName}.`);
  const uuid = string(e.uuid, "The election's uuid");
  if (!/^[1-9A-HJ-NP-Za-km-z]{14,}$/.test(uuid)) fail("The election's uuid is not made of base58 characters.");
  const publicKey = bigNumber(e.public_key, "The election's public key");
  const questions = array(e.questions, "The election's questions").map((value, i): Question => {
    const what = `Question ${i + 1}`;
    const question = object(value, what);
    if (!Array.isArray(question.answers))
      fail(`${what} is not a homomorphic question, which this verifier does not read.`);
    const answers = question.answers.length;
    const min = integer(question.min, `${what}'s min`);
    const max = integer(question.max, `${what}'s max`);
    if (question.blank !== undefined && typeof question.blank !== 'boolean') fail(`${what}'s blank is not a boolean.`);
    if (min < 0 || max < min || max > answers) fail(`${what}'s min and max are not between 0 and its answers.`);
    return { answers, min, max, blank: question.blank === true };
  });
  return { raw, uuid, fingerprint: sha256B64(raw), publicKey, questions };
}

/** Whether a Schnorr proof holds: challenge = H(prefix + (g^response · key^challenge)). */
function schnorr(key: Powers, { challenge, response }: Proof, prefix: string): boolean {
  const commitment = (gPow(response) * key.pow(challenge)) % p;
  return hashScalar(`${prefix}${commitment}`) === challenge;
}

export type Trustee =
  { kind: 'Single'; publicKey: bigint } | { kind: 'Pedersen'; threshold: number; verificationKeys: bigint[] };

export interface Trustees {
  list: Trustee[];
  /** The product of every trustee's sub-key: must be the election's key. */
  combinedKey: bigint;
}

function trusteePublicKey(value: unknown, what: string, powers: PowersCache): bigint {
  const t = object(value, what);
  const key = bigNumber(t.public_key, `${what}'s public key`);
  const keyPowers = powers.of(key);
  if (!keyPowers.inGroup()) fail(`${what}'s public key is not in the group.`);
  if (!schnorr(keyPowers, proof(t.pok, `${what}'s proof`), `pok|${groupName}|${key}|`))
    fail(`${what}'s proof of knowledge of its private key is wrong.`);
  return key;
}

/** A message signed by a Pedersen trustee's signing key. */
function signedMessage(value: unknown, key: bigint, what: string, powers: PowersCache): string {
  const signed = object(value, what);
  const message = string(signed.message, `${what}'s message`);
  if (!schnorr(powers.of(key), proof(signed.signature, `${what}'s signature`), `sigmsg|${message}|`))
    fail(`${what}'s signature is wrong.`);
  return message;
}

function pedersen(value: unknown, what: string, powers: PowersCache): { trustee: Trustee; subKey: bigint } {
  const t = object(value, what);
  const threshold = integer(t.threshold, `${what}'s threshold`);
  const certs = array(t.certs, `${what}'s certificates`);
  const coefexps = array(t.coefexps, `${what}'s coefficient commitments`);
  const keys = array(t.verification_keys, `${what}'s verification keys`);
  const n = certs.length;
  if (n === 0 || coefexps.length !== n || keys.length !== n)
    fail(`${what} does not have as many certificates, commitments and verification keys.`);
  const commitments = certs.map((cert, i) => {
    const signer = parseJson(string(object(cert, 'A certificate').message, 'A certificate'), `Certificate ${i + 1}`);
    const verification = bigNumber(object(signer, `Certificate ${i + 1}`).verification, `Certificate ${i + 1}'s key`);
    signedMessage(cert, verification, `${what}'s certificate ${i + 1}`, powers);
    const message = signedMessage(coefexps[i], verification, `${what}'s commitments of trustee ${i + 1}`, powers);
    const list = array(object(parseJson(message, 'Commitments'), 'Commitments').coefexps, 'Commitments');
    return list.map((x, k) => bigNumber(x, `Commitment ${k + 1} of trustee ${i + 1}`));
  });
  if (commitments.some((c) => c.length !== threshold))
    fail(`${what}'s threshold is not the number of coefficients each trustee committed to.`);
  const verificationKeys = keys.map((key, j) => trusteePublicKey(key, `${what}'s verification key ${j + 1}`, powers));
  // Trustee j's key must be the product over i and k of A_ik^(j^k) (specification 4.6.6).
  verificationKeys.forEach((key, j) => {
    let expected = 1n;
    for (const c of commitments) {
      let jk = 1n;
      for (const a of c) {
        expected = (expected * powers.of(a).pow(jk)) % p;
        jk = mod(jk * BigInt(j + 1), q);
      }
    }
    if (expected !== key) fail(`${what}'s verification key ${j + 1} does not match the trustees' commitments.`);
  });
  const subKey = commitments.reduce((product, c) => (product * c[0]!) % p, 1n);
  return { trustee: { kind: 'Pedersen', threshold, verificationKeys }, subKey };
}

/** Reads and checks the trustees entry. */
export function parseTrustees(raw: string, powers: PowersCache): Trustees {
  const list: Trustee[] = [];
  let combinedKey = 1n;
  array(parseJson(raw, 'The trustees'), 'The trustees').forEach((item, i) => {
    const [kind, value] = array(item, `Trustee entry ${i + 1}`);
    if (kind === 'Single') {
      const publicKey = trusteePublicKey(value, `Trustee ${i + 1}`, powers);
      list.push({ kind: 'Single', publicKey });
      combinedKey = (combinedKey * publicKey) % p;
    } else if (kind === 'Pedersen') {
      const { trustee, subKey } = pedersen(value, `Trustee group ${i + 1}`, powers);
      list.push(trustee);
      combinedKey = (combinedKey * subKey) % p;
    } else fail(`Trustee entry ${i + 1} is neither Single nor Pedersen.`);
  });
  if (list.length === 0) fail('The election has no trustees.');
  return { list, combinedKey };
}

/** Public credentials and their weights (1 unless written "credential,weight"). */
export function parseCredentials(raw: string, powers: PowersCache): Map<string, bigint> {
  const credentials = new Map<string, bigint>();
  array(parseJson(raw, 'The public credentials'), 'The public credentials').forEach((item, i) => {
    const text = string(item, `Public credential ${i + 1}`);
    const [credential = '', weight = '1', extra] = text.split(',');
    if (extra !== undefined || !/^[0-9]+$/.test(weight) || BigInt(weight) <= 0n)
      fail(`Public credential ${i + 1} has a wrong weight.`);
    const value = bigNumber(credential, `Public credential ${i + 1}`);
    if (!powers.of(value).inGroup()) fail(`Public credential ${i + 1} is not in the group.`);
    const key = value.toString();
    if (credentials.has(key)) fail(`Public credential ${i + 1} appears twice.`);
    credentials.set(key, BigInt(weight));
  });
  return credentials;
}
