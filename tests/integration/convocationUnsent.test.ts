import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { OutboxResponse } from '@shared/api/service';
import { connectRedis } from '../../server/redis/connection';
import { createContext } from '../../server/context';
import { dispatchJobId } from '../../server/queue/jobIds';
import { closeQueues } from '../../server/queue/queues';
import { eventually, spawnWorker, startPlatform } from './support';

const day = 86_400_000;

describe('a convocation whose sending was lost in a crash', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
  afterAll(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  it('goes out once, to the 108 members in one e-mail per person (26), when workers start', async () => {
    const platform = await startPlatform({ worker: false });
    cleanups.push(() => platform.close());
    const spawned = (): ReturnType<typeof spawnWorker> => {
      const worker = spawnWorker(platform.config);
      cleanups.push(async () => {
        worker.child.kill('SIGKILL');
        await worker.exited;
      });
      return worker;
    };
    const first = spawned();
    await first.ready;
    const table = await platform.client().signIn('giusto.maniscalchi@example.org');
    const id = (
      await table.draftAssembly('Assembly convened just before a crash', Date.now() + 16 * day, ['Budget 2027'])
    ).assembly.id;

    // No worker runs; the assembly is convened, and its sending is lost as if the web process had
    // died between the two.
    first.child.kill('SIGKILL');
    await first.exited;
    expect((await table.post(`/api/assemblies/${id}/convene`)).status).toBe(200);
    const redis = connectRedis(platform.config.REDIS_URL);
    const ctx = createContext(redis, platform.config);
    cleanups.push(async () => {
      await closeQueues(ctx.queues);
      redis.disconnect();
    });
    const job = await ctx.queues.assemblies.getJob(dispatchJobId(id, 1));
    await job?.remove();
    expect(await ctx.queues.assemblies.getJob(dispatchJobId(id, 1))).toBeUndefined();
    expect((await ctx.assemblies.get(id))?.status).toBe('convened');

    // Two workers start together: each finds the sending missing; it goes out once.
    const [second, third] = [spawned(), spawned()];
    await Promise.all([second.ready, third.ready]);
    const deliveries = await table.convocationsSent(id, 108, 40_000);
    expect(deliveries.counts).toEqual({ queued: 0, sent: 108, failed: 0 });
    const convocations = async () =>
      (await table.json<OutboxResponse>('/api/outbox')).messages.filter((message) =>
        message.subject.startsWith('Convocation'),
      ).length;
    await eventually(async () => ((await convocations()) >= 26 ? true : undefined), '26 in the outbox', 5_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await convocations()).toBe(26);
    expect(second.output() + third.output()).toContain(`the convocation of assembly ${id} had not been sent`);
  }, 90_000);
});
