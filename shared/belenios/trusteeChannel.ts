/**
 * The private channel between the trustees of a threshold key (Belenios specification 4.6.1–4.6.3):
 * a trustee's seed and the keys derived from it, its certificate, Schnorr signatures (signed_msg)
 * and proofs of knowledge of a key (trustee_public_key, 4.5), El Gamal with AES-CCM (encrypted_msg)
 * and signed, addressed messages (channel_msg) that the server only relays.
 */
import { unsafe } from '@noble/ciphers/aes';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, bytesToUtf8, hexToBytes, utf8ToBytes } from '@noble/hashes/utils';
import {
  bytesToBigInt,
  gPow,
  groupName,
  hashToScalar,
  isGroupElement,
  isScalar,
  mod,
  modPow,
  mul,
  q,
  randomScalar,
} from './group';

/** A Schnorr proof: the challenge and the response, both scalars. */
export type Proof = { challenge: bigint; response: bigint };
/** A signed message (signed_msg): the exact string signed, and its signature. */
export type SignedMessage = { message: string; signature: Proof };

/** The keys a trustee derives from its seed: sk for signing, dk for decrypting, and their public halves. */
export type TrusteeKeys = { sk: bigint; dk: bigint; verification: bigint; encryption: bigint };

/** Derives the four keys of a trustee from its 22-character seed (SHA-256 of `sk|seed` and `dk|seed`). */
export function trusteeKeys(seed: string): TrusteeKeys {
  const sk = mod(bytesToBigInt(sha256(utf8ToBytes(`sk|${seed}`))), q);
  const dk = mod(bytesToBigInt(sha256(utf8ToBytes(`dk|${seed}`))), q);
  return { sk, dk, verification: gPow(sk), encryption: gPow(dk) };
}

const base58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** A trustee's secret seed: 22 random base58 characters. */
export function newTrusteeSeed(): string {
  let seed = '';
  while (seed.length < 22) {
    const bytes = new Uint8Array(32);
    globalThis.crypto.getRandomValues(bytes);
    // 232 = 4 × 58: bytes below it give uniform digits.
    for (const byte of bytes) if (byte < 232 && seed.length < 22) seed += base58[byte % 58];
  }
  return seed;
}

/** A certificate read and checked: the signed cert_keys, and the two public keys it carries. */
export type Certificate = { signed: SignedMessage; verification: bigint; encryption: bigint };

/** The certificate of a seed (specification 4.6.2): its cert_keys signed with its signing key. */
export function certificateFor(seed: string): string {
  const { sk, verification, encryption } = trusteeKeys(seed);
  const certKeys = JSON.stringify({ verification: verification.toString(), encryption: encryption.toString() });
  return signedMessageJson(sign(sk, certKeys));
}

/** Reads a certificate; undefined unless its keys are group elements and it is signed with its verification key. */
export function readCertificate(cert: string): Certificate | undefined {
  const signed = readSignedMessage(parseJson(cert));
  const keys = signed && parseJson(signed.message);
  if (!signed || !isRecord(keys)) return undefined;
  const verification = readNumber(keys.verification);
  const encryption = readNumber(keys.encryption);
  if (verification === undefined || encryption === undefined) return undefined;
  if (!isGroupElement(verification) || !isGroupElement(encryption)) return undefined;
  return verifySigned(verification, signed) ? { signed, verification, encryption } : undefined;
}

/** Signs a message with a signing key: challenge = H(sigmsg|M|g^w), response = w − sk·challenge. */
export function sign(sk: bigint, message: string): SignedMessage {
  const w = randomScalar();
  const challenge = hashToScalar(`sigmsg|${message}|${gPow(w)}`);
  return { message, signature: { challenge, response: mod(w - sk * challenge, q) } };
}

/** Whether a signed message carries a valid signature for the verification key vk. */
export function verifySigned(vk: bigint, { message, signature }: SignedMessage): boolean {
  const { challenge, response } = signature;
  if (!isScalar(challenge) || !isScalar(response)) return false;
  const commitment = mul(gPow(response), modPow(vk, challenge));
  return hashToScalar(`sigmsg|${message}|${commitment}`) === challenge;
}

/** A trustee_public_key: X = g^x and a proof of knowledge of x (specification 4.5), compact. */
export function trusteePublicKeyJson(x: bigint): string {
  const publicKey = gPow(x);
  const w = randomScalar();
  const challenge = hashToScalar(`pok|${groupName}|${publicKey}|${gPow(w)}`);
  const pok: Proof = { challenge, response: mod(w - x * challenge, q) };
  return JSON.stringify({ pok: proofJson(pok), public_key: publicKey.toString() });
}

