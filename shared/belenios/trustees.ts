/**
 * The threshold key ceremony of Belenios (Pedersen, specification 3.1.1 and 4.6): any `threshold`
 * of the trustees can decrypt together, none can alone. Steps 1, 3 and 5 run in a trustee's browser
 * with its seed; steps 2, 4 and 6 on the server, which only relays what it cannot read. Every piece
 * is the exact JSON belenios-tool 2.0 writes, so either side of the ceremony may be the tool.
 */
import { gPow, isGroupElement, mod, modPow, mul, q, randomScalar } from './group';
import {
  type Certificate,
  type SignedMessage,
  certificateFor,
  checkProofOfKnowledge,
  isRecord,
  parseJson,
  proofJson,
  readCertificate,
  readNumber,
  readSignedMessage,
  readTrusteePublicKey,
  receiveOnChannel,
  sendOnChannel,
  sign,
  signedMessageJson,
  trusteeKeys,
  trusteePublicKeyJson,
  verifySigned,
} from './trusteeChannel';

/** What a refused piece of the ceremony is wrong with, for wording it in the reader's language. */
export type CeremonyProblem =
  | 'count' // no certificates, or not one piece per trustee
  | 'malformed' // a piece that is not what its step writes
  | 'certificate' // a certificate not signed with the key it carries
  | 'notAmongCertificates' // the seed's certificate is not in the list
  | 'threshold' // a threshold outside 1 … number of trustees
  | 'commitments' // commitments not signed by their trustee, or not as many as the threshold
  | 'polynomial' // a trustee's own polynomial that it cannot open, or not the one it committed to
  | 'secret' // a secret that cannot be opened, or does not match its sender's commitments
  | 'proof' // a proof of knowledge of a key that does not hold
  | 'verificationKey' // a verification key other than the commitments give
  | 'decryptionKey'; // an output that does not hold its trustee's decryption key

/**
 * A refused piece of the ceremony, with an English sentence; `trustee` is the 1-based position of
 * the trustee the piece comes from (or that it concerns), when there is one.
 */
export class TrusteeCeremonyError extends Error {
  constructor(
    readonly problem: CeremonyProblem,
    readonly trustee: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'TrusteeCeremonyError';
  }
}

function refuse(problem: CeremonyProblem, trustee: number | undefined, message: string): never {
  throw new TrusteeCeremonyError(problem, trustee, message);
}

/** A trustee's secret seed: 22 random base58 characters (specification 4.6.1). */
export { newTrusteeSeed } from './trusteeChannel';

/** Step 1: the trustee's certificate, its verification and encryption keys signed with its signing key. */
export function trusteeCertificate(seed: string): string {
  return certificateFor(seed);
}

/** Whether a certificate is well formed and signed with the verification key it carries. */
export function checkCertificate(cert: string): boolean {
  return readCertificate(cert) !== undefined;
}

/** Step 2 (and the start of 3 to 6): every certificate must hold. */
function readCertificates(certs: string[]): Certificate[] {
  if (certs.length === 0) refuse('count', undefined, 'There are no certificates.');
  return certs.map((cert, i) => {
    const read = readCertificate(cert);
    if (!read) refuse('certificate', i + 1, `The certificate of trustee ${i + 1} is not validly signed.`);
    return read;
  });
}

/** The seed's keys and its 1-based position among the certificates. */
function ownPosition(seed: string, certificates: Certificate[]) {
  const keys = trusteeKeys(seed);
  const index = certificates.findIndex((c) => c.verification === keys.verification && c.encryption === keys.encryption);
  if (index < 0) refuse('notAmongCertificates', undefined, 'This trustee’s certificate is not among the certificates.');
  return { keys, position: index + 1 };
}

/** f(x) = a0 + a1·x + … mod q. */
function evaluate(polynomial: bigint[], x: bigint): bigint {
  return polynomial.reduceRight((result, coefficient) => mod(result * x + coefficient, q), 0n);
}

