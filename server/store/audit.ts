import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';
import type { Operation } from './versioned';
import type { AuditEntry, AuditRecord } from '@shared/api/audit';

/** Changing a recorded value behind the app's back no longer matches the latest entry that names it. */
export type { AuditEntry, AuditRecord };

/** One link of the chain as stored: its number, the previous link's hash, its own, the entry. */
export interface AuditLink {
  /** The stream id (its time of writing). */
  id: string;
  seq: number;
  prev: string;
  hash: string;
  /** The entry exactly as written: the hash covers these characters. */
  json: string;
}

/** Where the chain stands: the number and hash of its last link, printed in the minutes. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** The hash before the first link. */
export const genesisHash = '0'.repeat(64);

/** A link's hash: SHA-256 of the previous hash, the link's number and the entry's characters. */
export const linkHash = (prev: string, seq: number, json: string) =>
  createHash('sha256').update(`${prev}\n${seq}\n${json}`).digest('hex');

export const digestOf = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

/**
 * The Lua that appends a link: it reads the head, hashes (SHA-256, in the script so that the
 * link and the change it records land in one atomic step, whichever process writes) and moves
 * the head. Scripts that change audited state start with this and call audit_append.
 */
export const auditAppendLua = `
local band, bor, bxor, bnot, rshift, lshift, ror, tobit = bit.band, bit.bor, bit.bxor, bit.bnot, bit.rshift, bit.lshift, bit.ror, bit.tobit
local K = {
0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,0x923f82a4,0xab1c5ed5,
0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,
0xe49b69c1,0xefbe4786,0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,
0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,
0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,0x650a7354,0x766a0abb,0x81c2c92e,0x92722c85,
0xa2bfe8a1,0xa81a664b,0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,
0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,
0x748f82ee,0x78a5636f,0x84c87814,0x8cc70208,0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2}
local function sha256(msg)
  local len = #msg
  msg = msg .. '\\128' .. string.rep('\\0', (55 - len) % 64) .. string.char(0, 0, 0, 0, band(rshift(len * 8, 24), 255), band(rshift(len * 8, 16), 255), band(rshift(len * 8, 8), 255), band(len * 8, 255))
  local h0, h1, h2, h3, h4, h5, h6, h7 = 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
  local w = {}
  for chunk = 1, #msg, 64 do
    for i = 0, 15 do
      local a, b, c, d = string.byte(msg, chunk + i * 4, chunk + i * 4 + 3)
      w[i] = bor(lshift(a, 24), lshift(b, 16), lshift(c, 8), d)
    end
    for i = 16, 63 do
      local x, y = w[i - 15], w[i - 2]
      w[i] = tobit(w[i - 16] + bxor(ror(x, 7), ror(x, 18), rshift(x, 3)) + w[i - 7] + bxor(ror(y, 17), ror(y, 19), rshift(y, 10)))
    end
    local a, b, c, d, e, f, g, h = h0, h1, h2, h3, h4, h5, h6, h7
    for i = 0, 63 do
      local t1 = h + bxor(ror(e, 6), ror(e, 11), ror(e, 25)) + bxor(band(e, f), band(bnot(e), g)) + K[i + 1] + w[i]
      local t2 = bxor(ror(a, 2), ror(a, 13), ror(a, 22)) + bxor(band(a, b), band(a, c), band(b, c))
      h = g; g = f; f = e; e = tobit(d + t1); d = c; c = b; b = a; a = tobit(t1 + t2)
    end
    h0 = tobit(h0 + a); h1 = tobit(h1 + b); h2 = tobit(h2 + c); h3 = tobit(h3 + d)
    h4 = tobit(h4 + e); h5 = tobit(h5 + f); h6 = tobit(h6 + g); h7 = tobit(h7 + h)
  end
  return bit.tohex(h0) .. bit.tohex(h1) .. bit.tohex(h2) .. bit.tohex(h3) .. bit.tohex(h4) .. bit.tohex(h5) .. bit.tohex(h6) .. bit.tohex(h7)
end
local function audit_append(stream, head, entry)
  local last = redis.call('HMGET', head, 'seq', 'hash')
  local seq = tonumber(last[1] or '0') + 1
  local prev = last[2] or '${genesisHash}'
  local hash = sha256(prev .. '\\n' .. seq .. '\\n' .. entry)
  redis.call('XADD', stream, '*', 'seq', seq, 'prev', prev, 'hash', hash, 'entry', entry)
  redis.call('HSET', head, 'seq', seq, 'hash', hash)
  return hash
end
`;

