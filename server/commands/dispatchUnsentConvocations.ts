import { assemblyPhase } from '@shared/rules/assemblies';
import type { Context } from '../context';
import { dispatchJobId } from '../queue/jobIds';
import { enqueue, queueOfJob } from '../queue/queues';

/**
 * R.6: a convened assembly's convocation goes to every member even if the process that convened it
 * died before queueing its sending. Run when a worker starts: a sending with neither its job nor a
 * single delivery is queued again under the same job id, so it fans out once however many workers
 * start together.
 */
export async function dispatchUnsentConvocations(
  ctx: Pick<Context, 'assemblies' | 'deliveries' | 'now' | 'queues'>,
): Promise<string[]> {
  const now = ctx.now();
  const dispatched: string[] = [];
  for (const assembly of await ctx.assemblies.all()) {
    const dispatchNo = assembly.dispatches.at(-1)?.no;
    if (assembly.status !== 'convened' || assemblyPhase(assembly, now) !== 'convened' || !dispatchNo) continue;
    const jobId = dispatchJobId(assembly.id, dispatchNo);
    // A finished job may have been removed from the queue since: its deliveries say it ran.
    if (await ctx.queues[queueOfJob['convocation.dispatch']].getJob(jobId)) continue;
    const deliveries = await ctx.deliveries.list(assembly.id);
    if (deliveries.some((delivery) => delivery.dispatchNo >= dispatchNo)) continue;
    await enqueue(ctx.queues, 'convocation.dispatch', { assemblyId: assembly.id, dispatchNo }, { jobId });
    dispatched.push(assembly.id);
  }
  return dispatched;
}
