import { isUtf8 } from 'node:buffer';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';

/**
 * A portable export of an install's whole store: gzip of JSON lines, read with Redis's ordinary
 * commands and written back with ordinary writes (never DUMP payloads), so it moves between Redis
 * versions and from one prefix to another.
 *
 * Line 1: {"format":"agora-export","version":1,"keys":N,"types":{string,hash,list,set,zset,stream}}.
 * Then each key, sorted by its bytes, without the prefix: {"key","type","size","value"}, where a
 * value is its text, or {"base64"} when its bytes are not UTF-8; hash fields and set members
 * sorted, lists in order, sorted sets with their scores, streams with their entries' ids and the
 * stream's last id. A collection of more than 1,000 items continues on lines {"key","value"}.
 * The header carries no date, so the same store always gives the same bytes.
 */
export const exportFormat = 'agora-export';
export const exportVersion = 1;

export const keyTypes = ['string', 'hash', 'list', 'set', 'zset', 'stream'] as const;
export type KeyType = (typeof keyTypes)[number];
export type Counts = Record<KeyType, number>;

export interface ExportSummary {
  keys: number;
  types: Counts;
}

/** An export file that cannot be imported, or a store that must not receive it: said in one line. */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
}

/** A value as the export file holds it: text when its bytes are UTF-8, base64 otherwise. */
type Encoded = string | { base64: string };
const encode = (bytes: Buffer): Encoded =>
  isUtf8(bytes) ? bytes.toString('utf8') : { base64: bytes.toString('base64') };

/** One item of a collection, as read from Redis. */
type Item = Buffer | [Buffer, Buffer] | [Buffer, string] | [string, Buffer[]];

const itemsPerLine = 1000;
const bytesPerLine = 16 * 1024 * 1024;
export const emptyCounts = (): Counts => ({ string: 0, hash: 0, list: 0, set: 0, zset: 0, stream: 0 });

/**
 * The keys of the install an export carries: all but what rebuilds itself: keys with an expiry
 * (sessions, single-use links, rate counters, seen Message-IDs), the job queues and Socket.IO's
 * streams and recovery sessions. Names without the prefix, sorted by their bytes.
 */
export async function exportedKeys(
  redis: Redis,
  keys: RedisKeys,
  options: { first?: boolean } = {},
): Promise<Array<{ name: Buffer; type: KeyType }>> {
  const prefix = Buffer.from(`${keys.prefix}:`);
  const rebuilt = [Buffer.from(`${keys.queues}:`), Buffer.from(keys.socketStream)];
  const kept: Array<{ name: Buffer; type: KeyType }> = [];
  const seen = new Set<string>();
  let cursor = '0';
  do {
    const [next, found] = await redis.scanBuffer(
      cursor,
      'MATCH',
      `${keys.prefix.replace(/[*?[\]\\]/g, '\\$&')}:*`,
      'COUNT',
      1000,
    );
    cursor = next.toString();
    const batch = found.filter(
      (key) =>
        !rebuilt.some((start) => key.subarray(0, start.length).equals(start)) && !seen.has(key.toString('latin1')),
    );
    if (batch.length === 0) continue;
    const pipe = redis.pipeline();
    for (const key of batch) pipe.type(key).pttl(key);
    const replies = (await pipe.exec()) ?? [];
    batch.forEach((key, index) => {
      seen.add(key.toString('latin1'));
      const type = replies[2 * index]?.[1] as string;
      if (replies[2 * index + 1]?.[1] !== -1) return; // expiring, or gone since the scan
      if (!(keyTypes as readonly string[]).includes(type))
        throw new Error(`The key ${key.toString()} is a Redis ${type}, which an export cannot hold.`);
      kept.push({ name: key.subarray(prefix.length), type: type as KeyType });
    });
    if (options.first && kept.length > 0) break;
  } while (cursor !== '0');
  return kept.sort((a, b) => Buffer.compare(a.name, b.name));
}

/**
 * Writes every exported key of the install to `file` (through a temporary file, renamed when
 * complete). Consistent key by key: for one moment's copy of everything, export while Agora is
 * stopped, or copy the append-only file (docs/backup.md).
 */
