/**
 * The public record of a Belenios election, `<uuid>.bel` (specification 4.4): an append-only tar
 * of data entries and the chain of events that refer to them, in the order belenios-tool writes them.
 */
import { utf8ToBytes } from '@noble/hashes/utils';
import { compactJson } from './election';
import { sha256Hex } from './encoding';
import { lastBallots } from './tally';

export type EventType = 'Setup' | 'Ballot' | 'EndBallots' | 'EncryptedTally' | 'PartialDecryption' | 'Result';

/** The public credentials structure (specification 4.8): g^s of each voter, unweighted, in decimal. */
export function publicCredentialsJson(credentials: (bigint | string)[]): string {
  return compactJson(credentials.map(String));
}

/** The Setup event's payload: the hashes of the election, the trustees and the public credentials. */
export function setupDataJson(election: string, trustees: string, publicCredentials: string): string {
  return compactJson({
    election: sha256Hex(election),
    trustees: sha256Hex(trustees),
    credentials: sha256Hex(publicCredentials),
  });
}

const octal = (value: number, digits: number) => value.toString(8).padStart(digits, '0');

/** One old-style (v7) tar entry, as the tool writes it: mode 644, owner 0, same time everywhere. */
function tarEntry(name: string, content: Uint8Array, timestamp: number): Uint8Array {
  const header = new Uint8Array(512);
  const put = (offset: number, text: string) => header.set(utf8ToBytes(text), offset);
  put(0, name);
  put(100, '0000644\0');
  put(108, '0000000\0');
  put(116, '0000000\0');
  put(124, `${octal(content.length, 11)}\0`);
  put(136, `${octal(timestamp, 11)}\0`);
  put(148, '        ');
  put(156, '0');
  const sum = header.reduce((total, byte) => total + byte, 0);
  put(148, `${octal(sum, 6)}\0 `);
  const entry = new Uint8Array(512 + Math.ceil(content.length / 512) * 512);
  entry.set(header);
  entry.set(content, 512);
  return entry;
}

/** Writes a record entry after entry: data named by their hash, events chained to their parent. */
export class ArchiveWriter {
  private readonly entries: Uint8Array[] = [];
  private parent: string | undefined;
  private height = 0;

  constructor(private readonly timestamp: number) {
    this.entries.push(
      tarEntry('BELENIOS', utf8ToBytes(compactJson({ version: 1, timestamp: String(timestamp) })), timestamp),
    );
  }

  /** Appends a data entry and returns its hash (what events and other data refer to). */
  data(json: string): string {
    const bytes = utf8ToBytes(json);
    const hash = sha256Hex(bytes);
    this.entries.push(tarEntry(`${hash}.data.json`, bytes, this.timestamp));
    return hash;
  }

  /** Appends an event with its payload's hash (none for EndBallots). */
  event(type: EventType, payload?: string): string {
    const json = compactJson({
      ...(this.parent === undefined ? {} : { parent: this.parent }),
      height: this.height,
      type,
      ...(payload === undefined ? {} : { payload }),
    });
    const bytes = utf8ToBytes(json);
    const hash = sha256Hex(bytes);
    this.entries.push(tarEntry(`${hash}.event.json`, bytes, this.timestamp));
    this.parent = hash;
    this.height++;
    return hash;
  }

  /** The archive so far (no end-of-archive blocks: the record stays appendable). */
  bytes(): Uint8Array {
    const total = this.entries.reduce((sum, entry) => sum + entry.length, 0);
    const archive = new Uint8Array(total);
    let offset = 0;
    for (const entry of this.entries) {
      archive.set(entry, offset);
      offset += entry.length;
    }
    return archive;
  }
}

/**
 * The whole `.bel` record: setup, every ballot (revotes included, in the order they were cast),
 * then, once given, the end of voting, the encrypted tally, the partial decryptions and the result.
 */
export function buildArchive(input: {
  /** Unix seconds: the start of the election, also every entry's tar time. */
  timestamp: number;
  election: string;
  trustees: string;
  publicCredentials: string;
  ballots: string[];
  /** Closes the ballots (implied by an encrypted tally). */
  endBallots?: boolean;
  encryptedTally?: string;
  partialDecryptions?: { trusteeIndex: number; partial: string }[];
  result?: string;
}): Uint8Array {
  const archive = new ArchiveWriter(input.timestamp);
  archive.data(input.election);
  archive.data(input.trustees);
  archive.data(input.publicCredentials);
  archive.event('Setup', archive.data(setupDataJson(input.election, input.trustees, input.publicCredentials)));
  for (const ballot of input.ballots) archive.event('Ballot', archive.data(ballot));
  if (input.endBallots || input.encryptedTally !== undefined) archive.event('EndBallots');
  if (input.encryptedTally === undefined) return archive.bytes();

  const tallied = lastBallots(input.ballots).length;
  const sized = compactJson({
    num_tallied: tallied,
    total_weight: tallied,
    encrypted_tally: archive.data(input.encryptedTally),
  });
  archive.event('EncryptedTally', archive.data(sized));
  for (const { trusteeIndex, partial } of input.partialDecryptions ?? []) {
    const owned = compactJson({ owner: trusteeIndex, payload: archive.data(partial) });
    archive.event('PartialDecryption', archive.data(owned));
  }
  if (input.result !== undefined) archive.event('Result', archive.data(input.result));
  return archive.bytes();
}
