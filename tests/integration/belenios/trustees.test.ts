/**
 * The threshold key ceremony checked against belenios-tool 2.0: a key made by our functions alone
 * decrypts a whole election that `election verify` accepts, and a ceremony shared between the tool
 * (trustee 1) and our functions (trustees 2 and 3) completes, each side reading the other's
 * channel messages; bad pieces are refused by both, ours naming the trustee's position.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendOnChannel, trusteeKeys } from '../../../shared/belenios/trusteeChannel';
import {
  checkCertificate,
  electionPublicKey,
  newTrusteeSeed,
  pedersenTrustees,
  singleTrustee,
  thresholdParameters,
  trusteeCertificate,
  trusteeDecryptionKey,
  trusteePolynomial,
  trusteeVoutput,
  vinputs,
} from '../../../shared/belenios/trustees';
import { hasBeleniosTool, runTool, tool, verifyWithTool } from './tool';

const group = ['--group', 'BELENIOS-2048'];
const keyStep = ['setup', 'generate-trustee-key-threshold', ...group, '--certs', 'certs.jsons'];
const lines = (pieces: string[]) => pieces.map((piece) => `${piece}\n`).join('');
/** The tool names a trustee's files by the SHA-256 of its certificate's message. */
const certId = (cert: string) =>
  createHash('sha256')
    .update((JSON.parse(cert) as { message: string }).message)
    .digest('hex');
const privateKeyOf = (voutput: string) => (JSON.parse(voutput) as { private_key: string }).private_key;

/** A trustee as `election decrypt-threshold` takes it: its seed (.key) and encrypted key (.dkey) files. */
type Decrypting = { position: number; seed: string; voutput: string };

/**
 * Runs a one-question election with belenios-tool on the given trustees (3 ballots: yes, yes, no),
 * decrypted by the given trustees, and answers the result and the verification.
 */
async function electionWith(dir: string, trustees: string, decrypting: Decrypting[]) {
  await writeFile(join(dir, 'trustees.json'), `${trustees}\n`);
  const uuid = (await tool(dir, ['setup', 'generate-token'])).trim();
  await tool(dir, ['setup', 'generate-credentials', '--uuid', uuid, ...group, '--count', '3']);
  const files = await readdir(dir);
  await writeFile(
    join(dir, 'public_creds.json'),
    await readFile(
      join(
        dir,
        files.find((f) => f.endsWith('.pubcreds'))!,
      ),
    ),
  );
  const privcreds = await readFile(
    join(
      dir,
      files.find((f) => f.endsWith('.privcreds'))!,
    ),
    'utf8',
  );
  const credentials = privcreds
    .trim()
    .split('\n')
    .map((line) => line.split(' ')[1]!);
  const template = {
    description: 'd',
    name: 'n',
    questions: [{ answers: ['Yes', 'No'], min: 0, max: 1, question: 'Q?' }],
  };
  await writeFile(join(dir, 'template.json'), JSON.stringify(template));
  await tool(dir, ['setup', 'make-election', '--uuid', uuid, ...group, '--template', 'template.json']);
  const election = JSON.parse(await readFile(join(dir, 'election.json'), 'utf8')) as { public_key: string };
  await tool(dir, ['archive', 'init']);
  const votes = [[[1, 0]], [[1, 0]], [[0, 1]]];
  for (const [i, vote] of votes.entries()) {
    await writeFile(join(dir, `credential${i}`), `${credentials[i]}\n`);
    await writeFile(join(dir, `vote${i}`), JSON.stringify(vote));
    const ballot = await tool(dir, [
      'election',
      'generate-ballot',
      '--privcred',
      `credential${i}`,
      '--ballot',
      `vote${i}`,
    ]);
    await tool(dir, ['archive', 'add-event', '--type=Ballot'], ballot);
  }
  await tool(dir, ['archive', 'add-event', '--type=EndBallots']);
  await tool(
    dir,
    ['archive', 'add-event', '--type=EncryptedTally'],
    await tool(dir, ['election', 'compute-encrypted-tally']),
  );
  for (const { position, seed, voutput } of decrypting) {
    await writeFile(join(dir, `trustee${position}.key`), `${seed}\n`);
    await writeFile(join(dir, `trustee${position}.dkey`), `${privateKeyOf(voutput)}\n`);
    const partial = await tool(dir, [
      'election',
      'decrypt-threshold',
      '--key',
      `trustee${position}.key`,
      '--decryption-key',
      `trustee${position}.dkey`,
      '--trustee-id',
      String(position),
    ]);
    await tool(dir, ['archive', 'add-event', '--type=PartialDecryption'], partial);
  }
  const result = await tool(dir, ['election', 'compute-result']);
  await tool(dir, ['archive', 'add-event', '--type=Result'], result);
  return {
    publicKey: BigInt(election.public_key),
    result: JSON.parse(result) as unknown,
    verify: await verifyWithTool(dir),
  };
}