export type TrusteePublicKey = { publicKey: bigint; pok: Proof };

/** Reads a trustee_public_key (already parsed from JSON), or undefined when it is not one. */
export function readTrusteePublicKey(value: unknown): TrusteePublicKey | undefined {
  if (!isRecord(value) || !isRecord(value.pok)) return undefined;
  const publicKey = readNumber(value.public_key);
  const challenge = readNumber(value.pok.challenge);
  const response = readNumber(value.pok.response);
  if (publicKey === undefined || challenge === undefined || response === undefined) return undefined;
  return { publicKey, pok: { challenge, response } };
}

/** Whether the proof of knowledge of a trustee_public_key holds: challenge = H(pok|group|X|g^response·X^challenge). */
export function checkProofOfKnowledge({ publicKey, pok: { challenge, response } }: TrusteePublicKey): boolean {
  if (!isGroupElement(publicKey) || challenge >= q || response >= q) return false;
  const commitment = mul(gPow(response), modPow(publicKey, challenge));
  return hashToScalar(`pok|${groupName}|${publicKey}|${commitment}`) === challenge;
}

/** A proof as the record writes it. */
export function proofJson({ challenge, response }: Proof): { challenge: string; response: string } {
  return { challenge: challenge.toString(), response: response.toString() };
}

/** The signed_msg structure, compact, fields in the tool's order. */
export function signedMessageJson(signed: SignedMessage): string {
  return JSON.stringify({ message: signed.message, signature: proofJson(signed.signature) });
}

/** Reads a signed_msg (already parsed from JSON), or undefined when it is not one. */
export function readSignedMessage(value: unknown): SignedMessage | undefined {
  if (!isRecord(value) || typeof value.message !== 'string' || !isRecord(value.signature)) return undefined;
  const challenge = readNumber(value.signature.challenge);
  const response = readNumber(value.signature.response);
  if (challenge === undefined || response === undefined) return undefined;
  return { message: value.message, signature: { challenge, response } };
}

/**
 * Encrypts a message for an encryption key (encrypted_msg): El Gamal of a random g^s, whose hash
 * keys AES-256-CCM, the nonce taken from the hash of alpha.
 */
export function encryptFor(ek: bigint, plaintext: string): string {
  const r = randomScalar();
  const s = randomScalar();
  const secret = gPow(s);
  const alpha = gPow(r);
  const beta = mul(modPow(ek, r), secret);
  const data = ccmEncrypt(symmetricKey(secret), initialisationVector(alpha), utf8ToBytes(plaintext));
  return JSON.stringify({ alpha: alpha.toString(), beta: beta.toString(), data: bytesToHex(data) });
}

/** Decrypts an encrypted_msg with a decryption key; undefined when it is malformed or its tag fails. */
export function decryptWith(dk: bigint, encrypted: string): string | undefined {
  const value = parseJson(encrypted);
  if (!isRecord(value) || typeof value.data !== 'string' || !/^([0-9a-fA-F]{2})*$/.test(value.data)) return undefined;
  const alpha = readNumber(value.alpha);
  const beta = readNumber(value.beta);
  if (alpha === undefined || beta === undefined || !isGroupElement(alpha) || !isGroupElement(beta)) return undefined;
  // alpha has order q (checked above), so alpha^(q − dk) is the inverse of alpha^dk, at a 256-bit cost.
  const secret = mul(beta, modPow(alpha, mod(-dk, q)));
  const plaintext = ccmDecrypt(symmetricKey(secret), initialisationVector(alpha), hexToBytes(value.data));
  return plaintext && bytesToUtf8(plaintext);
}

/** send(sk, recipient, message) of specification 4.6.3: addressed, signed, then encrypted for the recipient. */
export function sendOnChannel(sk: bigint, recipient: bigint, message: string): string {
  const channelMessage = JSON.stringify({ recipient: recipient.toString(), message });
  return encryptFor(recipient, signedMessageJson(sign(sk, channelMessage)));
}

/**
 * Opens a channel message sent to the holder of dk by the holder of the verification key vk:
 * undefined unless it decrypts, its signature holds and it is addressed to g^dk.
 */
export function receiveOnChannel(dk: bigint, vk: bigint, encrypted: string): string | undefined {
  const decrypted = decryptWith(dk, encrypted);
  const signed = decrypted === undefined ? undefined : readSignedMessage(parseJson(decrypted));
  if (!signed || !verifySigned(vk, signed)) return undefined;
  const channelMessage = parseJson(signed.message);
  if (!isRecord(channelMessage) || typeof channelMessage.message !== 'string') return undefined;
  if (readNumber(channelMessage.recipient) !== gPow(dk)) return undefined;
  return channelMessage.message;
}

