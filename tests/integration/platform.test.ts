import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import type { MembersResponse } from '@shared/api/register';
import type { HealthResponse, OutboxMessage, OutboxResponse } from '@shared/api/service';
import { startWeb, type RunningWeb } from '../../server/web';
import { startWorker, type RunningWorker } from '../../jobs/worker';
import { connectRedis } from '../../server/redis/connection';
import { redisKeys } from '../../server/store/keys';
import { registerStore } from '../../server/store/register';
import { seedDemo } from '../../server/seed/demoRegister';
import { eventually, testConfig, TestClient } from './support';

describe('a web process and a worker on real Redis, mail to the built-in outbox', () => {
  const config = testConfig();
  let web: RunningWeb;
  let worker: RunningWorker;
  let base: string;

  beforeAll(async () => {
    const redis = connectRedis(config.REDIS_URL);
    await seedDemo(registerStore(redis, redisKeys(config.REDIS_PREFIX)), new Date('2026-11-21T10:00:00Z'));
    redis.disconnect();
    worker = await startWorker(config);
    web = await startWeb(config);
    base = `http://127.0.0.1:${web.port}`;
  });
  afterAll(async () => {
    await web?.close();
    await worker?.close();
  });

  it('reports Redis, the worker and mail as healthy', async () => {
    const health = await eventually(async () => {
      const response = await fetch(`${base}/api/health`);
      return response.status === 200 ? ((await response.json()) as HealthResponse) : undefined;
    }, 'a green health check');
    expect(health).toMatchObject({
      status: 'ok',
      redis: { ok: true },
      worker: { ok: true },
      mail: { ok: true, mode: 'outbox' },
    });
  });

  it('serves the founding register to a signed-in person: 108 members, 104 of them voting', async () => {
    const client = await new TestClient(base).signIn('andre.desmet@example.org');
    const { members } = await client.json<MembersResponse>('/api/members');
    expect(members).toHaveLength(108);
    expect(members.filter((member) => member.voting)).toHaveLength(104);
    const russian = members.filter((member) => member.representative?.name === 'Ekaterina Smoroda');
    expect(russian).toHaveLength(24);
    // The founding act names nobody for members 18 and 32: the demo invents a contact for each.
    expect(members.filter((member) => member.representative === null)).toEqual([]);
    expect(members.find((member) => member.memberNo === 18)?.representative?.name).toBe('Contact Salaspils');
  });

  it('keeps an e-mail sent over SMTP in the outbox, readable with its links', async () => {
    expect(worker.outboxUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    const transport = nodemailer.createTransport(worker.outboxUrl ?? '');
    await transport.sendMail({
      from: 'Agora <agora@localhost>',
      to: 'andre.desmet@example.org',
      subject: 'Convocation test',
      text: 'Open https://agora.example.org/a/1 to join.',
    });
    transport.close();
    const list = (await (await fetch(`${base}/api/outbox`)).json()) as OutboxResponse;
    expect(list.messages[0]).toMatchObject({ subject: 'Convocation test', to: ['andre.desmet@example.org'] });
    const message = (await (await fetch(`${base}/api/outbox/${list.messages[0]?.id}`)).json()) as OutboxMessage;
    expect(message.text).toContain('https://agora.example.org/a/1');
  });

  it('answers an unknown API path with a JSON 404 a person can read', async () => {
    const response = await fetch(`${base}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        code: 'not_found',
        params: { context: 'route', method: 'GET', path: '/api/nothing-here' },
        message: 'There is nothing at GET /api/nothing-here.',
      },
    });
  });
});
