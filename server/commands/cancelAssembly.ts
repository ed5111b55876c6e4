import { assemblyPhase } from '@shared/rules/assemblies';
import type { Actor } from '@shared/rules/permissions';
import type { Assembly } from '@shared/schemas/assembly';
import { unscheduleAssemblyJobs } from '../queue/assemblySchedule';
import { sendAssemblyNotices } from './sendAssemblyNotices';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import type { Context } from '../context';

/** The Table cancels an assembly before it opens; every convened member is told, with the reason. */
export async function cancelAssembly(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'baseUrl' | 'links' | 'now' | 'queues' | 'register' | 'statutes'>,
  actor: Actor,
  id: string,
  reason: string,
): Promise<Assembly> {
  const now = ctx.now();
  const cancelled = await ctx.assemblies.update(id, (assembly) => {
    const phase = assemblyPhase(assembly, now);
    if (phase !== 'draft' && phase !== 'convened') {
      throw new Refusal('assembly_not_cancellable', { phase });
    }
    const next: Assembly = {
      ...assembly,
      status: 'cancelled',
      cancelled: { at: now.toISOString(), by: actor.name, reason },
    };
    return { assembly: next, result: { before: assembly, after: next } };
  });
  if (!cancelled) throw new Refusal('assembly_not_found', {});
  const { before, after } = cancelled;
  await ctx.audit.append({
    at: now.toISOString(),
    by: signature(actor),
    action: 'assembly.cancelled',
    subject: `assembly:${id}`,
    before: { status: before.status },
    after: after.cancelled,
  });
  await unscheduleAssemblyJobs(ctx, after);
  if (before.status !== 'convened') return after;

  await sendAssemblyNotices(ctx, after, { kind: 'cancelled', reason, jobKey: `cancelled-${id}` });
  return after;
}
