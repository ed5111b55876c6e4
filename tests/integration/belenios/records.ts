/**
 * Tampering with a belenios-tool record for the verifier's tests: its entries read as they are,
 * edited, and either chained again and rebuilt by the tool itself (`archive make`), or written
 * back as they are (to break the chain on purpose).
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pbkdf2Sync } from 'node:crypto';
import { gPow, hashToScalar, mod, q, randomScalar } from '../../../shared/belenios/group';
import { tool } from './tool';

export interface Entry {
  name: string;
  text: string;
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
export const sha256B64 = (text: string) =>
  createHash('sha256').update(text, 'utf8').digest('base64').replace(/=+$/, '');

/** The entries of a record, in order (BELENIOS first). */
export function entriesOf(bytes: Uint8Array): Entry[] {
  const entries: Entry[] = [];
  const buffer = Buffer.from(bytes);
  for (let offset = 0; offset + 512 <= buffer.length;) {
    const name = buffer.toString('latin1', offset, offset + 100).replace(/\0.*$/s, '');
    if (!name) break;
    const size = parseInt(buffer.toString('latin1', offset + 124, offset + 135), 8);
    entries.push({ name, text: buffer.toString('utf8', offset + 512, offset + 512 + size) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

/** The payloads of the events of one type, in order (a Ballot's ballot, a Result's result…). */
export function payloadsOf(entries: Entry[], type: string): Entry[] {
  const byHash = new Map(entries.map((entry) => [entry.name.slice(0, 64), entry]));
  return entries
    .filter((entry) => entry.name.endsWith('.event.json') && JSON.parse(entry.text).type === type)
    .map((event) => byHash.get(JSON.parse(event.text).payload as string)!);
}

/**
 * Names each entry by the hash of its (possibly edited) text again, repoints every reference to
 * an edited entry, chains the events again, and has belenios-tool write the canonical archive.
 */
export async function rebuild(dir: string, entries: Entry[]): Promise<Uint8Array> {
  const renamed = new Map<string, string>();
  const out = join(dir, `rebuilt-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  await mkdir(out);
  let parent: string | undefined;
  let height = 0;
  for (const entry of entries) {
    if (entry.name === 'BELENIOS') {
      await writeFile(join(out, 'BELENIOS'), entry.text);
      continue;
    }
    let text = entry.text.replace(/[0-9a-f]{64}/g, (hash) => renamed.get(hash) ?? hash);
    const isEvent = entry.name.endsWith('.event.json');
    if (isEvent) {
      const { type, payload } = JSON.parse(text) as { type: string; payload?: string };
      text = JSON.stringify({ ...(parent ? { parent } : {}), height, type, ...(payload ? { payload } : {}) });
    }
    const hash = sha256Hex(text);
    renamed.set(entry.name.slice(0, 64), hash);
    if (isEvent) {
      parent = hash;
      height++;
    }
    await writeFile(join(out, `${hash}.${isEvent ? 'event' : 'data'}.json`), text);
  }
  const made = await tool(out, ['archive', 'make', '--dir', '.']);
  // The archive is ASCII headers, NUL padding and UTF-8 JSON: it survives being read as UTF-8 text.
  return new Uint8Array(Buffer.from(made, 'utf8'));
}

/** Writes entries as they are, in a tar the way the tool writes one (to keep a broken chain broken). */
export function writeRecord(entries: Entry[], mtime = 0): Uint8Array {
  const blocks: Buffer[] = [];
  for (const { name, text } of entries) {
    const body = Buffer.from(text, 'utf8');
    const header = Buffer.alloc(512);
    header.write(name, 0, 'latin1');
    header.write('0000644', 100);
    header.write('0000000', 108);
    header.write('0000000', 116);
    header.write(body.length.toString(8).padStart(11, '0'), 124);
    header.write(mtime.toString(8).padStart(11, '0'), 136);
    header.write('        ', 148);
    header.write('0', 156);
    const sum = header.reduce((total, byte) => total + byte, 0);
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    blocks.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  return new Uint8Array(Buffer.concat(blocks));
}

/** Signs a ballot again with a private credential (specification 4.14), after an edit. */
export function resign(ballot: string, credential: string, uuid: string): string {
  const parsed = JSON.parse(ballot) as Record<string, unknown>;
  delete parsed.signature;
  const unsigned = JSON.stringify(parsed);
  const hash = sha256B64(unsigned);
  const secret = mod(BigInt(`0x${pbkdf2Sync(credential, uuid, 1000, 32, 'sha256').toString('hex')}`), q);
  const w = randomScalar();
  const challenge = hashToScalar(`sig|${hash}|${gPow(w)}`);
  const response = mod(w - secret * challenge, q);
  return `${unsigned.slice(0, -1)},"signature":{"hash":"${hash}","proof":{"challenge":"${challenge}","response":"${response}"}}}`;
}

/** Replaces one entry's text. */
export const edit = (entries: Entry[], target: Entry, text: string): Entry[] =>
  entries.map((entry) => (entry === target ? { ...entry, text } : entry));
