/**
 * Runs Debian's belenios-tool (2.0) for the tests: one command in a directory, and a whole election
 * record (`<uuid>.bel`) made by the tool's own steps (those of its examples demo.sh and
 * demo-threshold.sh), to check Agora's pieces against and to tamper with.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const beleniosTool = '/usr/bin/belenios-tool';
/** Whether belenios-tool is installed here (the tests that need it are skipped otherwise). */
export const hasBeleniosTool = existsSync(beleniosTool);

export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `belenios-tool ...args` in dir (with BELENIOS_USE_URANDOM=1), stdin given or empty. */
export function runTool(dir: string, args: string[], stdin = ''): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(beleniosTool, args, {
      cwd: dir,
      env: { ...process.env, BELENIOS_USE_URANDOM: '1' },
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
  });
}

/** Like {@link runTool}, but throws with the tool's stderr unless it exits with 0; returns stdout. */
export async function tool(dir: string, args: string[], stdin = ''): Promise<string> {
  const run = await runTool(dir, args, stdin);
  if (run.code !== 0) throw new Error(`belenios-tool ${args.join(' ')} exited with ${run.code}: ${run.stderr.trim()}`);
  return run.stdout;
}

/** `belenios-tool election verify` of the archive in dir: exit code 0 when it holds, 124 when not. */
export function verifyWithTool(dir: string): Promise<ToolRun> {
  return runTool(dir, ['election', 'verify', '--dir', '.']);
}

/** The tool's `sha256-b64` of some bytes (the tracker of a ballot). */
export async function toolSha256B64(dir: string, text: string): Promise<string> {
  return (await tool(dir, ['sha256-b64'], text)).trim();
}

export interface ToolQuestion {
  question: string;
  answers: string[];
  min: number;
  max: number;
  blank?: boolean;
}

export interface ToolElection {
  name?: string;
  description?: string;
  questions: ToolQuestion[];
  /** How many voters get a credential (or each voter's weight, as the tool's voter list writes it). */
  voters: number | number[];
  /** `single`: that many mandatory trustees; `pedersen`: a threshold group, with `single` mandatory ones before it. */
  trustees: { single: number; pedersen?: { trustees: number; threshold: number } };
  /**
   * Ballots in the order they are cast: the voter (0-based) and the tool's choice vectors, one per
   * question (with the leading blank flag where blank is allowed). A voter may vote again.
   */
  votes: { voter: number; choices: number[][] }[];
  /** Which Pedersen trustees (1-based, in the order of their certificates) decrypt; the first `threshold` by default. */
  decrypting?: number[];
  /** Where the record stops: after the ballots, after the encrypted tally, or (default) with the result. */
  until?: 'ballots' | 'tally' | 'result';
}

export interface ToolArchive {
  dir: string;
  /** Path of `<uuid>.bel`. */
  path: string;
  uuid: string;
  bytes: Uint8Array;
  /** Private credentials, by voter. */
  credentials: string[];
  /** Each cast ballot's exact bytes, in order, and its tracker by the tool's `sha256-b64`. */
  ballots: string[];
  trackers: string[];
  /** The result counts as the tool's Result entry writes them (when there is one). */
  result?: number[][];
}