const appendOne = `${auditAppendLua}
return audit_append(KEYS[1], KEYS[2], ARGV[1])
`;

/** Writes, then the entry that records them: all in one atomic step. */
const writeAndAppend = `${auditAppendLua}
for _, operation in ipairs(cjson.decode(ARGV[1])) do redis.call(unpack(operation)) end
return audit_append(KEYS[1], KEYS[2], ARGV[2])
`;

/** A stream entry's fields as the link they hold. */
export function linkOf([id, fields]: [string, string[]]): AuditLink {
  const value: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) value[fields[i] as string] = fields[i + 1] as string;
  return { id, seq: Number(value.seq ?? 0), prev: value.prev ?? '', hash: value.hash ?? '', json: value.entry ?? '{}' };
}

/** A record of a value about to be written under `key` (and `field`), for an entry's records. */
export function auditRecord(
  keys: RedisKeys,
  key: string,
  field: string | undefined,
  value: string | Buffer,
): AuditRecord {
  const relative = key.startsWith(`${keys.prefix}:`) ? key.slice(keys.prefix.length + 1) : key;
  return field === undefined
    ? { key: relative, digest: digestOf(value) }
    : { key: relative, field, digest: digestOf(value) };
}

/**
 * Makes the writes and appends the entry that records them in one atomic step: a crash never
 * leaves a change without its link, or a link without its change.
 */
export async function writeAudited(
  redis: Redis,
  keys: RedisKeys,
  operations: Operation[],
  entry: AuditEntry,
): Promise<void> {
  await redis.eval(writeAndAppend, 2, keys.audit, keys.auditHead, JSON.stringify(operations), JSON.stringify(entry));
}

/** The audit trail: an append-only stream where each entry is chained to the one before. */
export function auditStore(redis: Redis, keys: RedisKeys) {
  return {
    /** Appends one entry as the next link (changes that write state put theirs in the same script). */
    async append(entry: AuditEntry): Promise<void> {
      await redis.eval(appendOne, 2, keys.audit, keys.auditHead, JSON.stringify(entry));
    },

    /** A record of a value about to be written under `key` (and `field`), for an entry's records. */
    record: (key: string, field: string | undefined, value: string | Buffer) => auditRecord(keys, key, field, value),

    /** The last link: its number and hash (zero and the genesis hash when nothing was written). */
    async head(): Promise<ChainHead> {
      const [seq, hash] = await redis.hmget(keys.auditHead, 'seq', 'hash');
      return { seq: Number(seq ?? 0), hash: hash ?? genesisHash };
    },

    /** Every link, oldest first, a page at a time. */
    async *links(): AsyncGenerator<AuditLink> {
      let start = '-';
      for (;;) {
        const batch = (await redis.xrange(keys.audit, start, '+', 'COUNT', 1000)) as Array<[string, string[]]>;
        for (const entry of batch) yield linkOf(entry);
        if (batch.length < 1000) return;
        start = `(${batch[batch.length - 1]?.[0]}`;
      }
    },

    /** The newest entries first, optionally only those about one subject ("member:57"). */
    async latest(options: { count?: number; subject?: string } = {}): Promise<Array<AuditEntry & { id: string }>> {
      const wanted = options.count ?? 100;
      const found: Array<AuditEntry & { id: string }> = [];
      let end = '+';
      while (found.length < wanted) {
        const batch = (await redis.xrevrange(keys.audit, end, '-', 'COUNT', 500)) as Array<[string, string[]]>;
        for (const raw of batch) {
          const link = linkOf(raw);
          const entry = JSON.parse(link.json) as AuditEntry;
          if (!options.subject || entry.subject === options.subject) found.push({ id: link.id, ...entry });
          if (found.length >= wanted) break;
        }
        if (batch.length < 500) break;
        end = `(${batch[batch.length - 1]?.[0]}`;
      }
      return found;
    },
  };
}
export type AuditStore = ReturnType<typeof auditStore>;
