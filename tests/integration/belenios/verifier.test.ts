/**
 * Agora's verifier against belenios-tool: every record the tool makes is accepted with the tool's
 * result, trackers and ballot count, and each tampered copy is refused with a sentence naming
 * what is wrong (the tool refusing it too, except for the cut record, which only a published
 * SHA-256 reveals).
 */
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBallot, checkPartialDecryption, verifyArchive } from '../../../shared/belenios/verify';
import { edit, entriesOf, payloadsOf, rebuild, resign, writeRecord, type Entry } from './records';
import { hasBeleniosTool, makeToolArchive, runTool, tool, type ToolArchive } from './tool';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'agora-belenios-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** What belenios-tool's own verify says of some record bytes. */
async function toolVerdict(bytes: Uint8Array, uuid: string): Promise<number> {
  const dir = await tempDir();
  await writeFile(join(dir, `${uuid}.bel`), bytes);
  return (await runTool(dir, ['election', 'verify', '--dir', '.'])).code;
}

describe.skipIf(!hasBeleniosTool)('the verifier of Belenios records', () => {
  let singles: ToolArchive;
  let threshold: ToolArchive;
  let mixed: ToolArchive;

  beforeAll(async () => {
    [singles, threshold, mixed] = await Promise.all([
      // Two mandatory trustees; a question without blank, one with blank and min/max 1–2; a revote.
      tempDir().then((dir) =>
        makeToolArchive(dir, {
          questions: [
            { question: 'Approve?', answers: ['Yes', 'No'], min: 0, max: 1 },
            { question: 'Board?', answers: ['Ann', 'Bob', 'Cy'], min: 1, max: 2, blank: true },
          ],
          voters: 4,
          trustees: { single: 2 },
          votes: [
            {
              voter: 0,
              choices: [
                [1, 0],
                [0, 1, 1, 0],
              ],
            },
            {
              voter: 1,
              choices: [
                [0, 1],
                [1, 0, 0, 0],
              ],
            },
            {
              voter: 2,
              choices: [
                [0, 0],
                [0, 0, 0, 1],
              ],
            },
            {
              voter: 0,
              choices: [
                [0, 1],
                [0, 0, 1, 1],
              ],
            },
          ],
        }),
      ),
      // Pedersen 2 of 3, decrypted by the first and third trustees (Lagrange over {1, 3}).
      tempDir().then((dir) =>
        makeToolArchive(dir, {
          questions: [{ question: 'Pick one', answers: ['A', 'B', 'C'], min: 1, max: 1 }],
          voters: 3,
          trustees: { single: 0, pedersen: { trustees: 3, threshold: 2 } },
          votes: [
            { voter: 0, choices: [[0, 0, 1]] },
            { voter: 1, choices: [[0, 0, 1]] },
            { voter: 1, choices: [[1, 0, 0]] },
          ],
          decrypting: [1, 3],
        }),
      ),
      // A mandatory server key with a Pedersen group (as demo-threshold.sh), and weighted voters.
      tempDir().then((dir) =>
        makeToolArchive(dir, {
          questions: [{ question: 'Yes or no', answers: ['Yes', 'No'], min: 0, max: 2, blank: true }],
          voters: [1, 3],
          trustees: { single: 1, pedersen: { trustees: 3, threshold: 2 } },
          votes: [
            { voter: 0, choices: [[1, 0, 0]] },
            { voter: 1, choices: [[0, 1, 1]] },
          ],
          decrypting: [2, 3],
        }),
      ),
    ]);
  }, 120_000);

  it('accepts what belenios-tool makes, with its result, trackers and ballot count', () => {
    const expected = [
      [
        singles,
        [
          [0, 2],
          [1, 0, 1, 2],
        ],
        3,
      ],
      [threshold, [[1, 0, 1]], 2],
      [mixed, [[1, 3, 3]], 2],
    ] as const;
    for (const [archive, result, tallied] of expected) {
      const verdict = verifyArchive(archive.bytes);
      expect(verdict.problems).toEqual([]);
      expect(verdict.ok).toBe(true);
      expect(verdict.uuid).toBe(archive.uuid);
      expect(verdict.result).toEqual(archive.result);
      expect(verdict.result).toEqual(result);
      expect(verdict.trackers).toEqual(archive.trackers);
      expect(verdict.ballots).toBe(archive.ballots.length);
      expect(verdict.tallied).toBe(tallied);
    }
  });

  it('refuses a ballot whose proof was edited, even signed again', async () => {
    const entries = entriesOf(singles.bytes);
    const ballot = payloadsOf(entries, 'Ballot')[1]!;
    const edited = ballot.text.replace(/"response":"(\d+)"/, (_, r: string) => `"response":"${BigInt(r) + 1n}"`);
    const bytes = await rebuild(
      singles.dir,
      edit(entries, ballot, resign(edited, singles.credentials[1]!, singles.uuid)),
    );
    const verdict = verifyArchive(bytes);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems[0]).toMatch(
      /^Ballot 2 \(tracker .{43}\): Answer 1's proof that choice 1 is 0 or 1 is wrong\.$/,
    );
    expect(await toolVerdict(bytes, singles.uuid)).not.toBe(0);
  });

  it('refuses a ballot whose credential was swapped for another voter’s', async () => {
    const entries = entriesOf(singles.bytes);
    const [first, second] = payloadsOf(entries, 'Ballot') as [Entry, Entry];
    const other = JSON.parse(second.text).credential as string;
    const swapped = first.text.replace(/"credential":"\d+"/, `"credential":"${other}"`);
    const bytes = await rebuild(singles.dir, edit(entries, first, swapped));
    const verdict = verifyArchive(bytes);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems[0]).toMatch(/^Ballot 1 .*changed after it was signed/);
    expect(await toolVerdict(bytes, singles.uuid)).not.toBe(0);
  });

  it('refuses a ballot from a credential that is not registered', async () => {
    const dir = threshold.dir;
    // A credential of the same election that the credential authority never registered.
    const elsewhere = await tempDir();
    const uuid = ['--uuid', threshold.uuid, '--group', 'BELENIOS-2048'];
    await tool(elsewhere, ['setup', 'generate-credentials', ...uuid, '--count', '1', '--dir', '.']);
    const privcreds = (await readdir(elsewhere)).find((name) => name.endsWith('.privcreds'))!;
    const credential = (await readFile(join(elsewhere, privcreds), 'utf8')).trim().split(' ')[1]!;
    await writeFile(join(dir, 'stranger.txt'), `${credential}\n`);
    await writeFile(join(dir, 'stranger.json'), '[[0,1,0]]');
    const ballot = (
      await tool(dir, ['election', 'generate-ballot', '--privcred', 'stranger.txt', '--ballot', 'stranger.json'])
    ).trim();
    const entries = entriesOf(threshold.bytes);
    const at = entries.findIndex((entry) => entry.text.includes('"type":"EndBallots"'));
    const inserted = [
      ...entries.slice(0, at),
      { name: `${'0'.repeat(64)}.data.json`, text: ballot },
      { name: `${'1'.repeat(64)}.event.json`, text: `{"type":"Ballot","payload":"${'0'.repeat(64)}"}` },
      ...entries.slice(at),
    ];
    const bytes = await rebuild(dir, inserted);
    const verdict = verifyArchive(bytes);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      `Ballot 4 (tracker ${createHash('sha256').update(ballot).digest('base64').replace(/=+$/, '')}): Its credential is not one of the election's public credentials.`,
    ]);
    expect(verdict.result).toEqual([[1, 0, 1]]);
    expect(await toolVerdict(bytes, threshold.uuid)).not.toBe(0);
    const registered = new Set(payloadsOf(entries, 'Ballot').map((b) => JSON.parse(b.text).credential as string));
    expect(checkBallot(entries[1]!.text, registered, ballot)).toEqual({
      ok: false,
      problem: "The ballot's credential is not registered for this election.",
    });
  });

  it('checks one ballot at cast time: its credential, tracker and proofs', () => {
    const entries = entriesOf(singles.bytes);
    const election = entries[1]!.text;
    const credentials = new Set(JSON.parse(entries[3]!.text) as string[]);
    const ballot = singles.ballots[0]!;
    expect(checkBallot(election, credentials, ballot)).toEqual({
      ok: true,
      credential: JSON.parse(ballot).credential,
      tracker: singles.trackers[0],
    });
    const edited = ballot.replace(/"alpha":"(\d+)"/, (_, a: string) => `"alpha":"${BigInt(a) + 1n}"`);
    expect(checkBallot(election, credentials, edited)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/signed hash differs/),
    });
    expect(checkBallot(election, credentials, `${ballot} `)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/canonical/),
    });
  });

  it('refuses a forged result', async () => {
    const entries = entriesOf(threshold.bytes);
    const result = payloadsOf(entries, 'Result')[0]!;
    expect(result.text).toBe('{"result":[[1,0,1]]}');
    const bytes = await rebuild(threshold.dir, edit(entries, result, '{"result":[[0,0,2]]}'));
    const verdict = verifyArchive(bytes);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      'The result is not the decryption of the encrypted tally: it was forged or miscounted.',
    ]);
    expect(verdict.result).toBeUndefined();
    expect(await toolVerdict(bytes, threshold.uuid)).not.toBe(0);
  });

  it('refuses a partial decryption with a wrong proof, and says so when a trustee submits it', async () => {
    const entries = entriesOf(mixed.bytes);
    const owned = payloadsOf(entries, 'PartialDecryption');
    const byHash = new Map(entries.map((entry) => [entry.name.slice(0, 64), entry]));
    const partials = owned.map((o) => ({
      owner: JSON.parse(o.text).owner as number,
      entry: byHash.get(JSON.parse(o.text).payload)!,
    }));
    expect(partials.map((p) => p.owner)).toEqual([1, 3, 4]);
    const target = partials[1]!.entry;
    const wrong = target.text.replace(/"response":"(\d+)"/, (_, r: string) => `"response":"${BigInt(r) + 1n}"`);
    const bytes = await rebuild(mixed.dir, edit(entries, target, wrong));
    const verdict = verifyArchive(bytes);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual(["The partial decryption of trustee 3's proof of decryption 1.1 is wrong."]);
    expect(await toolVerdict(bytes, mixed.uuid)).not.toBe(0);

    const [election, trustees] = [entries[1]!.text, entries[2]!.text];
    const tally = payloadsOf(entries, 'EncryptedTally')[0]!;
    const encryptedTally = byHash.get(JSON.parse(tally.text).encrypted_tally)!.text;
    expect(checkPartialDecryption(election, trustees, encryptedTally, 3, target.text)).toBe(true);
    expect(checkPartialDecryption(election, trustees, encryptedTally, 3, wrong)).toBe(false);
    expect(checkPartialDecryption(election, trustees, encryptedTally, 4, target.text)).toBe(false);
    expect(checkPartialDecryption(election, trustees, encryptedTally, 1, partials[0]!.entry.text)).toBe(true);
  });

  it('refuses a broken event chain', async () => {
    const entries = entriesOf(singles.bytes);
    const ballot = payloadsOf(entries, 'Ballot')[1]!;
    const at = entries.indexOf(ballot);
    // The second ballot and its event taken out: the third ballot's event points to nothing there.
    const bytes = writeRecord(
      [...entries.slice(0, at), ...entries.slice(at + 2)],
      Number(JSON.parse(entries[0]!.text).timestamp),
    );
    const verdict = verifyArchive(bytes);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      'The event chain is broken at height 2: the Ballot event does not point to the event before it.',
    ]);
    expect(await toolVerdict(bytes, singles.uuid)).not.toBe(0);
  });

  it('notices a record cut short only against its published SHA-256', async () => {
    const published = createHash('sha256').update(singles.bytes).digest('hex');
    const entries = entriesOf(singles.bytes);
    const end = entries.findIndex((entry) => entry.text.includes('"type":"EndBallots"'));
    const cut = writeRecord(entries.slice(0, end), Number(JSON.parse(entries[0]!.text).timestamp));
    expect(await toolVerdict(cut, singles.uuid)).toBe(0);
    expect(verifyArchive(cut).ok).toBe(true);
    expect(verifyArchive(singles.bytes, published).ok).toBe(true);
    const verdict = verifyArchive(cut, published);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      `The archive's SHA-256 is ${createHash('sha256').update(cut).digest('hex')}, not the ${published} recorded: it was cut short or changed.`,
    ]);
  });

  it('reports from the command line with exit code 0 or 1', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/verifyBallots.ts', ...args]);
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('close', (code) => resolve({ code: code ?? -1, out }));
      });
    const good = await run([threshold.path]);
    expect(good.code).toBe(0);
    expect(good.out).toContain(`The record holds: ${threshold.path}`);
    expect(good.out).toContain(`Election ${threshold.uuid}: 3 ballots cast, 2 counted.`);
    expect(good.out).toContain('Question 1: 1, 0, 1');
    const bad = await run([threshold.path, '--sha256', '0'.repeat(64)]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('The record does NOT hold');
    expect(bad.out).toMatch(/SHA-256 is [0-9a-f]{64}, not the 0{64} recorded/);
  });
});