/** JSON.parse that answers undefined instead of throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A number written in base 10 as a JSON string (how the record writes group elements and scalars). */
export function readNumber(value: unknown): bigint | undefined {
  return typeof value === 'string' && /^[0-9]{1,700}$/.test(value) ? BigInt(value) : undefined;
}

function symmetricKey(secret: bigint): Uint8Array {
  return sha256(utf8ToBytes(`key|${secret}`));
}

function initialisationVector(alpha: bigint): Uint8Array {
  return sha256(utf8ToBytes(`iv|${alpha}`));
}

/*
 * AES-CCM (RFC 3610) as Belenios uses it (its SJCL-derived code): no associated data, an 8-byte
 * tag, a length field of L = 2 to 4 bytes (the fewest that hold the message length) and a nonce of
 * the first 15 − L bytes of the 32-byte initialisation vector.
 */
const tagLength = 8;

function lengthFieldSize(messageLength: number): number {
  let size = 2;
  while (size < 4 && Math.floor(messageLength / 2 ** (8 * size)) !== 0) size++;
  return size;
}

/** A block: first byte flags, then the nonce, then a number in the last L bytes. */
function formatBlock(flags: number, nonce: Uint8Array, value: number, size: number): Uint8Array {
  const block = new Uint8Array(16);
  block[0] = flags;
  block.set(nonce, 1);
  for (let i = 0, v = value; i < size; i++, v = Math.floor(v / 256)) block[15 - i] = v & 0xff;
  return block;
}

function ccmTag(expandedKey: Uint32Array, nonce: Uint8Array, size: number, plaintext: Uint8Array): Uint8Array {
  const flags = (((tagLength - 2) / 2) << 3) | (size - 1);
  let mac = unsafe.encryptBlock(expandedKey, formatBlock(flags, nonce, plaintext.length, size));
  for (let offset = 0; offset < plaintext.length; offset += 16) {
    const next = new Uint8Array(16);
    for (let i = 0; i < 16; i++) next[i] = mac[i]! ^ (plaintext[offset + i] ?? 0);
    mac = unsafe.encryptBlock(expandedKey, next);
  }
  return mac.slice(0, tagLength);
}

/** Counter mode from counter 1 over the data; counter 0 masks the tag. */
function ccmCounter(expandedKey: Uint32Array, nonce: Uint8Array, size: number, data: Uint8Array, tag: Uint8Array) {
  const stream = (counter: number) => unsafe.encryptBlock(expandedKey, formatBlock(size - 1, nonce, counter, size));
  const out = new Uint8Array(data.length);
  for (let offset = 0; offset < data.length; offset += 16) {
    const key = stream(offset / 16 + 1);
    for (let i = 0; i < 16 && offset + i < data.length; i++) out[offset + i] = data[offset + i]! ^ key[i]!;
  }
  const mask = stream(0);
  return { out, maskedTag: tag.map((byte, i) => byte ^ mask[i]!) };
}

function ccmEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const expandedKey = unsafe.expandKeyLE(key);
  const size = lengthFieldSize(plaintext.length);
  const nonce = iv.slice(0, 15 - size);
  const { out, maskedTag } = ccmCounter(
    expandedKey,
    nonce,
    size,
    plaintext,
    ccmTag(expandedKey, nonce, size, plaintext),
  );
  const result = new Uint8Array(out.length + tagLength);
  result.set(out);
  result.set(maskedTag, out.length);
  return result;
}

function ccmDecrypt(key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Uint8Array | undefined {
  if (ciphertext.length < tagLength) return undefined;
  const expandedKey = unsafe.expandKeyLE(key);
  const data = ciphertext.subarray(0, ciphertext.length - tagLength);
  const size = lengthFieldSize(data.length);
  const nonce = iv.slice(0, 15 - size);
  const { out, maskedTag } = ccmCounter(expandedKey, nonce, size, data, ciphertext.subarray(data.length));
  const expected = ccmTag(expandedKey, nonce, size, out);
  let difference = 0;
  for (let i = 0; i < tagLength; i++) difference |= expected[i]! ^ maskedTag[i]!;
  return difference === 0 ? out : undefined;
}

/** AES-256-CCM as the channel uses it, for tests that compare it with another implementation. */
export const channelCipherForTests = { encrypt: ccmEncrypt, decrypt: ccmDecrypt };
