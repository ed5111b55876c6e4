import type { Delivery } from '@shared/api';
import { receivesConvocation } from '@shared/rules/members';
import type { Context } from '../context';
import { scheduleAssemblyJobs } from '../queue/assemblySchedule';
import { convocationJobId } from '../queue/jobIds';
import type { ConvocationJob, DispatchJob } from '../queue/payloads';
import { defaultJobOptions } from '../queue/queues';

/** Why a member without a representative has no e-mail: the Table prints its letter instead. */
export const noRepresentativeMessage =
  'No representative is designated for this member: the convocation cannot go by e-mail. Print it and send it by post.';

/**
 * Fans a sending of the convocation out to one job per person (R.6, R.7: "à tous les membres",
 * every college): one e-mail names every member the person represents. Each member keeps its own
 * delivery. Safe to run twice: deliveries already at this sending are left alone, and job ids are
 * deterministic.
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
        // Without a representative there is nobody to e-mail: the Table prints the letter.
        state: person ? 'queued' : 'failed',
        attempts: 0,
        error: person ? null : { message: noRepresentativeMessage, final: true },
        queuedAt: at,
        sentAt: null,
      };
    });
  await ctx.deliveries.putAll(assembly.id, deliveries);
  // A dispatch run again after a crash queues again those of its deliveries still waiting (same job ids).
  const waiting = [...existing.values()].filter(
    (delivery) => delivery.dispatchNo === job.dispatchNo && delivery.state === 'queued',
  );
  const byPerson = new Map<string, number[]>();
  for (const delivery of [...deliveries, ...waiting]) {
    if (!delivery.personId) continue;
    byPerson.set(delivery.personId, [...(byPerson.get(delivery.personId) ?? []), delivery.memberNo]);
  }
  await ctx.queues.mail.addBulk(
    [...byPerson].map(([personId, memberNos]) => {
      const data: ConvocationJob = {
        assemblyId: assembly.id,
        personId,
        memberNos,
        dispatchNo: job.dispatchNo,
        resend: 0,
      };
      return {
        name: 'convocation.send',
        data,
        opts: { ...defaultJobOptions, jobId: convocationJobId(assembly.id, job.dispatchNo, personId) },
      };
    }),
  );
  await scheduleAssemblyJobs(ctx, assembly);
  return { queued: byPerson.size };
}
