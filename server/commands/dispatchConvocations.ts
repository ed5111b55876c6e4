import type { Delivery } from '@shared/api';
import { receivesConvocation } from '@shared/rules/members';
import type { Context } from '../context';
import { scheduleAssemblyJobs } from '../queue/assemblySchedule';
import { convocationJobId } from '../queue/jobIds';
import type { DispatchJob } from '../queue/payloads';
import { defaultJobOptions } from '../queue/queues';

/**
 * Fans a sending of the convocation out to one job per member (R.6, R.7: "à tous les membres",
 * every college). Safe to run twice: deliveries already at this sending are left alone, and job
 * ids are deterministic.
 */
export async function dispatchConvocations(
  ctx: Pick<Context, 'assemblies' | 'deliveries' | 'now' | 'queues' | 'register'>,
  job: DispatchJob,
): Promise<{ queued: number }> {
  const assembly = await ctx.assemblies.get(job.assemblyId);
  if (
    !assembly ||
    assembly.status !== 'convened' ||
    !assembly.dispatches.some((dispatch) => dispatch.no === job.dispatchNo)
  )
    return { queued: 0 };
  const register = await ctx.register.snapshot();
  const people = new Map(register.people.map((person) => [person.id, person]));
  const existing = new Map((await ctx.deliveries.list(assembly.id)).map((delivery) => [delivery.memberNo, delivery]));
  const at = ctx.now().toISOString();
  const deliveries: Delivery[] = register.members
    .filter((member) => receivesConvocation(member))
    .filter((member) => (existing.get(member.memberNo)?.dispatchNo ?? 0) < job.dispatchNo)
    .map((member) => {
      const person = people.get(register.representatives.get(member.memberNo) ?? '');
      return {
        memberNo: member.memberNo,
        organisation: member.organisation,
        personId: person?.id ?? null,
        name: person?.name ?? null,
        email: person?.email ?? null,
        dispatchNo: job.dispatchNo,
        state: 'queued',
        attempts: 0,
        error: null,
        queuedAt: at,
        sentAt: null,
      };
    });
  await ctx.deliveries.queueAll(assembly.id, deliveries);
  await ctx.queues.mail.addBulk(
    deliveries.map((delivery) => ({
      name: 'convocation.send',
      data: { assemblyId: assembly.id, memberNo: delivery.memberNo, dispatchNo: job.dispatchNo, resend: 0 },
      opts: { ...defaultJobOptions, jobId: convocationJobId(assembly.id, job.dispatchNo, delivery.memberNo) },
    })),
  );
  await scheduleAssemblyJobs(ctx, assembly);
  return { queued: deliveries.length };
}
