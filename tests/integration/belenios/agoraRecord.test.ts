/**
 * Agora's Belenios ballots, tally, decryptions and record, checked by Debian's belenios-tool:
 * `election verify` accepts them, and the tool's own tally and result are ours byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { buildArchive, publicCredentialsJson } from '../../../shared/belenios/archive';
import { encryptBallot } from '../../../shared/belenios/ballot';
import { electionJson } from '../../../shared/belenios/election';
import { newCredential, newUuid, publicCredential } from '../../../shared/belenios/encoding';
import {
  electionResult,
  encryptedTally,
  lastBallots,
  partialDecryption,
  resultCounts,
  singleTrusteeKey,
  singleTrustees,
} from '../../../shared/belenios/tally';
import { board, cleanDirsAfterEach, firstLine, motion, placeArchive, tarEntries, timestamp } from './recordSupport';
import { hasBeleniosTool, tool, verifyWithTool } from './tool';

cleanDirsAfterEach();

describe.skipIf(!hasBeleniosTool)('Belenios records made by Agora, checked by belenios-tool', () => {
  it('a motion and an election with a revote: the tool verifies the whole record, and its tally and result are ours byte for byte', async () => {
    const uuid = newUuid();
    const trustee = singleTrusteeKey();
    const trustees = singleTrustees([trustee.trustee]);
    const publicKey = BigInt((JSON.parse(trustee.trustee) as [string, { public_key: string }])[1].public_key);
    const election = electionJson({
      uuid,
      name: 'AGM 2026',
      description: 'Votes of the day',
      questions: [motion, board],
      publicKey,
    });
    const credentials = [0, 1, 2, 3].map(() => newCredential());
    const publicCredentials = publicCredentialsJson(
      credentials.map((credential) => publicCredential(credential, uuid)),
    );
    const votes: [number, number[][]][] = [
      [
        0,
        [
          [1, 0],
          [1, 0, 0, 0],
        ],
      ],
      [
        1,
        [
          [0, 1],
          [0, 0, 0, 0],
        ],
      ], // blank for the treasurer
      [
        2,
        [
          [0, 0],
          [0, 1, 0, 0],
        ],
      ], // abstains on the motion
      [
        0,
        [
          [0, 1],
          [0, 0, 1, 0],
        ],
      ], // votes again: this one counts
      [
        3,
        [
          [1, 0],
          [1, 0, 0, 0],
        ],
      ],
    ];
    const ballots = votes.map(
      ([voter, choices]) => encryptBallot({ election, credential: credentials[voter]!, choices }).ballot,
    );
    const tally = encryptedTally(election, lastBallots(ballots));
    const partial = partialDecryption(election, tally, trustee.privateKey);
    const partials = [{ trusteeIndex: 1, partial }];
    const result = electionResult(election, trustees, tally, partials);
    expect(resultCounts(result)).toEqual([
      [1, 1, 2],
      [1, 1, 1, 1, 0],
    ]);

    const setup = { timestamp, election, trustees, publicCredentials, ballots };
    const whole = await placeArchive(
      uuid,
      buildArchive({ ...setup, encryptedTally: tally, partialDecryptions: partials, result }),
    );
    const verified = await verifyWithTool(whole);
    expect(verified.stderr).toContain('all checks passed');
    expect(verified.code).toBe(0);

    const closed = await placeArchive(uuid, buildArchive({ ...setup, endBallots: true }));
    const toolTally = await tool(closed, ['election', 'compute-encrypted-tally', '--dir', '.']);
    expect(firstLine(toolTally)).toBe(tally);
    expect(tarEntries(buildArchive({ ...setup, encryptedTally: tally })).at(-2)!.text).toBe(toolTally.split('\n')[1]);

    const decrypted = await placeArchive(
      uuid,
      buildArchive({ ...setup, encryptedTally: tally, partialDecryptions: partials }),
    );
    expect(firstLine(await tool(decrypted, ['election', 'compute-result', '--dir', '.']))).toBe(result);
  });

  it('a question without blank, two answers of three: the tool verifies it, and refuses a forged result', async () => {
    const committee = { question: 'Committee', answers: ['Eva', 'Farid', 'Gaëlle'], min: 1, max: 2 };
    const uuid = newUuid();
    const trustee = singleTrusteeKey();
    const trustees = singleTrustees([trustee.trustee]);
    const publicKey = BigInt((JSON.parse(trustee.trustee) as [string, { public_key: string }])[1].public_key);
    const election = electionJson({ uuid, name: 'AGM', description: '', questions: [committee, motion], publicKey });
    const credentials = [newCredential(), newCredential()];
    const publicCredentials = publicCredentialsJson(
      credentials.map((credential) => publicCredential(credential, uuid)),
    );
    const ballots = [
      encryptBallot({
        election,
        credential: credentials[0]!,
        choices: [
          [1, 0, 1],
          [0, 1],
        ],
      }).ballot,
      encryptBallot({
        election,
        credential: credentials[1]!,
        choices: [
          [0, 1, 0],
          [0, 0],
        ],
      }).ballot,
    ];
    const tally = encryptedTally(election, ballots);
    const partials = [{ trusteeIndex: 1, partial: partialDecryption(election, tally, trustee.privateKey) }];
    const result = electionResult(election, trustees, tally, partials);
    expect(result).toBe('{"result":[[1,1,1],[1,0,1]]}');
    const forged = '{"result":[[1,1,1],[1,1,0]]}';
    const setup = {
      timestamp,
      election,
      trustees,
      publicCredentials,
      ballots,
      encryptedTally: tally,
      partialDecryptions: partials,
    };
    expect((await verifyWithTool(await placeArchive(uuid, buildArchive({ ...setup, result })))).code).toBe(0);
    expect((await verifyWithTool(await placeArchive(uuid, buildArchive({ ...setup, result: forged })))).code).toBe(124);
  });

  it('an election nobody voted in: zero everywhere, which the tool verifies and computes alike', async () => {
    const uuid = newUuid();
    const trustee = singleTrusteeKey();
    const trustees = singleTrustees([trustee.trustee]);
    const publicKey = BigInt((JSON.parse(trustee.trustee) as [string, { public_key: string }])[1].public_key);
    const election = electionJson({ uuid, name: 'AGM', description: '', questions: [motion, board], publicKey });
    const publicCredentials = publicCredentialsJson([publicCredential(newCredential(), uuid)]);
    const tally = encryptedTally(election, []);
    const partials = [{ trusteeIndex: 1, partial: partialDecryption(election, tally, trustee.privateKey) }];
    const result = electionResult(election, trustees, tally, partials);
    expect(resultCounts(result)).toEqual([
      [0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    const setup = { timestamp, election, trustees, publicCredentials, ballots: [], encryptedTally: tally };
    const decrypted = await placeArchive(uuid, buildArchive({ ...setup, partialDecryptions: partials }));
    expect(firstLine(await tool(decrypted, ['election', 'compute-result', '--dir', '.']))).toBe(result);
    expect(
      (await verifyWithTool(await placeArchive(uuid, buildArchive({ ...setup, partialDecryptions: partials, result }))))
        .code,
    ).toBe(0);
  });
});
