/**
 * The encodings of a Belenios record (specification 4.2, 4.8, 4.15): base58 identifiers, SHA-256
 * in hex and unpadded base64, private credentials with their checksum and the keys derived from them.
 */
import { pbkdf2 } from '@noble/hashes/pbkdf2';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { base64NoPad } from './base64';
import { bytesToBigInt, gPow, mod, q } from './group';

export { base64NoPad } from './base64';

/** The 58 characters Belenios uses for identifiers and credentials, in digit order. */
export const base58Alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** `count` uniformly random base58 characters (rejection sampling: no bias). */
export function randomBase58(count: number): string {
  let text = '';
  while (text.length < count) {
    const bytes = new Uint8Array(count * 2);
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      // 232 = 4 × 58: the bytes above it would favour the first characters.
      if (byte < 232 && text.length < count) text += base58Alphabet[byte % 58];
    }
  }
  return text;
}

/** A new election identifier: 14 base58 characters, as `belenios-tool setup generate-token` makes. */
export function newUuid(): string {
  return randomBase58(14);
}

function bytesOf(input: string | Uint8Array): Uint8Array {
  return typeof input === 'string' ? utf8ToBytes(input) : input;
}

/** SHA-256 in lowercase hex: the names of the record's entries and the references between them. */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(bytesOf(input)));
}

/** SHA-256 in unpadded base64 (43 characters): the election fingerprint, ballot hashes and trackers. */
export function sha256B64(input: string | Uint8Array): string {
  return base64NoPad(sha256(bytesOf(input)));
}

/** The checksum character of 14 base58 characters (specification 4.8: 53 − c mod 53). */
function checksum(digits: string): string {
  let value = 0n;
  for (const character of digits) value = value * 58n + BigInt(base58Alphabet.indexOf(character));
  return base58Alphabet[Number(mod(53n - value, 53n))]!;
}

/** A new private credential XXX-XXX-XXX-XXX-XXX: 14 random base58 characters and a checksum. */
export function newCredential(): string {
  const digits = randomBase58(14);
  const full = digits + checksum(digits);
  return full.match(/.{3}/g)!.join('-');
}

/** Whether a text is a private credential (with or without its dashes) whose checksum holds. */
export function isCredential(text: string): boolean {
  const match =
    /^([1-9A-HJ-NP-Za-km-z]{3})-?([1-9A-HJ-NP-Za-km-z]{3})-?([1-9A-HJ-NP-Za-km-z]{3})-?([1-9A-HJ-NP-Za-km-z]{3})-?([1-9A-HJ-NP-Za-km-z]{3})$/.exec(
      text,
    );
  if (!match || (text.length !== 15 && text.length !== 19)) return false;
  const digits = match.slice(1).join('');
  return checksum(digits.slice(0, 14)) === digits[14];
}

/**
 * The credential's secret exponent: PBKDF2-HMAC-SHA256(credential, uuid, 1000 rounds, 32 bytes)
 * mod q. The password is the form with dashes (the one credentials are made and registered in;
 * belenios-tool derives another key from the form without), so a credential typed without its
 * dashes still works.
 */
export function credentialSecret(credential: string, uuid: string): bigint {
  const dashed = /^[1-9A-HJ-NP-Za-km-z]{15}$/.test(credential) ? credential.match(/.{3}/g)!.join('-') : credential;
  const derived = pbkdf2(sha256, utf8ToBytes(dashed), utf8ToBytes(uuid), { c: 1000, dkLen: 32 });
  return mod(bytesToBigInt(derived), q);
}

/** The public credential g^secret, as it is registered in the election's public credentials. */
export function publicCredential(credential: string, uuid: string): bigint {
  return gPow(credentialSecret(credential, uuid));
}
