import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import type { RedisKeys } from '../server/store/keys';
import type { EmailRequest } from './emails/render';
import type { ConvocationJob } from './handlers/convocationSend';
import type { DispatchJob } from './handlers/convocationDispatch';
import type { MomentJob } from './handlers/assemblyMoment';
import type { MinutesDraftJob } from './handlers/minutesDraft';
import type { MinutesMailJob } from './handlers/minutesMail';

/**
 * Every background or timed job Agora runs, with its payload. One map, so a producer and the
 * handler that consumes a job can never disagree on its shape.
 */
export interface JobPayloads {
  /** Check that the mail transport accepts connections, and record it for the health page. */
  'mail.verify': Record<string, never>;
  /** Render one e-mail from its template and send it. */
  'mail.send': EmailRequest;
  /** Send one member's convocation (one job per member and sending; its id makes it happen once). */
  'convocation.send': ConvocationJob;
  /** Fan a sending of the convocation out to one job per member. */
  'convocation.dispatch': DispatchJob;
  /** A reminder or a timer of an assembly's schedule: the room opening or closing is announced at once. */
  'assembly.moment': MomentJob;
  /** The e-mails of a moment (a reminder, "the room is open"), each person's once. */
  'assembly.notices': MomentJob;
  /** After the close: draft version 1 of the minutes (once, whoever runs it). */
  'minutes.draft': MinutesDraftJob;
  /** A version of the minutes was published: e-mail it, the PDF attached, to every member's representative. */
  'minutes.mail': MinutesMailJob;
}
export type JobName = keyof JobPayloads;

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
  'minutes.draft': 'assemblies',
  'minutes.mail': 'assemblies',
} as const satisfies Record<JobName, string>;
export type QueueName = (typeof queueOfJob)[JobName];
export const queueNames = [...new Set(Object.values(queueOfJob))] as QueueName[];

export type Queues = Record<QueueName, Queue>;

export function createQueues(connection: ConnectionOptions, keys: RedisKeys): Queues {
  return Object.fromEntries(
    queueNames.map((name) => {
      const queue = new Queue(name, { connection, prefix: keys.queues });
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