/**
 * Step 3: the trustee's random polynomial of `threshold` coefficients, sent to itself, the signed
 * commitments g^a_k, and f(j) sent to each trustee j over the channel.
 */
export function trusteePolynomial(seed: string, certs: string[], threshold: number): string {
  const certificates = readCertificates(certs);
  const { keys } = ownPosition(seed, certificates);
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > certs.length)
    refuse('threshold', undefined, `The threshold must be between 1 and ${certs.length}.`);
  const coefficients = Array.from({ length: threshold }, () => randomScalar());
  const raw = JSON.stringify({ polynomial: coefficients.map(String) });
  const coefexps = JSON.stringify({ coefexps: coefficients.map((a) => gPow(a).toString()) });
  const secrets = certificates.map((certificate, j) =>
    sendOnChannel(
      keys.sk,
      certificate.encryption,
      JSON.stringify({ secret: evaluate(coefficients, BigInt(j + 1)).toString() }),
    ),
  );
  const polynomial = sendOnChannel(keys.sk, keys.encryption, raw);
  return `{"polynomial":${JSON.stringify(polynomial)},"secrets":${JSON.stringify(secrets)},"coefexps":${signedMessageJson(sign(keys.sk, coefexps))}}`;
}

type Polynomial = { polynomial: string; secrets: string[]; coefexps: SignedMessage };

function readPolynomial(text: string, position: number, trustees: number): Polynomial {
  const value = parseJson(text);
  const coefexps = isRecord(value) ? readSignedMessage(value.coefexps) : undefined;
  if (!isRecord(value) || typeof value.polynomial !== 'string' || !coefexps || !isStringList(value.secrets, trustees))
    refuse('malformed', position, `The polynomial of trustee ${position} is malformed.`);
  return { polynomial: value.polynomial, secrets: value.secrets, coefexps };
}

function isStringList(value: unknown, length: number): value is string[] {
  return Array.isArray(value) && value.length === length && value.every((x) => typeof x === 'string');
}

/** The commitments g^a_ik of trustee i, after checking its signature (and their number, when known). */
function readCommitments(
  coefexps: SignedMessage,
  certificate: Certificate,
  position: number,
  threshold?: number,
): bigint[] {
  if (!verifySigned(certificate.verification, coefexps))
    refuse('commitments', position, `The commitments of trustee ${position} are not signed by its certificate.`);
  const value = parseJson(coefexps.message);
  const list = isRecord(value) && Array.isArray(value.coefexps) ? value.coefexps.map(readNumber) : [];
  const commitments = list.filter((x): x is bigint => x !== undefined && isGroupElement(x));
  if (commitments.length === 0 || commitments.length !== list.length)
    refuse('malformed', position, `The commitments of trustee ${position} are malformed.`);
  if (threshold !== undefined && commitments.length !== threshold)
    refuse(
      'commitments',
      position,
      `Trustee ${position} committed to ${commitments.length} coefficients instead of ${threshold}.`,
    );
  return commitments;
}

/** g^f_i(j) from the commitments of trustee i: the product of A_ik^(j^k). */
function committedShare(commitments: bigint[], j: number): bigint {
  const x = BigInt(j);
  return mul(...commitments.map((commitment, k) => modPow(commitment, x ** BigInt(k))));
}

/** Step 4 (server): routes to each trustee j its polynomial, the secrets the others sent it, and all commitments. */
export function vinputs(certs: string[], polynomials: string[]): string[] {
  const certificates = readCertificates(certs);
  if (polynomials.length !== certs.length)
    refuse('count', undefined, `There are ${polynomials.length} polynomials for ${certs.length} trustees.`);
  const read = polynomials.map((text, i) => readPolynomial(text, i + 1, certs.length));
  const threshold = readCommitments(read[0]!.coefexps, certificates[0]!, 1).length;
  read.forEach((p, i) => readCommitments(p.coefexps, certificates[i]!, i + 1, threshold));
  const coefexps = `[${read.map((p) => signedMessageJson(p.coefexps)).join(',')}]`;
  return read.map(
    (p, j) =>
      `{"polynomial":${JSON.stringify(p.polynomial)},"secrets":${JSON.stringify(read.map((other) => other.secrets[j]!))},"coefexps":${coefexps}}`,
  );
}

