import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import {
  exportFormat,
  exportVersion,
  ImportRefused,
  emptyCounts,
  keyTypes,
  type ExportSummary,
  type KeyType,
} from './portable';

/** One Redis write, as a command and its arguments. */
export type Write = [command: string, ...args: Array<Buffer | string>];

/** One line of an export file, checked: the key it is about and the writes that restore it. */
export interface ExportRecord {
  name: Buffer;
  /** The first line of its key. */
  opens: boolean;
  writes(key: Buffer): Write[];
}

/**
 * Reads and checks the whole export file, handing each line's record to `use` in order: the header
 * (format, version, counts), keys in strictly increasing order, every value well formed, every
 * collection complete, the counts as announced.
 */
export async function readExport(
  file: string,
  use: (record: ExportRecord) => void | Promise<void>,
): Promise<ExportSummary> {
  const lines = exportLines(file);
  const first = await lines.next();
  if (first.done) throw new ImportRefused(`${file} is empty: it is not an Agora export.`);
  const header = readHeader(file, first.value.text);
  const types = emptyCounts();
  let current: { name: Buffer; type: KeyType; size: number; seen: number; lastId: string; lastEntry: string } | null =
    null;
  let lineNo = 1;
  const complete = () => {
    if (current && current.seen !== current.size)
      throw damaged(
        file,
        lineNo,
        `the key ${current.name.toString()} has ${current.seen} of its ${current.size} items`,
      );
  };

  for await (const { text, no } of lines) {
    lineNo = no;
    const line = parseJson(text);
    if (!line || typeof line !== 'object' || Array.isArray(line)) throw damaged(file, no, 'it is not a key');
    const fields = line as Record<string, unknown>;
    const name = decode(fields.key);
    if (!name) throw damaged(file, no, 'its key is missing or malformed');
    const opens = 'type' in fields;
    if (opens) {
      complete();
      if (current && Buffer.compare(name, current.name) <= 0)
        throw damaged(file, no, `the key ${name.toString()} is out of order`);
      const type = fields.type as KeyType;
      if (!keyTypes.includes(type)) throw damaged(file, no, `"${String(fields.type)}" is not a type an export holds`);
      types[type]++;
      if (type === 'string') {
        const value = decode(fields.value);
        if (!value) throw damaged(file, no, 'its value is malformed');
        current = { name, type, size: 1, seen: 1, lastId: '', lastEntry: '' };
        await use({ name, opens, writes: (key) => [['SET', key, value]] });
        continue;
      }
      const size = fields.size;
      if (typeof size !== 'number' || !Number.isInteger(size) || size < (type === 'stream' ? 0 : 1))
        throw damaged(file, no, 'its size is missing or wrong');
      const lastId = type === 'stream' ? fields.lastId : '';
      if (typeof lastId !== 'string' || (type === 'stream' && !streamId.test(lastId)))
        throw damaged(file, no, 'its stream has no valid last id');
      current = { name, type, size, seen: 0, lastId, lastEntry: '0-0' };
    } else if (!current || !current.name.equals(name) || current.type === 'string') {
      throw damaged(file, no, 'it continues a key that does not come before it');
    }

    const key = current;
    if (!Array.isArray(fields.value) || (fields.value.length === 0 && !(opens && key.size === 0)))
      throw damaged(file, no, 'its value is not a list of items');
    const items: Decoded[] = [];
    for (const value of fields.value as unknown[]) {
      const item = readItem(key, value);
      if (!item) throw damaged(file, no, `an item of ${key.name.toString()} is malformed`);
      items.push(item);
    }
    key.seen += items.length;
    if (key.seen > key.size) throw damaged(file, no, `the key ${key.name.toString()} has more items than its size`);
    const closes = key.seen === key.size;
    await use({ name, opens, writes: (target) => writesOf(target, key.type, items, closes ? key : null) });
  }
  complete();
  const keys = Object.values(types).reduce((sum, count) => sum + count, 0);
  if (keys !== header.keys)
    throw new ImportRefused(
      `${file} is truncated or damaged: its header announces ${header.keys} keys, it holds ${keys}.`,
    );
  if (keyTypes.some((type) => types[type] !== header.types[type]))
    throw new ImportRefused(`${file} is damaged: its keys are not of the types its header announces.`);
  return { keys, types };
}

function readHeader(file: string, text: string): ExportSummary {
  const header = parseJson(text) as {
    format?: unknown;
    version?: unknown;
    keys?: unknown;
    types?: Record<string, unknown>;
  } | null;
  if (!header || typeof header !== 'object' || header.format !== exportFormat)
    throw new ImportRefused(`${file} is not an Agora export.`);
  if (header.version !== exportVersion) {
    throw new ImportRefused(
      `${file} is an Agora export of version ${String(header.version)}; this Agora reads version ${exportVersion}: update Agora, then import it.`,
    );
  }
  const types = emptyCounts();
  for (const type of keyTypes) {
    const count = header.types?.[type];
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
      throw new ImportRefused(`${file} is damaged: its header has no count of ${type} keys.`);
    types[type] = count;
  }
  if (header.keys !== Object.values(types).reduce((sum, count) => sum + count, 0))
    throw new ImportRefused(`${file} is damaged: its header's counts disagree.`);
  return { keys: header.keys as number, types };
}

