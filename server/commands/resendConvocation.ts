import type { Actor } from '@shared/rules/permissions';
import { enqueue } from '../queue/queues';
import { convocationJobId } from '../queue/jobIds';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';

/** "Resend to this person": one more sending of a member's latest convocation, to its representative now. */
export async function resendConvocation(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'deliveries' | 'now' | 'queues'>,
  actor: Actor,
  id: string,
  memberNo: number,
): Promise<void> {
  const assembly = await assemblyOr404(ctx, id);
  if (assembly.status !== 'convened') throw new Refusal('assembly_not_convened', { context: 'resend' });
  const delivery = await ctx.deliveries.get(id, memberNo);
  if (!delivery) throw new Refusal('delivery_not_found', { memberNo });
  const resend =
    (await ctx.deliveries.update(id, memberNo, (current) => ({
      ...current,
      state: 'queued',
      error: null,
      attempts: 0,
    }))) ?? delivery;
  const number = Date.now();
  await enqueue(
    ctx.queues,
    'convocation.send',
    { assemblyId: id, memberNo, dispatchNo: resend.dispatchNo, resend: number },
    { jobId: convocationJobId(id, resend.dispatchNo, memberNo, number) },
  );
  await ctx.audit.append({
    at: ctx.now().toISOString(),
    by: signature(actor),
    action: 'convocation.resent',
    subject: `assembly:${id}`,
    before: null,
    after: { memberNo },
  });
}