export async function exportStore(redis: Redis, keys: RedisKeys, file: string): Promise<ExportSummary> {
  const stored = await exportedKeys(redis, keys);
  const types = emptyCounts();
  for (const { type } of stored) types[type]++;
  const summary: ExportSummary = { keys: stored.length, types };

  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await Promise.race([once(gzip, 'drain'), written]);
  };
  try {
    await write(JSON.stringify({ format: exportFormat, version: exportVersion, ...summary }));
    const prefix = Buffer.from(`${keys.prefix}:`);
    for (const { name, type } of stored) {
      const key = Buffer.concat([prefix, name]);
      const changed = () => new Error(`The key ${name.toString()} changed while it was read; run the export again.`);
      const keyJson = JSON.stringify(encode(name));
      if (type === 'string') {
        const value = await redis.getBuffer(key);
        if (value === null) throw changed();
        await write(`{"key":${keyJson},"type":"string","value":${JSON.stringify(encode(value))}}`);
        continue;
      }
      const { size, lastId, items } = await readCollection(redis, key, type);
      let line: string[] = [];
      let bytes = 0;
      let count = 0;
      let first = true;
      const flush = async () => {
        const start = first
          ? `{"key":${keyJson},"type":"${type}","size":${size},${lastId === undefined ? '' : `"lastId":"${lastId}",`}`
          : `{"key":${keyJson},`;
        await write(`${start}"value":[${line.join(',')}]}`);
        first = false;
        line = [];
        bytes = 0;
      };
      for await (const item of items) {
        const json = JSON.stringify(encodeItem(item));
        line.push(json);
        bytes += json.length;
        count++;
        if (line.length >= itemsPerLine || bytes >= bytesPerLine) await flush();
      }
      if (count !== size) throw changed();
      if (first || line.length > 0) await flush();
    }
    gzip.end();
    await written;
    await rename(partial, file);
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
  return summary;
}

function encodeItem(item: Item): unknown {
  if (Buffer.isBuffer(item)) return encode(item);
  const [first, second] = item;
  if (typeof first === 'string')
    return [first, pairs(second as Buffer[]).map(([field, value]) => [encode(field), encode(value)])];
  if (typeof second === 'string')
    return [encode(first), /^[+-]?inf$/i.test(second) ? (second.startsWith('-') ? '-inf' : 'inf') : Number(second)];
  return [encode(first), encode(second as Buffer)];
}

const pairs = (flat: Buffer[]): Array<[Buffer, Buffer]> => {
  const result: Array<[Buffer, Buffer]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) result.push([flat[i]!, flat[i + 1]!]);
  return result;
};

/** The id right after a stream id: where the next page starts. */
const nextId = (id: string): string => {
  const [ms = '0', seq = '0'] = id.split('-');
  return BigInt(seq) === 2n ** 64n - 1n ? `${BigInt(ms) + 1n}-0` : `${ms}-${BigInt(seq) + 1n}`;
};

/** A collection's size, and its items in the export's order, read a page at a time where it can grow. */
async function readCollection(
  redis: Redis,
  key: Buffer,
  type: Exclude<KeyType, 'string'>,
): Promise<{ size: number; lastId?: string; items: AsyncIterable<Item> | Iterable<Item> }> {
  const page = 1000;
  switch (type) {
    case 'hash': {
      const fields = pairs((await redis.callBuffer('HGETALL', key)) as Buffer[]).sort((a, b) =>
        Buffer.compare(a[0], b[0]),
      );
      return { size: fields.length, items: fields };
    }
    case 'set': {
      const members = ((await redis.callBuffer('SMEMBERS', key)) as Buffer[]).sort(Buffer.compare);
      return { size: members.length, items: members };
    }
    case 'list': {
      const size = await redis.llen(key);
      // Lists only grow at their end: the first `size` items are those of this moment.
      const items = async function* () {
        for (let start = 0; start < size; start += page)
          yield* await redis.lrangeBuffer(key, start, Math.min(start + page, size) - 1);
      };
      return { size, items: items() };
    }
    case 'zset': {
      const size = await redis.zcard(key);
      const items = async function* () {
        for (let start = 0; start < size; start += page) {
          // RESP3 answers [member, score] pairs, RESP2 a flat list.
          const reply = (await redis.callBuffer(
            'ZRANGE',
            key,
            start,
            Math.min(start + page, size) - 1,
            'WITHSCORES',
          )) as unknown[];
          for (const [member, score] of pairs(reply.flat() as Buffer[]))
            yield [member, String(score)] as [Buffer, string];
        }
      };
      return { size, items: items() };
    }
    case 'stream': {
      const info = (await redis.xinfo('STREAM', key)) as unknown[] | Record<string, unknown>;
      const field = (name: string) => (Array.isArray(info) ? info[info.indexOf(name) + 1] : info[name]);
      const size = Number(field('length'));
      const lastId = String(field('last-generated-id'));
      // Up to the last id of this moment: entries added while reading belong to a later export.
      const items = async function* () {
        let start = '-';
        for (;;) {
          const entries = await redis.xrangeBuffer(key, start, lastId, 'COUNT', page);
          for (const [id, fields] of entries) yield [id.toString(), fields] as [string, Buffer[]];
          if (entries.length < page) return;
          start = nextId(entries[entries.length - 1]![0].toString());
        }
      };
      return { size, lastId, items: items() };
    }
  }
}