describe.skipIf(!hasBeleniosTool)('a threshold key made by our functions alone', () => {
  it('is taken by make-trustees as it is, and two of its three trustees decrypt an election the tool verifies', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'agora-trustees-'));
    const seeds = [newTrusteeSeed(), newTrusteeSeed(), newTrusteeSeed()];
    const certs = seeds.map(trusteeCertificate);
    const polynomials = seeds.map((seed) => trusteePolynomial(seed, certs, 2));
    const inputs = vinputs(certs, polynomials);
    const voutputs = seeds.map((seed, j) => trusteeVoutput(seed, certs, inputs[j]!));
    const parameters = thresholdParameters(certs, polynomials, voutputs, 2);

    await writeFile(join(dir, 'threshold.json'), `${parameters}\n`);
    await writeFile(join(dir, 'public_keys.jsons'), '');
    await tool(dir, ['setup', 'make-trustees']);
    const trustees = pedersenTrustees(parameters);
    expect(await readFile(join(dir, 'trustees.json'), 'utf8')).toBe(`${trustees}\n`);

    const election = await electionWith(dir, trustees, [
      { position: 1, seed: seeds[0]!, voutput: voutputs[0]! },
      { position: 3, seed: seeds[2]!, voutput: voutputs[2]! },
    ]);
    expect(election.publicKey).toBe(electionPublicKey(trustees));
    expect(election.verify.stderr).toContain('all checks passed');
    expect(election.verify.code).toBe(0);
    expect(election.result).toEqual({ result: [[2, 1]] });
  });
});

