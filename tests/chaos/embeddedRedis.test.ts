import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import type { HealthResponse, OutboxMessage, OutboxResponse } from '@shared/api/service';
import type { MeResponse } from '@shared/api/session';
import { freePort } from '../../server/process/freePort';
import { isAlive } from '../../server/process/isAlive';
import { eventually, TestClient } from '../integration/support';

const root = new URL('../../', import.meta.url).pathname;

/** How long `npm start` may take to bring its Redis back and answer healthy again. */
const recoveryLimitMs = 15_000;

/**
 * Signs in through the outbox, waiting as long as the mail queue needs: the demo's convocations,
 * queued at the first start, go out before the link on a busy machine.
 */
async function signIn(base: string, email: string): Promise<TestClient> {
  const client = new TestClient(base);
  const before = new Set((await client.json<OutboxResponse>('/api/outbox')).messages.map((message) => message.id));
  expect((await client.post('/api/auth/sign-in', { email })).status).toBe(202);
  const link = await eventually(
    async () =>
      (await client.json<OutboxResponse>('/api/outbox')).messages.find(
        (message) =>
          !before.has(message.id) &&
          message.to.includes(email) &&
          /sign-in link|lien de connexion/.test(message.subject),
      ),
    `the sign-in link for ${email}`,
    60_000,
  );
  const { text } = await client.json<OutboxMessage>(`/api/outbox/${link.id}`);
  const token = /#token=([A-Za-z0-9_.-]+)/.exec(text)?.[1] ?? '';
  expect((await client.post('/api/auth/sign-in/complete', { token })).status).toBe(204);
  return client;
}

describe('the Redis that npm start runs', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'agora-chaos-start-'));
  let stopLaunched = async () => {};
  afterAll(async () => {
    await stopLaunched();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'comes back by itself after kill -9, with what it acknowledged, and still stops cleanly on Ctrl-C',
    { timeout: 120_000 },
    async () => {
      const port = await freePort();
      let output = '';
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
        cwd: root,
        env: { ...process.env, REDIS_URL: '', SMTP_URL: '', DATA_DIR: dataDir, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      stopLaunched = async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGINT');
        await exited;
      };
      onTestFailed(() => console.log(`--- npm start\n${output}`));

      await eventually(() => (output.includes('Agora is running at') ? true : undefined), 'Agora running', 60_000);
      const base = `http://127.0.0.1:${port}`;
      const health = async () => {
        const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(4000) }).catch(() => null);
        return response?.status === 200 ? ((await response.json()) as HealthResponse) : undefined;
      };
      await eventually(health, 'a healthy Agora', 30_000);

      // A write acknowledged before the crash.
      const member = await signIn(base, 'ekaterina.smoroda@example.org');
      const renamed = await member.request('PATCH', '/api/me', { name: 'Ekaterina Smoroda-Volkova' });
      expect(renamed.status).toBe(200);

      const pidFile = join(dataDir, 'redis', 'redis.pid');
      const killedPid = Number(readFileSync(pidFile, 'utf8'));
      expect(isAlive(killedPid)).toBe(true);
      const killedAt = Date.now();
      process.kill(killedPid, 'SIGKILL');

      const healthy = await eventually(health, 'a healthy Agora again, without a restart', 30_000);
      const recoveryMs = Date.now() - killedAt;
      console.log(`npm start: healthy again ${recoveryMs} ms after kill -9 of its Redis`);
      expect(healthy).toMatchObject({ status: 'ok', redis: { ok: true }, worker: { ok: true } });
      expect(recoveryMs).toBeLessThan(recoveryLimitMs);
      expect(output).toContain('Redis stopped unexpectedly');
      expect(child.exitCode).toBeNull();

      // The same session, the acknowledged change; and the worker takes jobs again (a sign-in link goes out).
      expect((await member.json<MeResponse>('/api/me')).person.name).toBe('Ekaterina Smoroda-Volkova');
      await signIn(base, 'samuel.thirion@example.org');

      const restartedPid = Number(readFileSync(pidFile, 'utf8'));
      expect(restartedPid).not.toBe(killedPid);
      expect(isAlive(restartedPid)).toBe(true);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(output).toContain('Redis stopped, data saved');
      expect(isAlive(restartedPid)).toBe(false);
    },
  );
});