const streamId = /^\d{1,20}-\d{1,20}$/;
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A value's bytes: its text, or its base64; null when it is neither. */
function decode(value: unknown): Buffer | null {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (
    value &&
    typeof value === 'object' &&
    Object.keys(value).length === 1 &&
    typeof (value as { base64?: unknown }).base64 === 'string'
  ) {
    const text = (value as { base64: string }).base64;
    return base64.test(text) ? Buffer.from(text, 'base64') : null;
  }
  return null;
}

type Decoded = Buffer | [Buffer, Buffer] | [Buffer, string] | [string, Buffer[]];

/** One item of a collection, checked and decoded; stream ids must grow and stay within the last id. */
function readItem(key: { type: KeyType; lastId: string; lastEntry: string }, item: unknown): Decoded | null {
  if (key.type === 'list' || key.type === 'set') return decode(item);
  if (!Array.isArray(item) || item.length !== 2) return null;
  const [first, second] = item as [unknown, unknown];
  if (key.type === 'hash') {
    const field = decode(first);
    const value = decode(second);
    return field && value ? [field, value] : null;
  }
  if (key.type === 'zset') {
    const member = decode(first);
    const score =
      second === 'inf' || second === '-inf'
        ? second
        : typeof second === 'number' && Number.isFinite(second)
          ? String(second)
          : null;
    return member && score !== null ? [member, score] : null;
  }
  if (typeof first !== 'string' || !streamId.test(first) || !Array.isArray(second) || second.length === 0) return null;
  if (compareIds(first, key.lastEntry) <= 0 || compareIds(first, key.lastId) > 0) return null;
  const fields: Buffer[] = [];
  for (const pair of second as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2) return null;
    const field = decode(pair[0]);
    const value = decode(pair[1]);
    if (!field || !value) return null;
    fields.push(field, value);
  }
  key.lastEntry = first;
  return [first, fields];
}

const compareIds = (a: string, b: string): number => {
  const [am = 0n, as = 0n] = a.split('-').map(BigInt);
  const [bm = 0n, bs = 0n] = b.split('-').map(BigInt);
  return am !== bm ? (am < bm ? -1 : 1) : as === bs ? 0 : as < bs ? -1 : 1;
};

/** The writes that restore a line's items; `closing` (the key's last line) adds a stream's last id. */
function writesOf(
  key: Buffer,
  type: KeyType,
  items: Decoded[],
  closing: { size: number; lastId: string } | null,
): Write[] {
  switch (type) {
    case 'hash':
      return [['HSET', key, ...(items as Array<[Buffer, Buffer]>).flat()]];
    case 'list':
      return [['RPUSH', key, ...(items as Buffer[])]];
    case 'set':
      return [['SADD', key, ...(items as Buffer[])]];
    case 'zset':
      return [['ZADD', key, ...(items as Array<[Buffer, string]>).flatMap(([member, score]) => [score, member])]];
    case 'stream': {
      const writes: Write[] = (items as Array<[string, Buffer[]]>).map(([id, fields]) => ['XADD', key, id, ...fields]);
      if (!closing) return writes;
      if (closing.size > 0) return [...writes, ['XSETID', key, closing.lastId]];
      // A stream with no entries left keeps its last id, so new entries still come after the old ones.
      if (closing.lastId === '0-0')
        return [
          ['XGROUP', 'CREATE', key, 'agora-import', '$', 'MKSTREAM'],
          ['XGROUP', 'DESTROY', key, 'agora-import'],
        ];
      return [
        ['XADD', key, closing.lastId, '-', '-'],
        ['XDEL', key, closing.lastId],
      ];
    }
    case 'string':
      return [];
  }
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const damaged = (file: string, line: number, reason: string) =>
  new ImportRefused(`${file} is damaged at line ${line}: ${reason}.`);

/** The export file's lines, as text, numbered from 1; a gzip that ends early, or is not gzip, is refused. */
async function* exportLines(file: string): AsyncGenerator<{ text: string; no: number }> {
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch (error) {
    throw new ImportRefused(`Cannot read ${file}: ${(error as Error).message}.`);
  }
  const gunzip = createGunzip();
  pipeline(createReadStream(file), gunzip).catch(() => {}); // its errors surface while reading
  let pending: Buffer[] = [];
  let no = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      let start = 0;
      for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
        pending.push(chunk.subarray(start, end));
        yield { text: Buffer.concat(pending).toString('utf8'), no: ++no };
        pending = [];
        start = end + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'Z_BUF_ERROR') throw new ImportRefused(`${file} is truncated: it ends in the middle of the export.`);
    if (code.startsWith('Z_'))
      throw new ImportRefused(`${file} is not an Agora export, or it is damaged (${(error as Error).message}).`);
    throw error;
  }
  if (pending.length > 0) throw new ImportRefused(`${file} is truncated: its last line is incomplete.`);
}
