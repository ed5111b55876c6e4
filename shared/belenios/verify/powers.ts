/**
 * Exponentiations for checking a record: a base that recurs (a ciphertext's alpha, a credential, a
 * trustee's key) keeps its 64 squarings-apart powers, so each further power costs some 75
 * multiplications instead of some 330 (Yao's method, 4-bit digits); g and the election key use
 * fixed-base tables.
 */
import { FixedBase, gPow, mod, p, q } from '../group';

const digitBits = 4;
const digits = Math.ceil(256 / digitBits);

/** Powers of one base to many exponents, sharing its squarings. */
export class Powers {
  private readonly steps: bigint[] = [];

  constructor(readonly base: bigint) {
    let step = mod(base, p);
    for (let i = 0; i < digits; i++) {
      this.steps.push(step);
      for (let k = 0; k < digitBits; k++) step = (step * step) % p;
    }
  }

  /** base^exponent mod p, for 0 <= exponent < 2^256. */
  pow(exponent: bigint): bigint {
    const byDigit: number[][] = Array.from({ length: 1 << digitBits }, () => []);
    let e = exponent;
    for (let i = 0; e > 0n; i++) {
      const digit = Number(e & 0xfn);
      if (digit) byDigit[digit]!.push(i);
      e >>= 4n;
    }
    let result = 1n;
    let running = 1n;
    for (let digit = (1 << digitBits) - 1; digit >= 1; digit--) {
      for (const i of byDigit[digit]!) running = running === 1n ? this.steps[i]! : (running * this.steps[i]!) % p;
      if (running !== 1n) result = result === 1n ? running : (result * running) % p;
    }
    return result;
  }

  /** Whether the base is in the subgroup of order q (1 excluded, as the tool's check does not exclude it either). */
  inGroup(): boolean {
    return this.base > 0n && this.base < p && this.pow(q) === 1n;
  }
}

/** Powers of each value met during one check, made once per value. */
export class PowersCache {
  private readonly cache = new Map<bigint, Powers>();
  of(base: bigint): Powers {
    let powers = this.cache.get(base);
    if (!powers) {
      powers = new Powers(base);
      this.cache.set(base, powers);
    }
    return powers;
  }
}

const fixedBases = new Map<bigint, FixedBase>();
/** A fixed-base table for a key that is raised often (the election key), kept for the next check. */
export function fixedBase(base: bigint): FixedBase {
  let table = fixedBases.get(base);
  if (!table) {
    if (fixedBases.size >= 8) fixedBases.delete(fixedBases.keys().next().value!);
    table = new FixedBase(base);
    fixedBases.set(base, table);
  }
  return table;
}

/** g^exponent for any exponent (taken mod q). */
export function gPower(exponent: bigint): bigint {
  return gPow(mod(exponent, q));
}
