import type { Actor } from '@shared/rules/permissions';
import { enqueue } from '../queue/queues';
import { convocationJobId } from '../queue/jobIds';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';

/**
 * "Resend to this person": one more sending of the latest convocation to the person who represents
 * the member now — their one e-mail, naming every member of that sending they represent.
 */
export async function resendConvocation(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'deliveries' | 'now' | 'queues' | 'register'>,
  actor: Actor,
  id: string,
  memberNo: number,
): Promise<{ memberNos: number[] }> {
  const assembly = await assemblyOr404(ctx, id);
  if (assembly.status !== 'convened') throw new Refusal('assembly_not_convened', { context: 'resend' });
  const delivery = await ctx.deliveries.get(id, memberNo);
  if (!delivery) throw new Refusal('delivery_not_found', { memberNo });
  const register = await ctx.register.snapshot();
  const personId = register.representatives.get(memberNo) ?? null;
  // The person's other members of the same sending travel in the same e-mail.
  const memberNos = personId
    ? (await ctx.deliveries.list(id))
        .filter(
          (other) =>
            other.dispatchNo === delivery.dispatchNo &&
            (other.memberNo === memberNo || register.representatives.get(other.memberNo) === personId),
        )
        .map((other) => other.memberNo)
    : [memberNo];
  await ctx.deliveries.putAll(
    id,
    (await ctx.deliveries.list(id))
      .filter((other) => memberNos.includes(other.memberNo))
      .map((other) => ({ ...other, state: 'queued' as const, error: null, attempts: 0 })),
  );
  const number = Date.now();
  await enqueue(
    ctx.queues,
    'convocation.send',
    { assemblyId: id, personId: personId ?? '', memberNos, dispatchNo: delivery.dispatchNo, resend: number },
    { jobId: convocationJobId(id, delivery.dispatchNo, personId ?? `member${memberNo}`, number) },
  );
  await ctx.audit.append({
    at: ctx.now().toISOString(),
    by: signature(actor),
    action: 'convocation.resent',
    subject: `assembly:${id}`,
    before: null,
    after: { memberNo, personId, memberNos },
  });
  return { memberNos };
}
