import { afterAll, afterEach, describe, expect, it, onTestFailed } from 'vitest';
import type { DeliveriesResponse } from '@shared/api/assemblies';
import { signInByMail, startMailbox } from '../chaos/support';
import { eventually, spawnWorker, startPlatform } from './support';

const day = 86_400_000;

describe('a convocation whose workers keep dying', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
  afterAll(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  it('is shown failed to the Table, not queued for ever, and can be resent', async () => {
    const mailbox = await startMailbox();
    cleanups.push(() => mailbox.close());
    const platform = await startPlatform({ worker: false });
    cleanups.push(() => platform.close());
    // Given up after its second worker died holding it (five deaths in production: the same path, sooner).
    const settings = { SMTP_URL: mailbox.url, JOB_LOCK_MS: '2000', JOB_MAX_WORKER_DEATHS: '1' };
    const workers: Array<ReturnType<typeof spawnWorker>> = [];
    const startWorker = async () => {
      const worker = spawnWorker(platform.config, settings);
      workers.push(worker);
      cleanups.push(async () => {
        worker.child.kill('SIGKILL');
        await worker.exited;
      });
      await worker.ready;
      return worker;
    };
    onTestFailed(() =>
      console.log(workers.map((worker, index) => `--- worker ${index + 1}\n${worker.output()}`).join('\n')),
    );
    let worker = await startWorker();

    const table = await signInByMail(platform.base, mailbox, 'giusto.maniscalchi@example.org');
    const id = (await table.draftAssembly('Assembly of the dying workers', Date.now() + 16 * day, ['Budget 2027']))
      .assembly.id;
    const deliveries = () => table.json<DeliveriesResponse>(`/api/assemblies/${id}/deliveries`);

    // Member 31's convocation: each worker that takes it dies in the middle of sending it.
    const email = 'aura.hazota@example.org';
    let held = mailbox.hold(email);
    expect((await table.post(`/api/assemblies/${id}/convene`)).status).toBe(200);
    await eventually(
      async () => ((await deliveries()).counts.sent === 107 ? true : undefined),
      'the other 107 sent',
      40_000,
    );
    for (let deaths = 0; deaths < 2; deaths++) {
      await held.reached;
      held = mailbox.hold(email);
      worker.child.kill('SIGKILL');
      await worker.exited;
      worker = await startWorker();
    }

    const givenUp = await eventually(
      async () => {
        const body = await deliveries();
        return body.counts.failed === 1 ? body : undefined;
      },
      'the convocation given up shown failed',
      30_000,
    );
    expect(givenUp.counts).toEqual({ queued: 0, sent: 107, failed: 1 });
    const failed = givenUp.deliveries.find((delivery) => delivery.state === 'failed');
    expect(failed).toMatchObject({ memberNo: 31, email, error: { final: true } });
    expect(failed?.error?.message).toMatch(/stopped in the middle of it/);
    expect(mailbox.to(email, /Convocation/)).toHaveLength(0);

    held.release();
    expect((await table.post(`/api/assemblies/${id}/deliveries/31/resend`)).status).toBe(202);
    await table.convocationsSent(id, 108, 30_000);
    expect(mailbox.to(email, /Convocation/)).toHaveLength(1);
  }, 120_000);
});
