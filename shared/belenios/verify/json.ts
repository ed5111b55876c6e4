/**
 * Reading the record's JSON strictly, and writing it back as the tool does (compact, fields in
 * the specification's order), because hashes are taken over the exact bytes.
 */
import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';
import { q } from '../group';

/** A piece of the record that is not what it should be; its message is the problem's sentence. */
export class RecordProblem extends Error {}

export function fail(sentence: string): never {
  throw new RecordProblem(sentence);
}

export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fail(`${what} is not JSON.`);
  }
}

export type Obj = Record<string, unknown>;

export function object(value: unknown, what: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} is not a JSON object.`);
  return value as Obj;
}

export function array(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) fail(`${what} is not a JSON array.`);
  return value;
}

export function string(value: unknown, what: string): string {
  if (typeof value !== 'string') fail(`${what} is not a string.`);
  return value;
}

export function integer(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(`${what} is not an integer.`);
  return value;
}

/** A big number written in base 10 as a JSON string. */
export function bigNumber(value: unknown, what: string): bigint {
  if (typeof value !== 'string' || !/^[0-9]+$/.test(value)) fail(`${what} is not a number written in base 10.`);
  return BigInt(value);
}

export interface Proof {
  challenge: bigint;
  response: bigint;
}

/** A proof's challenge and response, both scalars (in [0, q)). */
export function proof(value: unknown, what: string): Proof {
  const o = object(value, what);
  const challenge = bigNumber(o.challenge, `${what}'s challenge`);
  const response = bigNumber(o.response, `${what}'s response`);
  if (challenge >= q || response >= q) fail(`${what} has a challenge or response out of range.`);
  return { challenge, response };
}

export function proofs(value: unknown, what: string): Proof[] {
  return array(value, what).map((item, i) => proof(item, `${what} #${i + 1}`));
}

export const writeProof = (p: Proof) => `{"challenge":"${p.challenge}","response":"${p.response}"}`;
export const writeProofs = (ps: Proof[]) => `[${ps.map(writeProof).join(',')}]`;

/** SHA-256 modulo q of a string: every proof's challenge. */
export function hashScalar(text: string): bigint {
  let x = 0n;
  for (const byte of sha256(utf8ToBytes(text))) x = (x << 8n) | BigInt(byte);
  return x % q;
}

/** Base64 of SHA-256 without `=`: the election fingerprint, a ballot's signed hash and its tracker. */
export function sha256B64(text: string | Uint8Array): string {
  const digest = sha256(typeof text === 'string' ? utf8ToBytes(text) : text);
  return btoa(String.fromCharCode(...digest)).replace(/=+$/, '');
}
