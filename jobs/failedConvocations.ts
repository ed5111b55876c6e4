import { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Context } from '../server/context';
import { giveUpConvocation } from '../server/commands/giveUpConvocation';
import type { ConvocationJob } from '../server/queue/payloads';
import { queueOfJob } from '../server/queue/queues';

/**
 * Marks the delivery of a convocation job failed for good, whichever worker failed it. BullMQ fails
 * a job whose workers kept dying while running it without running it again, so the job's own
 * attempt never marks it; the queue's event stream says so to every worker process.
 */
export async function watchFailedConvocations(
  ctx: Pick<Context, 'deliveries' | 'queues'>,
  connection: Redis,
  prefix: string,
): Promise<{ close(): Promise<void> }> {
  const queue = queueOfJob['convocation.send'];
  const events = new QueueEvents(queue, { connection, prefix });
  events.on('error', () => {
    // Reconnects by itself while Redis is away; the health page reports the outage.
  });
  events.on('failed', ({ jobId, failedReason }) => {
    void (async () => {
      const job = await ctx.queues[queue].getJob(jobId);
      if (job?.name !== 'convocation.send') return;
      await giveUpConvocation(ctx, job.data as ConvocationJob, failedReason);
    })().catch((error: Error) =>
      console.error(`worker: could not mark the convocation of job ${jobId} failed: ${error.message}`),
    );
  });
  await events.waitUntilReady();
  return { close: () => events.close() };
}
