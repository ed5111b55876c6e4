import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { AssemblyView, DeliveriesResponse } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { HealthResponse } from '@shared/api/service';
import { isAlive } from '../../server/process/isAlive';
import { eventually, seedRegister, TestClient } from '../integration/support';
import {
  chaosConfig,
  type ChaosConfig,
  type Killable,
  type KillableRedis,
  linkToken,
  type Mailbox,
  signInByMail,
  sleep,
  startKillableRedis,
  startMailbox,
  webProcess,
  workerProcess,
} from './support';

const day = 86_400_000;

describe('faults a running Agora meets', () => {
  let redis: KillableRedis;
  let mailbox: Mailbox;
  let running: Killable[] = [];

  /** A web process and a worker of their own, on a fresh prefix with the demo register, mail going to the mailbox. */
  async function platform(overrides: Partial<Record<keyof ChaosConfig, string>> = {}) {
    const config = await chaosConfig(redis.url, {
      SMTP_URL: mailbox.url,
      REDIS_PREFIX: `f${Math.random().toString(36).slice(2, 10)}`,
      ...overrides,
    });
    await seedRegister(config, new Date());
    const web = webProcess(config);
    const worker = workerProcess(config);
    running.push(web, worker);
    await Promise.all([web.start(), worker.start()]);
    onTestFailed(() => console.log(`${web.output()}\n${worker.output()}`));
    return { config, web, worker, base: `http://127.0.0.1:${config.PORT}` };
  }

  beforeAll(async () => {
    redis = await startKillableRedis();
    mailbox = await startMailbox();
  });
  afterEach(async () => {
    await Promise.all(running.map((process) => process.stop()));
    running = [];
  });
  afterAll(async () => {
    await Promise.all(running.map((process) => process.stop()));
    await mailbox?.close();
    await redis?.stop();
  });

  it(
    'says so while Redis is unreachable for 10 s, answering at once with 503, and recovers without a restart',
    { timeout: 60_000 },
    async () => {
      const { base, web, worker } = await platform();
      const member = await signInByMail(base, mailbox, 'ekaterina.smoroda@example.org');
      expect((await member.get('/api/me')).status).toBe(200);
      const pids = [web.pid!, worker.pid!];

      let room: Socket | undefined;
      const refusals: string[] = [];
      await redis.kill9();
      const back = Date.now() + 10_000;
      try {
        // A request that waited for Redis would run into this limit: each one must be answered during the outage.
        const answered = (path: string, init: RequestInit = {}) =>
          fetch(`${base}${path}`, {
            ...init,
            headers: { cookie: member.cookie, 'content-type': 'application/json' },
            signal: AbortSignal.timeout(4000),
          });
        while (Date.now() < back - 4000) {
          const health = await answered('/api/health');
          expect(health.status).toBe(503);
          const report = (await health.json()) as HealthResponse;
          expect(report).toMatchObject({ status: 'degraded', redis: { ok: false } });
          expect(report.redis.message).toMatch(/Redis cannot be reached/);

          const me = await answered('/api/me');
          expect(me.status).toBe(503);
          expect(me.headers.get('retry-after')).toBe('5');
          expect(((await me.json()) as ApiError).error).toMatchObject({
            code: 'store_unavailable',
            message: expect.stringMatching(/cannot reach its database/),
          });
          const signIn = await answered('/api/auth/sign-in', {
            method: 'POST',
            body: JSON.stringify({ email: 'samuel.thirion@example.org' }),
          });
          expect(signIn.status).toBe(503);
          await sleep(1000);
        }
        // A browser opening the live room now is kept waiting, not turned away.
        room = connect(base, {
          transports: ['websocket'],
          extraHeaders: { cookie: member.cookie },
          reconnectionDelay: 200,
          reconnectionDelayMax: 1000,
        });
        room.on('connect_error', (error) => !room?.active && refusals.push(error.message));
        await sleep(back - Date.now());
      } finally {
        await redis.restart();
      }

      const health = await eventually(
        async () => {
          const response = await fetch(`${base}/api/health`);
          return response.status === 200 ? ((await response.json()) as HealthResponse) : undefined;
        },
        'a healthy Agora after Redis came back',
        30_000,
      );
      expect(health).toMatchObject({ status: 'ok', redis: { ok: true }, worker: { ok: true } });
      // The same processes, the same session; and the worker sends mail again.
      expect(pids.every((pid) => isAlive(pid))).toBe(true);
      expect([web.pid, worker.pid]).toEqual(pids);
      expect((await member.get('/api/me')).status).toBe(200);
      await signInByMail(base, mailbox, 'samuel.thirion@example.org');
      await eventually(() => (room?.connected ? true : undefined), 'the live room connected once Redis is back');
      expect(refusals).toEqual([]);
      room?.disconnect();
    },
  );

  it(
    'retries the convocations while the mail relay is down, shows the failures to the Table, and delivers each once when it is back',
    { timeout: 90_000 },
    async () => {
      const { base } = await platform();
      const table = await signInByMail(base, mailbox, 'giusto.maniscalchi@example.org');
      const created = (await (
        await table.post('/api/assemblies', {
          kind: 'ordinary',
          title: 'Assembly of the relay outage',
          opensAt: new Date(Date.now() + 16 * day).toISOString(),
        })
      ).json()) as AssemblyView;
      const id = created.assembly.id;
      await table.post(`/api/assemblies/${id}/agenda`, { kind: 'ordinary_decision', title: 'Budget 2027' });

      mailbox.down();
      expect((await table.post(`/api/assemblies/${id}/convene`)).status).toBe(200);
      const deliveries = () => table.json<DeliveriesResponse>(`/api/assemblies/${id}/deliveries`);
      // The Table sees every convocation waiting, each with why its last attempt failed, none given up.
      const failing = await eventually(
        async () => {
          const body = await deliveries();
          return body.deliveries.length === 108 && body.deliveries.every((delivery) => delivery.error !== null)
            ? body
            : undefined;
        },
        'the failed first attempts',
        20_000,
      );
      expect(failing.counts).toEqual({ queued: 108, sent: 0, failed: 0 });
      // Refused connections, or 421 on a connection the relay was closing.
      expect(
        failing.deliveries.every(
          (delivery) => delivery.error?.final === false && /ECONNREFUSED|421/.test(delivery.error.message),
        ),
      ).toBe(true);

      await mailbox.up();
      const sent = await eventually(
        async () => {
          const body = await deliveries();
          return body.counts.sent === 108 ? body : undefined;
        },
        'every convocation sent once the relay is back',
        60_000,
      );
      expect(sent.deliveries.every((delivery) => delivery.error === null && delivery.attempts >= 2)).toBe(true);
      await sleep(500);
      const convocations = mailbox.received.filter((mail) => mail.messageId?.startsWith(`<convocation.${id}.`));
      // One e-mail per person (26 for the 108 members), none twice.
      expect(convocations).toHaveLength(26);
      expect(new Set(convocations.map((mail) => mail.messageId)).size).toBe(26);
    },
  );

  it(
    'lets another worker finish, once, a job whose workers died in the middle of it, twice',
    { timeout: 60_000 },
    async () => {
      const { base, config, worker } = await platform({ JOB_LOCK_MS: '2000' });
      const email = 'manuela.coutinho@example.org';
      const links = () => mailbox.to(email, /sign-in link|lien de connexion/);
      const before = links().length;
      let held = mailbox.hold(email);
      expect((await new TestClient(base).post('/api/auth/sign-in', { email })).status).toBe(202);
      // The worker is sending the sign-in link, its job locked, when it dies; the one taking the job over dies the same way.
      let holding = worker;
      for (let times = 0; times < 2; times++) {
        await held.reached;
        const taking = workerProcess(config);
        running.push(taking);
        held = mailbox.hold(email);
        await holding.kill9();
        await taking.start();
        holding = taking;
      }
      held.release();

      const link = await eventually(() => links()[before], 'the sign-in link, sent by the third worker', 30_000);
      const signedIn = new TestClient(base);
      expect((await signedIn.post('/api/auth/sign-in/complete', { token: linkToken(link.text) })).status).toBe(204);
      // A lock period later, still the one link: the attempts of the dead workers never completed.
      await sleep(2500);
      expect(links()).toHaveLength(before + 1);
    },
  );
});
