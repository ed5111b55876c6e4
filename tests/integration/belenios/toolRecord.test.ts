/**
 * Records begun by Debian's belenios-tool (its credentials, trustee keys and threshold ceremony,
 * its own ballots) and completed by Agora's ballots, tally and result: the tool accepts them.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../shared/belenios/archive';
import { encryptBallot } from '../../../shared/belenios/ballot';
import { newCredential, sha256Hex } from '../../../shared/belenios/encoding';
import {
  electionResult,
  encryptedTally,
  lastBallots,
  partialDecryption,
  resultCounts,
} from '../../../shared/belenios/tally';
import {
  board,
  cleanDirsAfterEach,
  firstLine,
  freshDir,
  motion,
  placeArchive,
  setupOf,
  timestamp,
} from './recordSupport';
import { hasBeleniosTool, makeToolArchive, tool, verifyWithTool } from './tool';

cleanDirsAfterEach();

describe.skipIf(!hasBeleniosTool)('Belenios records made by belenios-tool, completed by Agora', () => {
  it('Agora ballots added to a record made by the tool pass its checks, a ballot of an unknown credential does not', async () => {
    const dir = await freshDir();
    const made = await makeToolArchive(dir, {
      questions: [motion, board],
      voters: 3,
      trustees: { single: 1 },
      votes: [
        {
          voter: 0,
          choices: [
            [0, 1, 0],
            [0, 0, 0, 1, 0],
          ],
        },
        {
          voter: 1,
          choices: [
            [1, 0, 0],
            [1, 0, 0, 0, 0],
          ],
        },
      ],
      until: 'ballots',
    });
    const { election, trustees } = setupOf(made.bytes);
    const ours = [
      encryptBallot({
        election,
        credential: made.credentials[2]!,
        choices: [
          [0, 1],
          [0, 0, 0, 1],
        ],
      }).ballot,
      encryptBallot({
        election,
        credential: made.credentials[0]!,
        choices: [
          [1, 0],
          [0, 0, 0, 0],
        ],
      }).ballot,
    ];
    for (const ballot of ours) await tool(dir, ['archive', 'add-event', '--type=Ballot'], ballot);
    expect((await verifyWithTool(dir)).code).toBe(0);

    const stranger = await freshDir();
    await writeFile(join(stranger, `${made.uuid}.bel`), await readFile(made.path));
    const unknown = encryptBallot({
      election,
      credential: newCredential(),
      choices: [
        [1, 0],
        [1, 0, 0, 0],
      ],
    }).ballot;
    await tool(stranger, ['archive', 'add-event', '--type=Ballot'], unknown);
    expect((await verifyWithTool(stranger)).code).toBe(124);

    await tool(dir, ['archive', 'add-event', '--type=EndBallots']);
    const toolTally = await tool(dir, ['election', 'compute-encrypted-tally']);
    const tally = encryptedTally(election, lastBallots([...made.ballots, ...ours]));
    expect(firstLine(toolTally)).toBe(tally);
    await tool(dir, ['archive', 'add-event', '--type=EncryptedTally'], toolTally);
    // The tool's trustee key, used by our partial decryption; the event's owned entry as the tool writes it.
    const privateKeyName = (await readdir(dir)).find((name) => name.endsWith('.privkey'))!;
    const privateKey = BigInt(JSON.parse(await readFile(join(dir, privateKeyName), 'utf8')) as string);
    const partial = partialDecryption(election, tally, privateKey);
    const owned = JSON.stringify({ owner: 1, payload: sha256Hex(partial) });
    await tool(dir, ['archive', 'add-event', '--type=PartialDecryption'], `${partial}\n${owned}\n`);
    const result = electionResult(election, trustees, tally, [{ trusteeIndex: 1, partial }]);
    expect(firstLine(await tool(dir, ['election', 'compute-result']))).toBe(result);
    // Voter 1 blank twice (the tool's ballot), voter 0's revote For and blank, voter 2 Against and Dmitri.
    expect(resultCounts(result)).toEqual([
      [1, 1, 1],
      [2, 0, 0, 0, 1],
    ]);
    await tool(dir, ['archive', 'add-event', '--type=Result'], result);
    expect((await verifyWithTool(dir)).code).toBe(0);
  });

  it('a mandatory trustee and threshold trustees made by the tool: its key and two of three shares give the result the tool computes', async () => {
    const dir = await freshDir();
    const made = await makeToolArchive(dir, {
      questions: [motion],
      voters: 3,
      trustees: { single: 1, pedersen: { trustees: 3, threshold: 2 } },
      votes: [],
      until: 'ballots',
    });
    const { election, trustees, publicCredentials } = setupOf(made.bytes);
    const choices = [[[1, 0]], [[0, 1]], [[1, 0]]];
    const ballots = choices.map(
      (vote, voter) => encryptBallot({ election, credential: made.credentials[voter]!, choices: vote }).ballot,
    );
    const tally = encryptedTally(election, ballots);
    const setup = { timestamp, election, trustees, publicCredentials, ballots, encryptedTally: tally };
    const tallied = await placeArchive(made.uuid, buildArchive(setup));

    // Owners are numbered over the trustees list: the Single one first (1), then the Pedersen ones
    // (2 to 4) in the order of their certificates, which is the order of the tool's key files.
    expect(JSON.parse(trustees).map(([kind]: [string]) => kind)).toEqual(['Single', 'Pedersen']);
    const files = await readdir(dir);
    const privateKeyName = files.find((name) => name.endsWith('.privkey'))!;
    const privateKey = BigInt(JSON.parse(await readFile(join(dir, privateKeyName), 'utf8')) as string);
    const partials = [{ trusteeIndex: 1, partial: partialDecryption(election, tally, privateKey) }];
    const keys = files.filter((name) => name.endsWith('.key')).sort();
    for (const position of [1, 3]) {
      const key = join(dir, keys[position - 1]!);
      const trusteeIndex = 1 + position;
      const args = [
        '--key',
        key,
        '--decryption-key',
        key.replace(/\.key$/, '.dkey'),
        '--trustee-id',
        String(trusteeIndex),
      ];
      const output = await tool(tallied, ['election', 'decrypt-threshold', '--dir', '.', ...args]);
      partials.push({ trusteeIndex, partial: firstLine(output) });
    }
    const result = electionResult(election, trustees, tally, partials);
    expect(resultCounts(result)).toEqual([[0, 2, 1]]);

    const decrypted = await placeArchive(made.uuid, buildArchive({ ...setup, partialDecryptions: partials }));
    expect(firstLine(await tool(decrypted, ['election', 'compute-result', '--dir', '.']))).toBe(result);
    const whole = await placeArchive(made.uuid, buildArchive({ ...setup, partialDecryptions: partials, result }));
    expect((await verifyWithTool(whole)).code).toBe(0);
    expect(() => electionResult(election, trustees, tally, partials.slice(0, 2))).toThrow(
      '2 partial decryptions are needed',
    );
  });
});
