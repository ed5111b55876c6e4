import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import type { AssembliesResponse } from '@shared/api/assemblies';
import type { MembersResponse } from '@shared/api/register';
import type { HealthResponse } from '@shared/api/service';
import { freePort } from '../../server/process/freePort';
import { startEmbeddedRedis } from '../../server/redis/embeddedRedis';
import { eventually, TestClient } from './support';
import { isAlive } from '../../server/process/isAlive';

const root = new URL('../../', import.meta.url).pathname;

interface Launched {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const launched: Launched[] = [];

/** `npm start`, as a person types it, with its own data folder and port. */
function launch(env: Record<string, string | undefined>): Launched {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    cwd: root,
    env: { ...process.env, REDIS_URL: '', SMTP_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  launched.push({ child, output: () => output, exited });
  return { child, output: () => output, exited };
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'agora-start-'));
  // A test that fails half-way still stops what it started (Ctrl-C stops the embedded Redis too).
  afterEach(async () => {
    for (const started of launched.splice(0)) {
      if (started.child.exitCode !== null || started.child.signalCode !== null) continue;
      started.child.kill('SIGINT');
      await started.exited;
    }
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs its own Redis, loads the demo register, stops Redis on Ctrl-C and finds the data again', async () => {
    const port = await freePort();
    const first = launch({ DATA_DIR: dataDir, PORT: String(port) });
    await eventually(
      () => (first.output().includes('Agora is running at') ? true : undefined),
      `the start message in:\n${first.output()}`,
      40_000,
    );
    expect(first.output()).toContain(`http://localhost:${port}`);
    expect(first.output()).toContain('loaded the founding register (108 members)');

    const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as HealthResponse;
    expect(health.status).toBe('ok');
    const secretariat = await new TestClient(`http://127.0.0.1:${port}`).signIn('secretariat@example.org');
    const { members } = await secretariat.json<MembersResponse>('/api/members');
    expect(members).toHaveLength(108);
    const { assemblies } = await secretariat.json<AssembliesResponse>('/api/assemblies');
    expect(assemblies.map((assembly) => assembly.phase).sort()).toEqual(['convened', 'minutes_published', 'open']);

    // A change made while it runs must be there after a restart (AOF, appendfsync always).
    const redisPort = Number(/Redis started on port (\d+)/.exec(first.output())?.[1]);
    const redisPid = Number(readFileSync(join(dataDir, 'redis', 'redis.pid'), 'utf8'));
    const redis = new Redis(redisPort, '127.0.0.1');
    const stored = JSON.parse((await redis.hget('agora:members', '57')) ?? '{}');
    await redis.hset('agora:members', '57', JSON.stringify({ ...stored, population: 6000 }));
    redis.disconnect();

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(isAlive(redisPid)).toBe(false);

    const second = launch({ DATA_DIR: dataDir, PORT: String(port) });
    await eventually(
      () => (second.output().includes('Agora is running at') ? true : undefined),
      `the second start in:\n${second.output()}`,
      40_000,
    );
    expect(second.output()).not.toContain('loaded the founding register');
    const again = await (
      await new TestClient(`http://127.0.0.1:${port}`).signIn('secretariat@example.org')
    ).json<MembersResponse>('/api/members');
    expect(again.members).toHaveLength(108);
    expect(again.members.find((member) => member.memberNo === 57)?.population).toBe(6000);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('refuses a Redis whose eviction policy may delete data, and says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agora-lru-'));
    const lru = await startEmbeddedRedis({ dir, persistent: false, settings: { 'maxmemory-policy': 'allkeys-lru' } });
    try {
      const started = launch({ REDIS_URL: lru.url, PORT: String(await freePort()), DATA_DIR: dir });
      expect(await started.exited).toBe(1);
      expect(started.output()).toContain('maxmemory-policy is "allkeys-lru"');
      expect(started.output()).toContain('noeviction');
      expect(started.output()).not.toContain('Agora is running');
    } finally {
      await lru.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('warns when the Redis it is given would announce room openings late, and runs anyway', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agora-hz-'));
    const slow = await startEmbeddedRedis({ dir, persistent: true, settings: { hz: '10' } });
    try {
      const started = launch({ REDIS_URL: slow.url, PORT: String(await freePort()), DATA_DIR: dir });
      await eventually(async () => started.output().includes('Agora is running') || undefined, 'Agora running', 30_000);
      expect(started.output()).toContain(
        'runs with hz 10: a room\'s opening or close can be announced up to 100 ms late. Set "hz 100"',
      );
    } finally {
      for (const started of launched.splice(0)) {
        started.child.kill('SIGINT');
        await started.exited;
      }
      await slow.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says how to install redis-server when there is none', async () => {
    const emptyPath = mkdtempSync(join(tmpdir(), 'agora-nopath-'));
    const started = launch({ PATH: emptyPath, DATA_DIR: join(emptyPath, 'data'), PORT: String(await freePort()) });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('Agora needs redis-server and none was found on the PATH.');
    expect(started.output()).toContain('apt-get install -y redis-server');
    expect(started.output()).toContain('brew install redis');
    rmSync(emptyPath, { recursive: true, force: true });
  });

  it('names each bad setting and stops before touching anything', async () => {
    const started = launch({ PORT: 'eighty', SMTP_URL: 'mail.example.org', DATA_DIR: dataDir });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('PORT must be a port number (got "eighty")');
    expect(started.output()).toContain('SMTP_URL must start with smtp:// or smtps:// (got "mail.example.org")');
  });
});