/** Makes a whole election record in dir with belenios-tool's own steps. */
export async function makeToolArchive(dir: string, spec: ToolElection): Promise<ToolArchive> {
  const group = ['--group', 'BELENIOS-2048'];
  const uuid = (await tool(dir, ['setup', 'generate-token'])).trim();

  const weights = typeof spec.voters === 'number' ? Array<number>(spec.voters).fill(1) : spec.voters;
  const weighted = typeof spec.voters !== 'number';
  await writeFile(
    join(dir, 'voters.txt'),
    weights.map((weight, i) => `voter${i + 1}@example.com,voter${i + 1}${weighted ? `,${weight}` : ''}\n`).join(''),
  );
  await tool(dir, ['setup', 'generate-credentials', '--uuid', uuid, ...group, '--file', 'voters.txt']);
  const files = await readdir(dir);
  const privcreds = files.find((name) => name.endsWith('.privcreds'))!;
  const pubcreds = files.find((name) => name.endsWith('.pubcreds'))!;
  await writeFile(join(dir, 'public_creds.json'), await readFile(join(dir, pubcreds)));
  const credentialOf = new Map(
    (await readFile(join(dir, privcreds), 'utf8'))
      .trim()
      .split('\n')
      // "<e-mail>,<login>[,<weight>] <credential>"
      .map((line) => [line.slice(0, line.indexOf(',')), line.slice(line.lastIndexOf(' ') + 1)] as const),
  );
  const credentials = weights.map((_, i) => credentialOf.get(`voter${i + 1}@example.com`)!);

  // Pedersen trustees: the six steps of the threshold key ceremony.
  const pedersenKeys: string[] = [];
  if (spec.trustees.pedersen) {
    const { trustees, threshold } = spec.trustees.pedersen;
    const threshold_ = ['setup', 'generate-trustee-key-threshold', ...group];
    for (let i = 0; i < trustees; i++) await tool(dir, [...threshold_, '--step', '1']);
    const certs = (await readdir(dir)).filter((name) => name.endsWith('.cert')).sort();
    const certTexts = await Promise.all(certs.map((name) => readFile(join(dir, name), 'utf8')));
    await writeFile(join(dir, 'certs.jsons'), certTexts.join(''));
    await tool(dir, [...threshold_, '--certs', 'certs.jsons', '--step', '2']);
    const keys = certs.map((name) => name.replace(/\.cert$/, '.key'));
    let polynomials = '';
    for (const key of keys)
      polynomials += await tool(dir, [
        ...threshold_,
        '--certs',
        'certs.jsons',
        '--key',
        key,
        '--step',
        '3',
        '--threshold',
        String(threshold),
      ]);
    await writeFile(join(dir, 'polynomials.jsons'), polynomials);
    await tool(dir, [...threshold_, '--certs', 'certs.jsons', '--step', '4', '--polynomials', 'polynomials.jsons']);
    let voutputs = '';
    for (const key of keys) {
      const vinput = await readFile(join(dir, key.replace(/\.key$/, '.vinput')), 'utf8');
      voutputs += await tool(dir, [...threshold_, '--certs', 'certs.jsons', '--key', key, '--step', '5'], vinput);
    }
    const parameters = await tool(
      dir,
      [...threshold_, '--certs', 'certs.jsons', '--step', '6', '--polynomials', 'polynomials.jsons'],
      voutputs,
    );
    await writeFile(join(dir, 'threshold.json'), parameters);
    pedersenKeys.push(...keys);
  }
  for (let i = 0; i < spec.trustees.single; i++) await tool(dir, ['setup', 'generate-trustee-key', ...group]);
  const privkeys = (await readdir(dir)).filter((name) => name.endsWith('.privkey')).sort();
  const pubkeys = await Promise.all(privkeys.map((name) => readFile(join(dir, name.replace(/\.privkey$/, '.pubkey')))));
  await writeFile(join(dir, 'public_keys.jsons'), Buffer.concat(pubkeys));
  await tool(dir, ['setup', 'make-trustees']);

  const template = {
    description: spec.description ?? 'Description of the election.',
    name: spec.name ?? 'Name of the election',
    questions: spec.questions,
  };
  await writeFile(join(dir, 'template.json'), JSON.stringify(template));
  await tool(dir, ['setup', 'make-election', '--uuid', uuid, ...group, '--template', 'template.json']);
  await tool(dir, ['archive', 'init']);

  // Ballots are made two at a time (the machine has two cores), then added in casting order.
  const ballots: string[] = new Array(spec.votes.length);
  let next = 0;
  const makeBallots = async () => {
    while (next < spec.votes.length) {
      const i = next++;
      const vote = spec.votes[i]!;
      await writeFile(join(dir, `credential-${i}.txt`), `${credentials[vote.voter]}\n`);
      await writeFile(join(dir, `choices-${i}.json`), JSON.stringify(vote.choices));
      const ballot = await tool(dir, [
        'election',
        'generate-ballot',
        '--privcred',
        `credential-${i}.txt`,
        '--ballot',
        `choices-${i}.json`,
      ]);
      ballots[i] = ballot.trim();
    }
  };
  await Promise.all([makeBallots(), makeBallots()]);
  const trackers: string[] = [];
  for (const ballot of ballots) {
    await tool(dir, ['archive', 'add-event', '--type=Ballot'], `${ballot}\n`);
    trackers.push(await toolSha256B64(dir, ballot));
  }

  const until = spec.until ?? 'result';
  if (until !== 'ballots') {
    await tool(dir, ['archive', 'add-event', '--type=EndBallots']);
    const tally = await tool(dir, ['election', 'compute-encrypted-tally']);
    await tool(dir, ['archive', 'add-event', '--type=EncryptedTally'], tally);
  }
  let result: number[][] | undefined;
  if (until === 'result') {
    // Owners are numbered over the trustees as listed: make-trustees writes the Single ones first.
    let owner = 1;
    for (const privkey of privkeys) {
      const partial = await tool(dir, ['election', 'decrypt', '--privkey', privkey, '--trustee-id', String(owner++)]);
      await tool(dir, ['archive', 'add-event', '--type=PartialDecryption'], partial);
    }
    const threshold = spec.trustees.pedersen?.threshold ?? 0;
    const decrypting = spec.decrypting ?? pedersenKeys.map((_, i) => i + 1).slice(0, threshold);
    for (const trustee of decrypting) {
      const key = pedersenKeys[trustee - 1]!;
      const partial = await tool(dir, [
        'election',
        'decrypt-threshold',
        '--key',
        key,
        '--decryption-key',
        key.replace(/\.key$/, '.dkey'),
        '--trustee-id',
        String(owner + trustee - 1),
      ]);
      await tool(dir, ['archive', 'add-event', '--type=PartialDecryption'], partial);
    }
    const resultJson = await tool(dir, ['election', 'compute-result']);
    await tool(dir, ['archive', 'add-event', '--type=Result'], resultJson);
    const counts = (JSON.parse(resultJson) as { result: (number | string)[][] }).result;
    result = counts.map((question) => question.map(Number));
  }

  const path = join(dir, `${uuid}.bel`);
  const bytes = new Uint8Array(await readFile(path));
  return { dir, path, uuid, bytes, credentials, ballots, trackers, result };
}