/**
 * Step 5 (trustee j): opens the secrets sent to it, checks each against its sender's commitments,
 * and answers its key S_j = Σ f_i(j) sent to itself, with g^S_j and a proof of knowledge of S_j.
 */
export function trusteeVoutput(seed: string, certs: string[], vinput: string): string {
  const certificates = readCertificates(certs);
  const { keys, position } = ownPosition(seed, certificates);
  const value = parseJson(vinput);
  if (!isRecord(value) || typeof value.polynomial !== 'string' || !isStringList(value.secrets, certs.length))
    refuse('malformed', position, `The input of trustee ${position} is malformed.`);
  if (!Array.isArray(value.coefexps) || value.coefexps.length !== certs.length)
    refuse('malformed', position, `The input of trustee ${position} does not hold every trustee’s commitments.`);
  const opened = readChannelJson(receiveOnChannel(keys.dk, keys.verification, value.polynomial));
  const own = Array.isArray(opened?.polynomial) ? opened.polynomial.map(readNumber) : [];
  if (own.length === 0 || own.some((a) => a === undefined))
    refuse('polynomial', position, `Trustee ${position} cannot open its own polynomial.`);
  const coefexps = value.coefexps.map((signed, i) => {
    const read = readSignedMessage(signed);
    if (!read) refuse('malformed', i + 1, `The commitments of trustee ${i + 1} are malformed.`);
    return readCommitments(read, certificates[i]!, i + 1, own.length);
  });
  if (own.some((a, k) => gPow(a!) !== coefexps[position - 1]![k]))
    refuse('polynomial', position, `The polynomial of trustee ${position} is not the one it committed to.`);
  let key = 0n;
  value.secrets.forEach((sent, i) => {
    const secret = readNumber(readChannelJson(receiveOnChannel(keys.dk, certificates[i]!.verification, sent))?.secret);
    if (secret === undefined)
      refuse('secret', i + 1, `The secret that trustee ${i + 1} sent to trustee ${position} cannot be opened.`);
    if (gPow(secret) !== committedShare(coefexps[i]!, position))
      refuse(
        'secret',
        i + 1,
        `The secret that trustee ${i + 1} sent to trustee ${position} does not match its commitments.`,
      );
    key = mod(key + secret, q);
  });
  const privateKey = sendOnChannel(keys.sk, keys.encryption, JSON.stringify({ decryption_key: key.toString() }));
  return `{"private_key":${JSON.stringify(privateKey)},"public_key":${trusteePublicKeyJson(key)}}`;
}

function readChannelJson(message: string | undefined): Record<string, unknown> | undefined {
  const value = message === undefined ? undefined : parseJson(message);
  return isRecord(value) ? value : undefined;
}

/**
 * Step 6 (server): checks every voutput (proof of knowledge, and g^S_j equal to what the
 * commitments give for j) and assembles the threshold parameters published with the election.
 */
