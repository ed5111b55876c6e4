import type { Assembly } from '@shared/schemas/assembly';
import type { Context } from '../context';
import { digestJobId, momentJobId } from './jobIds';
import { assemblyMoments, digestTimes, momentsOf } from './moments';
import type { JobPayloads } from './payloads';
import { defaultJobOptions } from './queues';

/**
 * Schedules the reminders and the room timers as delayed jobs. They are a convenience: the room's
 * state is always computed from the clock and the stored window, so a late or lost job changes
 * nothing; a job whose assembly moved or was cancelled does nothing.
 */
export async function scheduleAssemblyJobs(ctx: Pick<Context, 'now' | 'queues'>, assembly: Assembly): Promise<void> {
  const now = ctx.now().getTime();
  const moments = momentsOf(assembly);
  const jobs = assemblyMoments
    .filter((moment) => moments[moment] > now || moment === 'opened' || moment === 'closed')
    .map((moment) => {
      const data: JobPayloads['assembly.moment'] = { assemblyId: assembly.id, moment, opensAt: assembly.opensAt };
      return {
        name: 'assembly.moment' as const,
        data,
        opts: {
          ...defaultJobOptions,
          attempts: 3,
          jobId: momentJobId(assembly.id, moment, assembly.opensAt),
          delay: Math.max(0, moments[moment] - now),
        },
      };
    });
  await ctx.queues.moments.addBulk(jobs);
  // The digests of the discussion: each person who chose them gets what is new every few hours.
  await ctx.queues.assemblies.addBulk(
    digestTimes(assembly)
      .filter(({ at }) => at > now)
      .map(({ slot, at }) => {
        const data: JobPayloads['room.digest'] = { assemblyId: assembly.id, opensAt: assembly.opensAt, slot };
        return {
          name: 'room.digest' as const,
          data,
          opts: {
            ...defaultJobOptions,
            attempts: 3,
            jobId: digestJobId(assembly.id, slot, assembly.opensAt),
            delay: at - now,
          },
        };
      }),
  );
}

/** Removes the timed jobs of an assembly's schedule (when it is cancelled or moved). */
export async function unscheduleAssemblyJobs(
  ctx: Pick<Context, 'queues'>,
  assembly: Pick<Assembly, 'id' | 'opensAt' | 'closesAt'>,
): Promise<void> {
  await Promise.all([
    ...assemblyMoments.map((moment) => ctx.queues.moments.remove(momentJobId(assembly.id, moment, assembly.opensAt))),
    ...digestTimes({ opensAt: assembly.opensAt, closesAt: assembly.closesAt }).map(({ slot }) =>
      ctx.queues.assemblies.remove(digestJobId(assembly.id, slot, assembly.opensAt)),
    ),
  ]);
}
