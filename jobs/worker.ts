import { Worker } from 'bullmq';
import type { Config } from '../server/config';
import { connectRedis, checkRedisServer, requireRedisTarget } from '../server/redis/connection';
import { createContext } from '../server/context';
import type { JobName, JobPayloads } from '../server/queue/payloads';
import { closeQueues, defaultJobOptions, queueNames, queuePrefix, type QueueName } from '../server/queue/queues';
import { minutesAttachment } from '../server/pdf/minutesAttachment';
import { createMailTransport } from './mail/transport';
import { verifyMail } from './handlers/mailVerify';
import { jobMessageId, sendEmail } from './handlers/mailSend';
import { sendConvocation } from './handlers/convocationSend';
import { dispatchConvocation } from './handlers/convocationDispatch';
import { assemblyMoment } from './handlers/assemblyMoment';
import { assemblyNotices } from './handlers/assemblyNotices';
import { votesOpened } from './handlers/votesOpened';
import { draftMinutesJob } from './handlers/minutesDraft';
import { secretResult } from './handlers/secretResult';
import { mailMinutesJob } from './handlers/minutesMail';
import { watchFailedConvocations } from './failedConvocations';
import { dispatchUnsentConvocations } from '../server/commands/dispatchUnsentConvocations';
import { inboundDomain } from '../server/config';
import { enqueue } from '../server/queue/queues';
import { replyJobId } from '../server/queue/jobIds';
import { mailReply, roomDigest, roomMessage } from './handlers/roomMail';
import { startInboundReceiver, type InboundReceiver } from './mail/inboundReceiver';
import { replyClientId } from '../server/commands/room/postReplyByMail';
import { durable } from '../server/commands/durable';

export interface RunningWorker {
  mailMode: 'outbox' | 'relay';
  outboxUrl: string | null;
  /** Where replies by e-mail are received, when they are (INBOUND_SMTP_PORT). */
  inboundUrl: string | null;
  close(): Promise<void>;
}

/** What a handler knows of its job besides the payload: how many attempts were made and allowed, and a name of the job the same on each. */
interface Attempt {
  made: number;
  allowed: number;
  jobKey: string;
}
type Handlers = { [Name in JobName]: (payload: JobPayloads[Name], attempt: Attempt) => Promise<unknown> };

/**
 * Jobs run at once per queue: e-mails wait on the relay; the moments are short (an announcement,
 * or the close's count), so many rooms opening together are each announced without waiting.
 */
/** How many jobs of each queue one worker runs at once. */
export const concurrencyOf: Record<QueueName, number> = { mail: 32, assemblies: 4, moments: 16, replies: 8 };

/** Starts the job worker: every background or timed job of Agora runs here (BullMQ). */
export async function startWorker(
  config: Config,
  clock: { now: () => Date } = { now: () => new Date() },
): Promise<RunningWorker> {
  const target = requireRedisTarget(config, 'worker');
  const redis = connectRedis(target);
  for (const warning of await checkRedisServer(redis, target)) console.warn(`worker: ${warning}`);
  const ctx = createContext(redis, config, { now: clock.now });
  const { queues, mailStatus } = ctx;
  const prefix = queuePrefix(config.REDIS_PREFIX);
  const mail = await createMailTransport(config, ctx.outbox);

  const handlers: Handlers = {
    'mail.verify': () => verifyMail({ mail, mailStatus, now: clock.now }),
    'mail.send': async (request, attempt) => {
      // Nothing leaves for a mailbox before a replica holds this job and what it tells.
      await durable(ctx);
      return sendEmail(
        { mail, attachments: (attachment) => minutesAttachment(ctx, attachment) },
        request,
        jobMessageId(attempt.jobKey),
      );
    },
    'convocation.send': (job, attempt) => sendConvocation({ ctx, mail }, job, attempt),
    'convocation.dispatch': (job) => dispatchConvocation(ctx, job),
    'assembly.moment': (job) => assemblyMoment(ctx, job),
    'assembly.notices': (job) => assemblyNotices(ctx, job),
    'votes.opened': (job) => votesOpened(ctx, job),
    'secret.result': (job) => secretResult(ctx, job),
    'minutes.draft': (job) => draftMinutesJob(ctx, job),
    'minutes.mail': (job) => mailMinutesJob(ctx, job),
    'room.message': (job) => roomMessage(ctx, job),
    'room.digest': (job) => roomDigest(ctx, job),
    'mail.reply': (job) => mailReply(ctx, job),
  };

  const failedConvocations = await watchFailedConvocations(ctx, redis, prefix);
  const workers = queueNames.map(
    (queue) =>
      new Worker(
        queue,
        (job) =>
          handlers[job.name as JobName](job.data, {
            made: job.attemptsMade,
            allowed: job.opts.attempts ?? defaultJobOptions.attempts ?? 1,
            jobKey: `${prefix}:${queue}:${job.id}:${job.timestamp}`,
          }),
        {
          connection: redis,
          prefix,
          concurrency: concurrencyOf[queue],
          lockDuration: config.JOB_LOCK_MS,
          stalledInterval: Math.max(1000, Math.floor(config.JOB_LOCK_MS / 2)),
          // Every job is safe to run again: one whose worker died is taken over however many workers
          // died on it in a row (a deploy restarting them one by one); only a job that keeps killing
          // its worker is given up.
          maxStalledCount: config.JOB_MAX_WORKER_DEATHS,
          ...(queue === 'mail' && config.MAIL_RATE_PER_SECOND > 0
            ? { limiter: { max: config.MAIL_RATE_PER_SECOND, duration: 1000 } }
            : {}),
        },
      ),
  );
  for (const worker of workers) {
    worker.on('failed', (job, error) =>
      console.error(`worker: job ${job?.name} (${job?.id}) failed: ${error.message}`),
    );
  }

  for (const assemblyId of await dispatchUnsentConvocations(ctx)) {
    console.log(`worker: the convocation of assembly ${assemblyId} had not been sent; sending it now.`);
  }
  // The receiver of replies lives here, not in the web process: it only stores each reply as a job,
  // which this process runs; the web processes stay the ones a load balancer may multiply.
  const domain = inboundDomain(config);
  let inbound: InboundReceiver | null = null;
  if (domain && config.INBOUND_SMTP_PORT !== undefined) {
    inbound = await startInboundReceiver({
      host: config.INBOUND_SMTP_HOST,
      port: config.INBOUND_SMTP_PORT,
      domain,
      store: (reply) => enqueue(queues, 'mail.reply', reply, { jobId: replyJobId(replyClientId(reply.key)) }),
    });
  }
  await queues.mail.upsertJobScheduler('mail.verify', { every: 60_000 }, { name: 'mail.verify', data: {} });
  await handlers['mail.verify']({}, { made: 0, allowed: 1, jobKey: 'mail.verify' });

  return {
    mailMode: mail.mode,
    outboxUrl: mail.outboxUrl,
    inboundUrl: inbound?.url ?? null,
    async close() {
      await inbound?.close();
      await Promise.all(workers.map((worker) => worker.close()));
      await failedConvocations.close();
      await closeQueues(queues);
      await mail.close();
      redis.disconnect();
    },
  };
}
