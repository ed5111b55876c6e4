import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { redisKeys } from '../store/keys';
import type { JobName, JobPayloads } from './payloads';

/**
 * Jobs are grouped in queues by the resource they use, so one slow relay never delays the rest,
 * and the assemblies' timers have a queue of their own, so a long dispatch or the minutes never
 * hold back a room opening or closing.
 */
export const queueOfJob = {
  'mail.verify': 'mail',
  'mail.send': 'mail',
  'convocation.send': 'mail',
  'convocation.dispatch': 'assemblies',
  'assembly.moment': 'moments',
  'assembly.notices': 'assemblies',
  'votes.opened': 'assemblies',
  'secret.result': 'assemblies',
  'minutes.draft': 'assemblies',
  'minutes.mail': 'assemblies',
  'room.message': 'assemblies',
  'room.digest': 'assemblies',
  // Replies wait on nothing but Redis: posted at once, whatever dispatch the other queues run.
  'mail.reply': 'replies',
} as const satisfies Record<JobName, string>;
export type QueueName = (typeof queueOfJob)[JobName];
export const queueNames = [...new Set(Object.values(queueOfJob))] as QueueName[];

export type Queues = Record<QueueName, Queue>;

/** BullMQ's prefix for the queues of an install: its keys stand beside Agora's. */
export const queuePrefix = (installPrefix: string): string => redisKeys(installPrefix).queues;

export function createQueues(connection: ConnectionOptions, installPrefix: string): Queues {
  return Object.fromEntries(
    queueNames.map((name) => {
      const queue = new Queue(name, { connection, prefix: queuePrefix(installPrefix) });
      // While Redis is away each reconnection attempt fails: adding a job then fails, and /api/health says why.
      queue.on('error', () => {});
      return [name, queue];
    }),
  ) as Queues;
}

/** Retries with backoff (2 s, 4 s, 8 s ... about 17 minutes in all) before a job counts as failed. */
export const defaultJobOptions: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { count: 5000 },
  removeOnFail: { count: 20000 },
};

/** Adds one job to its queue. A `jobId` makes it happen once however often it is asked for. */
export async function enqueue<Name extends JobName>(
  queues: Queues,
  name: Name,
  payload: JobPayloads[Name],
  options: JobsOptions = {},
): Promise<void> {
  await queues[queueOfJob[name]].add(name, payload, { ...defaultJobOptions, ...options });
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((queue) => queue.close()));
}
