import { Worker } from 'bullmq';
import type { Config } from '../server/config';
import { connectRedis, checkRedisServer } from '../server/redis/connection';
import { redisKeys } from '../server/store/keys';
import { outboxStore } from '../server/store/outbox';
import { mailStatusStore } from '../server/store/mailStatus';
import { createQueues, closeQueues, queueNames, type JobName, type JobPayloads } from './queues';
import { createMailTransport } from './mail/transport';
import { verifyMail } from './handlers/mailVerify';
import { sendEmail } from './handlers/mailSend';

export interface RunningWorker {
  mailMode: 'outbox' | 'relay';
  outboxUrl: string | null;
  close(): Promise<void>;
}

type Handlers = { [Name in JobName]: (payload: JobPayloads[Name]) => Promise<unknown> };

/** Starts the job worker: every background or timed job of Agora runs here (BullMQ). */
export async function startWorker(config: Config & { REDIS_URL: string }, clock: { now: () => Date } = { now: () => new Date() }): Promise<RunningWorker> {
  const redis = connectRedis(config.REDIS_URL);
  for (const warning of await checkRedisServer(redis, config.REDIS_URL)) console.warn(`worker: ${warning}`);
  const keys = redisKeys(config.REDIS_PREFIX);
  const mail = await createMailTransport(config, outboxStore(redis, keys));
  const mailStatus = mailStatusStore(redis, keys);

  const handlers: Handlers = {
    'mail.verify': () => verifyMail({ mail, mailStatus, now: clock.now }),
    'mail.send': (request) => sendEmail({ mail }, request),
  };

  const workers = queueNames.map(
    (queue) =>
      new Worker(queue, (job) => handlers[job.name as JobName](job.data), {
        connection: redis,
        prefix: keys.queues,
        concurrency: 8,
      }),
  );
  for (const worker of workers) {
    worker.on('failed', (job, error) => console.error(`worker: job ${job?.name} (${job?.id}) failed: ${error.message}`));
  }

  const queues = createQueues(redis, keys);
  await queues.mail.upsertJobScheduler('mail.verify', { every: 60_000 }, { name: 'mail.verify', data: {} });
  await handlers['mail.verify']({});

  return {
    mailMode: mail.mode,
    outboxUrl: mail.outboxUrl,
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await closeQueues(queues);
      await mail.close();
      redis.disconnect();
    },
  };
}
