import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import type { Context } from '../server/context';
import { startEmbeddedRedis } from '../server/redis/embeddedRedis';

const root = new URL('../', import.meta.url).pathname;

/** A redis-server configured as `npm start` configures it (AOF, fsync on every write). */
export async function benchRedis() {
  const dir = mkdtempSync(join(tmpdir(), 'agora-bench-redis-'));
  const redis = await startEmbeddedRedis({ dir });
  return {
    url: redis.url,
    async stop() {
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `count` effective members of Europe, numbered from 1: each votes. */
export function benchMembers(count: number): Member[] {
  return Array.from({ length: count }, (_, index) => ({
    memberNo: index + 1,
    territoryNo: index + 1,
    college: 'effective',
    continent: 'Europe',
    country: 'Belgium',
    territory: `T${index}`,
    organisation: `Platform ${index + 1}`,
    platformType: '',
    status: 'active',
    population: null,
  }));
}

/** `count` effective members, each represented by a person of its own, signed in: each person's session cookie. */
export async function signedInRepresentatives(ctx: Context, count: number, now: Date): Promise<string[]> {
  const people: Person[] = Array.from({ length: count }, (_, index) => ({
    id: `bp${index}`,
    name: `Participant ${index}`,
    email: `participant${index}@example.org`,
    language: 'en',
    timeZone: 'Europe/Brussels',
  }));
  const members = benchMembers(count);
  await ctx.register.transact((_snapshot, changes) => {
    people.forEach((person, index) => {
      changes.putPerson(person);
      changes.putMember(members[index]!);
      changes.designate({ memberNo: index + 1, personId: person.id, from: now.toISOString(), setBy: 'bench' });
    });
  });
  return Promise.all(people.map(async (person) => `agora_session=${await ctx.sessions.create(person.id, now)}`));
}

/** The counting SMTP receiver, in a child process. */
export async function smtpSink() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/smtpSink.ts'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let buffer = '';
  const waiters: Array<(line: string) => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      waiters.shift()?.(line);
    }
  });
  const nextLine = () => new Promise<string>((resolve) => waiters.push(resolve));
  const port = Number((await nextLine()).split(' ')[1]);
  return {
    url: `smtp://127.0.0.1:${port}`,
    async received(): Promise<number> {
      const line = nextLine();
      child.stdin.write('?\n');
      return Number((await line).split(' ')[1]);
    },
    stop() {
      child.kill('SIGTERM');
    },
  };
}

/** Milliseconds since `start`, from the monotonic clock. */
export function elapsed(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Starts `node --import tsx <args>` from the project's root and waits until its output matches `ready`. */
export function spawnProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<{ child: ChildProcess; said: RegExpExecArray }> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : []),
      '--import',
      'tsx',
      ...args,
    ],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const said = ready.exec(output);
      if (said) resolve({ child, said });
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}): ${output}`)));
  });
}

/** Stops a process started by spawnProcess and waits until it has exited. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
