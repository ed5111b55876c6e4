import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { AssemblyView, DeliveriesResponse } from '@shared/api/assemblies';
import type { OutboxResponse } from '@shared/api/service';
import { startSmtpReceiver, type SmtpReceiver } from '../../jobs/mail/outboxReceiver';
import { startPlatform, spawnWorker, TestClient, eventually } from './support';

const day = 86_400_000;

/** A Table member drafts and convenes an ordinary assembly 16 days ahead. */
async function convene(table: TestClient): Promise<string> {
  const created = (await (
    await table.post('/api/assemblies', {
      kind: 'ordinary',
      title: 'Autumn ordinary assembly',
      opensAt: new Date(Date.now() + 16 * day).toISOString(),
    })
  ).json()) as AssemblyView;
  await table.post(`/api/assemblies/${created.assembly.id}/agenda`, {
    kind: 'ordinary_decision',
    title: 'Action plan and budget for 2027',
  });
  const convened = await table.post(`/api/assemblies/${created.assembly.id}/convene`);
  expect(convened.status).toBe(200);
  return created.assembly.id;
}

describe('convocations that reach every member', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
  afterAll(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  it('convenes the 108 members with one e-mail per person (26), when the worker is killed halfway and another takes over', async () => {
    const platform = await startPlatform({ worker: false });
    cleanups.push(() => platform.close());
    const settings = { MAIL_RATE_PER_SECOND: '4', JOB_LOCK_MS: '2000' };
    const first = spawnWorker(platform.config, settings);
    cleanups.push(async () => void first.child.kill('SIGKILL'));
    await first.ready;

    const table = await platform.client().signIn('giusto.maniscalchi@example.org');
    const id = await convene(table);
    const count = async () =>
      (await table.json<OutboxResponse>('/api/outbox')).messages.filter((message) =>
        message.subject.startsWith('Convocation'),
      ).length;
    await eventually(async () => ((await count()) >= 6 ? true : undefined), '6 convocations before the crash', 20_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const sentBeforeCrash = await count();
    expect(sentBeforeCrash).toBeLessThan(26);

    const second = spawnWorker(platform.config, settings);
    cleanups.push(async () => void second.child.kill('SIGKILL'));
    await second.ready;
    const deliveries = await table.convocationsSent(id, 108, 40_000);
    expect(deliveries.counts).toEqual({ queued: 0, sent: 108, failed: 0 });
    // The outbox files a message just after answering the relay: on a busy machine, a moment later.
    await eventually(async () => ((await count()) >= 26 ? true : undefined), '26 convocations in the outbox', 5_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // One e-mail per person, none twice.
    expect(await count()).toBe(26);
  }, 90_000);

  it('retries while the receiver refuses mail for a while, and shows a permanent refusal to the Table', async () => {
    let refusingUntil = 0;
    let bounce = 'aura.hazota@example.org';
    const received: string[] = [];
    let keep: (message: Parameters<Parameters<typeof startSmtpReceiver>[0]>[0]) => Promise<unknown> = async () => {};
    // A relay that refuses for a while; what it accepts lands in the outbox, where people read it.
    const receiver: SmtpReceiver = await startSmtpReceiver(
      async (message) => {
        if (message.subject.startsWith('Convocation')) received.push(...message.to);
        await keep(message);
      },
      {
        refuse: (address) => {
          if (address === bounce) return { code: 550, message: 'Mailbox unavailable' };
          return Date.now() < refusingUntil ? { code: 451, message: 'Try again later' } : null;
        },
      },
    );
    cleanups.push(() => receiver.close());
    const platform = await startPlatform({ workerConfig: { SMTP_URL: receiver.url } });
    cleanups.push(() => platform.close());
    const { connectRedis } = await import('../../server/redis/connection');
    const { createContext } = await import('../../server/context');
    const redis = connectRedis(platform.config.REDIS_URL);
    cleanups.push(async () => void redis.disconnect());
    const outbox = createContext(redis, platform.config).outbox;
    keep = (message) => outbox.add(message);
    const table = await platform.client().signIn('giusto.maniscalchi@example.org');
    refusingUntil = Date.now() + 3000;
    const id = await convene(table);

    const deliveries = await eventually(
      async () => {
        const body = await table.json<DeliveriesResponse>(`/api/assemblies/${id}/deliveries`);
        return body.counts.sent + body.counts.failed === 108 ? body : undefined;
      },
      'every convocation sent or refused',
      40_000,
    );
    expect(deliveries.counts).toEqual({ queued: 0, sent: 107, failed: 1 });
    const refused = deliveries.deliveries.find((delivery) => delivery.state === 'failed')!;
    expect(refused).toMatchObject({ memberNo: 31, email: 'aura.hazota@example.org', error: { final: true } });
    expect(refused.error?.message).toContain('550');
    // Refused for three seconds, then accepted: every convocation went on a later attempt.
    expect(
      deliveries.deliveries.filter((delivery) => delivery.state === 'sent').every((delivery) => delivery.attempts >= 2),
    ).toBe(true);
    // One e-mail to each of the 25 other people.
    expect(received).toHaveLength(25);

    bounce = '';
    expect((await table.post(`/api/assemblies/${id}/deliveries/31/resend`)).status).toBe(202);
    await table.convocationsSent(id, 108, 20_000);
    expect(received).toHaveLength(26);
  }, 90_000);
});
