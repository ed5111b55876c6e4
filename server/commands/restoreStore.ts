import type { Assembly } from '@shared/schemas/assembly';
import { scheduleAssemblyJobs } from '../queue/assemblySchedule';
import type { ExportSummary } from '../store/portable';
import type { Context } from '../context';

/**
 * Restores an export file into an empty store, then schedules again the reminders and room timers of
 * every convened assembly whose window has not ended, or ended without being closed (its minutes
 * not drafted): exports carry no queued jobs, and the close job is what counts the votes.
 */
export async function restoreStore(
  ctx: Pick<Context, 'assemblies' | 'minutes' | 'now' | 'portable' | 'queues'>,
  file: string,
): Promise<{ summary: ExportSummary; rescheduled: Assembly[] }> {
  const summary = await ctx.portable.importFrom(file);
  const now = ctx.now().getTime();
  const convened = (await ctx.assemblies.all()).filter((assembly) => assembly.status === 'convened');
  const closed = await Promise.all(
    convened.map(async (assembly) => (await ctx.minutes.version(assembly.id, 1)) !== null),
  );
  const rescheduled = convened.filter((assembly, index) => Date.parse(assembly.closesAt) > now || !closed[index]);
  try {
    for (const assembly of rescheduled) await scheduleAssemblyJobs(ctx, assembly);
  } catch (error) {
    // The store is complete by now (importing again would be refused) and rooms open and close by the clock without these jobs.
    throw new Error(
      `All ${summary.keys} keys were restored, but the reminders and room timers could not all be scheduled again (${(error as Error).message}). The data is complete and the rooms open and close on time; the reminders, the results e-mail and the draft of the minutes at the close may not happen by themselves (the Table can draft the minutes).`,
    );
  }
  return { summary, rescheduled };
}
