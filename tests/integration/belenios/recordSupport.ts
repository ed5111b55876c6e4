/**
 * What the Belenios record tests share: the questions they ask, temp dirs, and reading a `.bel`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { BeleniosQuestion } from '../../../shared/belenios/election';

export const motion: BeleniosQuestion = {
  question: 'Adopt the motion?',
  answers: ['For', 'Against'],
  min: 1,
  max: 1,
  blank: true,
};
export const board: BeleniosQuestion = {
  question: 'Treasurer',
  answers: ['Ana', 'Bruno', 'Chloé', 'Dmitri'],
  min: 0,
  max: 1,
  blank: true,
};
export const timestamp = 1_796_623_928;

let dirs: string[] = [];
/** Removes the test's temp dirs; call once at the top of a test file. */
export function cleanDirsAfterEach(): void {
  afterEach(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    dirs = [];
  });
}

export async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'agora-belenios-'));
  dirs.push(dir);
  return dir;
}

/** Writes a record as `<uuid>.bel` in a directory of its own (where the tool looks for it). */
export async function placeArchive(uuid: string, bytes: Uint8Array): Promise<string> {
  const dir = await freshDir();
  await writeFile(join(dir, `${uuid}.bel`), bytes);
  return dir;
}

/** The entries of a `.bel` (old-style tar), by name, in order. */
export function tarEntries(bytes: Uint8Array): { name: string; text: string }[] {
  const entries: { name: string; text: string }[] = [];
  const decoder = new TextDecoder();
  for (let offset = 0; offset + 512 <= bytes.length;) {
    const header = bytes.subarray(offset, offset + 512);
    const name = decoder.decode(header.subarray(0, 100)).replace(/\0.*$/s, '');
    const size = parseInt(decoder.decode(header.subarray(124, 135)), 8);
    entries.push({ name, text: decoder.decode(bytes.subarray(offset + 512, offset + 512 + size)) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

/** The election, trustees and public credentials of a record, read from its Setup payload's references. */
export function setupOf(bytes: Uint8Array): { election: string; trustees: string; publicCredentials: string } {
  const entries = tarEntries(bytes);
  const byHash = (hash: string) => entries.find((entry) => entry.name === `${hash}.data.json`)!.text;
  const setup = entries.find((entry) => entry.name.endsWith('.event.json') && entry.text.includes('"Setup"'))!;
  const data = JSON.parse(byHash(JSON.parse(setup.text).payload)) as Record<string, string>;
  return {
    election: byHash(data.election!),
    trustees: byHash(data.trustees!),
    publicCredentials: byHash(data.credentials!),
  };
}

export const firstLine = (text: string) => text.split('\n')[0]!;