describe.skipIf(!hasBeleniosTool)(
  'a threshold key made by belenios-tool for trustee 1 and our functions for 2 and 3',
  () => {
    let dir: string;
    let toolSeed: string;
    let seeds: string[];
    let certs: string[];
    let polynomials: string[];
    let inputs: string[];
    let voutputs: string[];

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'agora-trustees-'));
      await tool(dir, ['setup', 'generate-trustee-key-threshold', ...group, '--step', '1']);
      const toolCert = (await readdir(dir)).find((name) => name.endsWith('.cert'))!;
      toolSeed = (await readFile(join(dir, toolCert.replace(/\.cert$/, '.key')), 'utf8')).trim();
      seeds = [newTrusteeSeed(), newTrusteeSeed()];
      certs = [(await readFile(join(dir, toolCert), 'utf8')).trim(), ...seeds.map(trusteeCertificate)];
      await writeFile(join(dir, 'certs.jsons'), lines(certs));
      await tool(dir, [...keyStep, '--step', '2']);

      const toolKey = `${certId(certs[0]!)}.key`;
      const toolPolynomial = (
        await tool(dir, [...keyStep, '--key', toolKey, '--step', '3', '--threshold', '2'])
      ).trim();
      polynomials = [toolPolynomial, ...seeds.map((seed) => trusteePolynomial(seed, certs, 2))];
      await writeFile(join(dir, 'polynomials.jsons'), lines(polynomials));
      inputs = vinputs(certs, polynomials);
      await tool(dir, [...keyStep, '--step', '4', '--polynomials', 'polynomials.jsons']);

      const toolVoutput = await tool(dir, [...keyStep, '--key', toolKey, '--step', '5'], `${inputs[0]}\n`);
      voutputs = [toolVoutput.trim(), ...seeds.map((seed, i) => trusteeVoutput(seed, certs, inputs[i + 1]!))];
    });

    it('has certificates each side accepts, and routes the polynomials exactly as the tool does', async () => {
      expect(certs.every(checkCertificate)).toBe(true);
      for (const [j, input] of inputs.entries())
        expect(await readFile(join(dir, `${certId(certs[j]!)}.vinput`), 'utf8')).toBe(`${input}\n`);
    });

    it('reads each side’s channel messages with the other: secrets both ways, and the key the tool sent itself', () => {
      // Our trustees 2 and 3 opened trustee 1's secret (in beforeAll), the tool opened ours (its step 5):
      // each decryption key read back from its voutput is the one its published key proves.
      const keys = [toolSeed, ...seeds].map((seed, j) => trusteeDecryptionKey(seed, certs, voutputs[j]!));
      expect(new Set(keys).size).toBe(3);
    });

    it('gives the same threshold parameters by the tool’s step 6 and ours, and an election the tool verifies', async () => {
      const parameters = thresholdParameters(certs, polynomials, voutputs, 2);
      const toolParameters = await tool(
        dir,
        [...keyStep, '--step', '6', '--polynomials', 'polynomials.jsons'],
        lines(voutputs),
      );
      expect(toolParameters).toBe(`${parameters}\n`);
      const election = await electionWith(dir, pedersenTrustees(parameters), [
        { position: 1, seed: toolSeed, voutput: voutputs[0]! },
        { position: 2, seed: seeds[0]!, voutput: voutputs[1]! },
      ]);
      expect(election.verify.code).toBe(0);
      expect(election.result).toEqual({ result: [[2, 1]] });
    });

    it('refuses a certificate with a bad signature, as the tool does', async () => {
      const cert = JSON.parse(certs[0]!) as { signature: { challenge: string } };
      cert.signature.challenge = '1';
      const forged = [JSON.stringify(cert), certs[1]!, certs[2]!];
      expect(checkCertificate(forged[0]!)).toBe(false);
      expect(() => trusteePolynomial(seeds[0]!, forged, 2)).toThrow(
        'The certificate of trustee 1 is not validly signed.',
      );
      await writeFile(join(dir, 'forged-certs.jsons'), lines(forged));
      const refused = await runTool(dir, [
        'setup',
        'generate-trustee-key-threshold',
        ...group,
        '--certs',
        'forged-certs.jsons',
        '--step',
        '2',
      ]);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('certificate 1 does not validate');
    });

    it('refuses a secret that does not match its sender’s commitments, at the tool’s trustee and at ours', async () => {
      const sender = trusteeKeys(seeds[0]!);
      const polynomial = JSON.parse(polynomials[1]!) as { secrets: string[] };
      for (const to of [0, 2]) {
        const recipient = (
          JSON.parse((JSON.parse(certs[to]!) as { message: string }).message) as { encryption: string }
        ).encryption;
        polynomial.secrets[to] = sendOnChannel(sender.sk, BigInt(recipient), '{"secret":"42"}');
      }
      const bad = vinputs(certs, [polynomials[0]!, JSON.stringify(polynomial), polynomials[2]!]);
      expect(() => trusteeVoutput(seeds[1]!, certs, bad[2]!)).toThrow(
        'The secret that trustee 2 sent to trustee 3 does not match its commitments.',
      );
      const refused = await runTool(
        dir,
        [...keyStep, '--key', `${certId(certs[0]!)}.key`, '--step', '5'],
        `${bad[0]}\n`,
      );
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('secret 2 does not validate');
    });

    it('refuses an output whose key is not the product of the commitments, as the tool does', async () => {
      const voutput = JSON.parse(voutputs[2]!) as { public_key: unknown };
      voutput.public_key = JSON.parse(singleTrustee().publicKey);
      const bad = [voutputs[0]!, voutputs[1]!, JSON.stringify(voutput)];
      expect(() => thresholdParameters(certs, polynomials, bad, 2)).toThrow(
        'The verification key of trustee 3 is not the one the commitments give.',
      );
      const refused = await runTool(dir, [...keyStep, '--step', '6', '--polynomials', 'polynomials.jsons'], lines(bad));
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('verification key 3 is incorrect');
    });
  },
);