export function thresholdParameters(
  certs: string[],
  polynomials: string[],
  voutputs: string[],
  threshold: number,
): string {
  const certificates = readCertificates(certs);
  if (polynomials.length !== certs.length || voutputs.length !== certs.length)
    refuse('count', undefined, `There must be one polynomial and one output per trustee (${certs.length}).`);
  const read = polynomials.map((text, i) => readPolynomial(text, i + 1, certs.length));
  const coefexps = read.map((p, i) => readCommitments(p.coefexps, certificates[i]!, i + 1, threshold));
  const publicKeys = voutputs.map((text, i) => {
    const value = parseJson(text);
    const publicKey =
      isRecord(value) && typeof value.private_key === 'string' ? readTrusteePublicKey(value.public_key) : undefined;
    if (!publicKey) refuse('malformed', i + 1, `The output of trustee ${i + 1} is malformed.`);
    if (!checkProofOfKnowledge(publicKey))
      refuse('proof', i + 1, `The proof that trustee ${i + 1} knows its key does not hold.`);
    const expected = mul(...coefexps.map((commitments) => committedShare(commitments, i + 1)));
    if (publicKey.publicKey !== expected)
      refuse('verificationKey', i + 1, `The verification key of trustee ${i + 1} is not the one the commitments give.`);
    return JSON.stringify({ pok: proofJson(publicKey.pok), public_key: publicKey.publicKey.toString() });
  });
  const list = (items: string[]) => `[${items.join(',')}]`;
  return `{"threshold":${threshold},"certs":${list(certificates.map((c) => signedMessageJson(c.signed)))},"coefexps":${list(read.map((p) => signedMessageJson(p.coefexps)))},"verification_keys":${list(publicKeys)}}`;
}

/** The election's `trustees` entry for one set of threshold trustees: `[["Pedersen",{…}]]`. */
export function pedersenTrustees(parameters: string): string {
  if (!isRecord(parseJson(parameters))) refuse('malformed', undefined, 'The threshold parameters are malformed.');
  return `[["Pedersen",${parameters}]]`;
}

/** The election's public key: the product of each Single key and of each Pedersen set's g^(Σ a_i0). */
export function electionPublicKey(trustees: string): bigint {
  const value = parseJson(trustees);
  if (!Array.isArray(value)) refuse('malformed', undefined, 'The trustees are malformed.');
  return mul(
    ...value.map((item: unknown) => {
      if (Array.isArray(item) && item[0] === 'Single') {
        const key = readTrusteePublicKey(item[1]);
        if (key) return key.publicKey;
      }
      if (Array.isArray(item) && item[0] === 'Pedersen' && isRecord(item[1]) && Array.isArray(item[1].coefexps)) {
        return mul(...item[1].coefexps.map((signed: unknown) => firstCommitment(readSignedMessage(signed))));
      }
      refuse('malformed', undefined, 'The trustees are malformed.');
    }),
  );
}

function firstCommitment(signed: SignedMessage | undefined): bigint {
  const value = signed && parseJson(signed.message);
  const first = isRecord(value) && Array.isArray(value.coefexps) ? readNumber(value.coefexps[0]) : undefined;
  if (first === undefined) refuse('malformed', undefined, 'The trustees are malformed.');
  return first;
}

/** The trustee's decryption key S_j, read back from its own voutput (checked against its verification key). */
export function trusteeDecryptionKey(seed: string, certs: string[], voutput: string): bigint {
  const { keys, position } = ownPosition(seed, readCertificates(certs));
  const value = parseJson(voutput);
  const publicKey = isRecord(value) ? readTrusteePublicKey(value.public_key) : undefined;
  const sent = isRecord(value) && typeof value.private_key === 'string' ? value.private_key : undefined;
  const key =
    sent === undefined
      ? undefined
      : readNumber(readChannelJson(receiveOnChannel(keys.dk, keys.verification, sent))?.decryption_key);
  if (key === undefined || !publicKey || gPow(key) !== publicKey.publicKey)
    refuse('decryptionKey', position, `The output of trustee ${position} does not hold its decryption key.`);
  return mod(key, q);
}

/** A Single trustee's key pair (its public half as the `trustees` entry writes it), for tests. */
export function singleTrustee(): { privateKey: bigint; publicKey: string } {
  const privateKey = randomScalar();
  return { privateKey, publicKey: trusteePublicKeyJson(privateKey) };
}
