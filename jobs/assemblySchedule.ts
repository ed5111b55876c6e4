import type { Assembly } from '@shared/schemas/assembly';
import type { Context } from '../server/context';
import { defaultJobOptions, type JobPayloads } from './queues';

/** The timed jobs of an assembly, before and during its window (issue: reminders and room timers). */
export const assemblyMoments = ['week_before', 'day_before', 'opened', 'closing_soon', 'closed'] as const;
export type AssemblyMoment = (typeof assemblyMoments)[number];

const hour = 3_600_000;

/** When each moment falls for an assembly. */
export function momentsOf(assembly: Pick<Assembly, 'opensAt' | 'closesAt'>): Record<AssemblyMoment, number> {
  const opens = Date.parse(assembly.opensAt);
  const closes = Date.parse(assembly.closesAt);
  return {
    week_before: opens - 168 * hour,
    day_before: opens - 24 * hour,
    opened: opens,
    closing_soon: closes - 6 * hour,
    closed: closes,
  };
}

/** Deterministic per assembly, moment and opening: the same schedule twice adds nothing. */
export function momentJobId(assemblyId: string, moment: AssemblyMoment, opensAt: string): string {
  return `moment-${assemblyId}-${moment}-${Date.parse(opensAt)}`;
}

/**
 * Schedules the reminders and the room timers as delayed jobs. They are a convenience: the room's
 * state is always computed from the clock and the stored window, so a late or lost job changes
 * nothing; a job whose assembly moved or was cancelled does nothing.
 */
export async function scheduleAssemblyJobs(ctx: Context, assembly: Assembly): Promise<void> {
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
}

/** Removes the timed jobs of an assembly's schedule (when it is cancelled or moved). */
export async function unscheduleAssemblyJobs(ctx: Context, assembly: Pick<Assembly, 'id' | 'opensAt'>): Promise<void> {
  await Promise.all(
    assemblyMoments.map((moment) => ctx.queues.moments.remove(momentJobId(assembly.id, moment, assembly.opensAt))),
  );
}
