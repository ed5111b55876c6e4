import { describe, expect, it } from 'vitest';
import { buildArchive, publicCredentialsJson, setupDataJson } from '@shared/belenios/archive';
import { sha256Hex } from '@shared/belenios/encoding';

const decoder = new TextDecoder();
const ballot = (credential: string) => `{"credential":"${credential}","answers":[]}`;

/** Each entry's header fields and content, read as an old-style tar. */
function entries(bytes: Uint8Array) {
  const found = [];
  for (let offset = 0; offset < bytes.length;) {
    const header = bytes.subarray(offset, offset + 512);
    const field = (from: number, length: number) => decoder.decode(header.subarray(from, from + length));
    const size = parseInt(field(124, 11), 8);
    let sum = 0;
    header.forEach((byte, i) => (sum += i >= 148 && i < 156 ? 32 : byte));
    found.push({
      name: field(0, 100).replace(/\0+$/, ''),
      mode: field(100, 8),
      owner: field(108, 16),
      mtime: parseInt(field(136, 11), 8),
      checksumHolds: parseInt(field(148, 6), 8) === sum && field(154, 2) === '\0 ',
      type: field(156, 1),
      text: decoder.decode(bytes.subarray(offset + 512, offset + 512 + size)),
    });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return found;
}

describe('The .bel record (specification 4.4)', () => {
  const input = {
    timestamp: 1_796_623_928,
    election: '{"uuid":"x"}',
    trustees: '[]',
    publicCredentials: publicCredentialsJson([5n, '7']),
    ballots: [ballot('5'), ballot('7'), ballot('5')],
    encryptedTally: '[[]]',
    partialDecryptions: [{ trusteeIndex: 2, partial: '{"decryption_factors":[[]]}' }],
    result: '{"result":[[]]}',
  };
  const archive = entries(buildArchive(input));

  it('is an old-style tar: mode 644, owner 0, the election time everywhere, no end blocks', () => {
    expect(archive[0]).toMatchObject({ name: 'BELENIOS', text: '{"version":1,"timestamp":"1796623928"}' });
    for (const entry of archive) {
      expect(entry).toMatchObject({
        mode: '0000644\0',
        owner: '0000000\u00000000000\0',
        mtime: 1_796_623_928,
        type: '0',
      });
      expect(entry.checksumHolds).toBe(true);
    }
  });

  it('names each entry by the hash of its bytes and chains the events by height and parent', () => {
    for (const entry of archive.slice(1))
      expect(entry.name).toMatch(new RegExp(`^${sha256Hex(entry.text)}\\.(data|event)\\.json$`));
    const events = archive.filter((entry) => entry.name.endsWith('.event.json')).map((entry) => JSON.parse(entry.text));
    expect(events.map((event) => event.type)).toEqual([
      'Setup',
      'Ballot',
      'Ballot',
      'Ballot',
      'EndBallots',
      'EncryptedTally',
      'PartialDecryption',
      'Result',
    ]);
    const eventNames = archive
      .filter((entry) => entry.name.endsWith('.event.json'))
      .map((entry) => entry.name.slice(0, 64));
    events.forEach((event, height) => {
      expect(event.height).toBe(height);
      expect(event.parent).toBe(height === 0 ? undefined : eventNames[height - 1]);
    });
    expect(Object.keys(events[0])).toEqual(['height', 'type', 'payload']);
    expect(Object.keys(events[1])).toEqual(['parent', 'height', 'type', 'payload']);
    expect(events[4].payload).toBeUndefined();
  });

  it('writes the setup, the sized tally and the owned partial decryption as the tool does', () => {
    const texts = archive.map((entry) => entry.text);
    expect(texts.slice(1, 5)).toEqual([
      input.election,
      input.trustees,
      '["5","7"]',
      setupDataJson(input.election, input.trustees, input.publicCredentials),
    ]);
    expect(texts[4]).toBe(
      `{"election":"${sha256Hex(input.election)}","trustees":"${sha256Hex('[]')}","credentials":"${sha256Hex('["5","7"]')}"}`,
    );
    // Three ballots, two credentials: the revote replaces the first.
    expect(texts).toContain(`{"num_tallied":2,"total_weight":2,"encrypted_tally":"${sha256Hex('[[]]')}"}`);
    expect(texts).toContain(`{"owner":2,"payload":"${sha256Hex(input.partialDecryptions[0]!.partial)}"}`);
  });

  it('stops after the ballots while the vote is open', () => {
    const open = entries(
      buildArchive({ ...input, encryptedTally: undefined, partialDecryptions: undefined, result: undefined }),
    );
    expect(open.filter((entry) => entry.name.endsWith('.event.json'))).toHaveLength(4);
    const closed = entries(buildArchive({ ...input, encryptedTally: undefined, endBallots: true }));
    expect(JSON.parse(closed.at(-1)!.text).type).toBe('EndBallots');
  });
});
