/**
 * Reads an election record (`<uuid>.bel`) as belenios-tool writes it: an append-only tar of v7
 * headers (mode 0000644, uid and gid 0, one mtime for all: the record's timestamp), each body padded
 * to 512 bytes, and no end-of-archive blocks. Every header must be exactly the one the tool would
 * write, as its own check (`fsck`) rebuilds the archive and compares it byte for byte.
 */
import { bytesToHex } from '@noble/hashes/utils';
import { sha256 } from '@noble/hashes/sha2';

const block = 512;

export interface TarEntry {
  name: string;
  bytes: Uint8Array;
  text: string;
}

export interface Tar {
  entries: TarEntry[];
  problems: string[];
}

const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The header the tool writes for a file of this name and size at this time. */
export function tarHeader(name: string, size: number, mtime: bigint): Uint8Array {
  const header = new Uint8Array(block);
  const put = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) header[offset + i] = text.charCodeAt(i);
  };
  put(0, name);
  put(100, '0000644');
  put(108, '0000000');
  put(116, '0000000');
  put(124, size.toString(8).padStart(11, '0'));
  put(136, mtime.toString(8).padStart(11, '0'));
  put(148, '        ');
  put(156, '0');
  const sum = header.reduce((total, byte) => total + byte, 0);
  put(148, `${sum.toString(8).padStart(6, '0')}\0 `);
  return header;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** The entries of a record, with a sentence for each way its bytes differ from what the tool writes. */
export function readTar(bytes: Uint8Array): Tar {
  const entries: TarEntry[] = [];
  const problems: string[] = [];
  let mtime: bigint | undefined;
  let offset = 0;
  while (offset < bytes.length) {
    if (offset + block > bytes.length) {
      problems.push(`The archive ends inside a header (at byte ${offset}).`);
      break;
    }
    const header = bytes.subarray(offset, offset + block);
    const nameEnd = header.indexOf(0);
    const name = ascii(header.subarray(0, nameEnd < 0 || nameEnd > 100 ? 100 : nameEnd));
    if (name === '') {
      problems.push(`The archive has an empty or end-of-archive block at byte ${offset}, which the tool never writes.`);
      break;
    }
    const sizeField = ascii(header.subarray(124, 135));
    const mtimeField = ascii(header.subarray(136, 147));
    if (!/^[0-7]{11}$/.test(sizeField) || !/^[0-7]{11}$/.test(mtimeField)) {
      problems.push(`The header of ${name} is not one the tool writes.`);
      break;
    }
    const size = parseInt(sizeField, 8);
    const entryMtime = BigInt(`0o${mtimeField}`);
    mtime ??= entryMtime;
    if (!sameBytes(header, tarHeader(name, size, mtime)))
      problems.push(`The header of ${name} differs from the one the tool writes.`);
    const start = offset + block;
    const padded = Math.ceil(size / block) * block;
    if (start + padded > bytes.length) {
      problems.push(`The archive is cut inside ${name}: it is truncated.`);
      break;
    }
    const body = bytes.subarray(start, start + size);
    if (bytes.subarray(start + size, start + padded).some((byte) => byte !== 0))
      problems.push(`The padding after ${name} is not zeros.`);
    let text = '';
    try {
      text = decoder.decode(body);
    } catch {
      problems.push(`${name} is not UTF-8 text.`);
    }
    entries.push({ name, bytes: body, text });
    offset = start + padded;
  }
  return { entries, problems };
}

/** Lowercase hex SHA-256, as the record names its entries and refers to them. */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
