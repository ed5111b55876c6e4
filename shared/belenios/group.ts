/**
 * The group BELENIOS-2048 (Belenios specification 5.1): the 2048-bit prime field in which every
 * secret ballot, key and proof of Agora lives, with the arithmetic they need.
 */
import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';

/** The group's name as the election record writes it. */
export const groupName = 'BELENIOS-2048';

export const p = BigInt(
  '2069478569142254640101364365750500806492298929575110409710088478705737' +
    '4219242717401922237254497684338129066633138078958404960054389636289796' +
    '3930387739057228036059737494276713767776188985898727358650490811670993' +
    '1053586778098003079049165406377717376419867852727347447634183560003569' +
    '8305193144284561701911000786737307333564123971732897913240474578834468' +
    '2606523279746479511376726586935821800463179220736688600526271863633860' +
    '8879688212076943236614949100292344434637322214588410058642105024212036' +
    '5433561201320481118852408731077014151666200162313177169372189248078507' +
    '711827842317498073276598828825169183103125680162072880719',
);
export const g = BigInt(
  '2402352677501852209227687703532399932712287657378364916510075318787663' +
    '2741463532193202856761552696787996946682987493890950838965734256019006' +
    '0106847716449173547413728310461045868131451178164675540052740288984613' +
    '9864532661215055797097162016168270312886432456663834863635782106154918' +
    '4199825343151897406581868686511513585764101388822153960160432288436039' +
    '3098933366277284840659313840601023167509576377798266510360682240663507' +
    '6697764025346253773085133173495194248967754052573659049492477631475991' +
    '5751987751777114814909204566002054781270547282381409725186398583341157' +
    '00568353695553423781475582491896050296680037745308460627',
);
/** The order of g: exponents (scalars) live modulo q. */
export const q = BigInt('7857173325107188507992765981267145012182142125840879461151008191980562' + '3223441');

/** a mod m, always in [0, m). */
export function mod(a: bigint, m: bigint): bigint {
  const r = a % m;
  return r < 0n ? r + m : r;
}

/** base^exponent mod m by square and multiply (for bases that change: use {@link FixedBase} for g and keys). */
export function modPow(base: bigint, exponent: bigint, m: bigint = p): bigint {
  let result = 1n;
  let b = mod(base, m);
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return result;
}

/** The inverse of a modulo m (m prime). */
export function modInverse(a: bigint, m: bigint = p): bigint {
  return modPow(a, m - 2n, m);
}

/** Multiplies group elements modulo p. */
export function mul(...elements: bigint[]): bigint {
  let result = 1n;
  for (const element of elements) result = (result * element) % p;
  return result;
}

/** Whether x is an element of the subgroup of order q (what every number read from a record must be). */
export function isGroupElement(x: bigint): boolean {
  return x > 1n && x < p && modPow(x, q) === 1n;
}

/** Whether x is a scalar (an exponent in [0, q)). */
export function isScalar(x: bigint): boolean {
  return x >= 0n && x < q;
}

const windowBits = 8;
const windows = Math.ceil(256 / windowBits);

/**
 * Exponentiation of one fixed base by a table made once: base^(j · 2^(8i)) for every window i and
 * digit j, so one power costs 32 multiplications instead of some 380 (about ten times faster).
 */
export class FixedBase {
  private readonly table: bigint[][] = [];

  constructor(readonly base: bigint) {
    let windowBase = mod(base, p);
    for (let i = 0; i < windows; i++) {
      const row: bigint[] = [1n];
      for (let j = 1; j < 1 << windowBits; j++) row.push((row[j - 1]! * windowBase) % p);
      this.table.push(row);
      windowBase = (row[(1 << windowBits) - 1]! * windowBase) % p;
    }
  }

  /** base^exponent mod p, for an exponent in [0, q). */
  pow(exponent: bigint): bigint {
    let e = mod(exponent, q);
    let result = 1n;
    for (let i = 0; e > 0n; i++) {
      const digit = Number(e & 0xffn);
      if (digit) result = (result * this.table[i]![digit]!) % p;
      e >>= 8n;
    }
    return result;
  }
}

let generator: FixedBase | undefined;
/** g^exponent, by a table made on first use. */
export function gPow(exponent: bigint): bigint {
  generator ??= new FixedBase(g);
  return generator.pow(exponent);
}

/** A uniformly random scalar in [0, q), from the platform's cryptographic generator. */
export function randomScalar(): bigint {
  for (;;) {
    const bytes = new Uint8Array(40);
    globalThis.crypto.getRandomValues(bytes);
    // 320 random bits reduced mod a 256-bit q: the bias is below 2^-64.
    const x = mod(bytesToBigInt(bytes), q);
    if (x !== 0n) return x;
  }
}

/** A byte string read as a big-endian number. */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  let x = 0n;
  for (const byte of bytes) x = (x << 8n) | BigInt(byte);
  return x;
}

/** SHA-256 of a string, read big-endian, modulo q: the challenge of every proof. */
export function hashToScalar(text: string): bigint {
  return mod(bytesToBigInt(sha256(utf8ToBytes(text))), q);
}
