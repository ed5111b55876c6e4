import { assemblyPhase, convocationVerdict, type ConvocationVerdict } from '@shared/rules/assemblies';
import { noticeVerdict } from '@shared/rules/notice';
import type { Actor } from '@shared/rules/permissions';
import type { Assembly } from '@shared/schemas/assembly';
import type { ConvocationCheck } from '@shared/api/assemblies';
import { enqueue } from '../queue/queues';
import { dispatchJobId } from '../queue/jobIds';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import { assertNoOverlap } from './assemblyOverlap';
import type { Context } from '../context';
import { durable } from './durable';

/** A refusal to convene, with the verdict the Table's screen explains (dates and reason). */
function convocationRefusal(verdict: ConvocationVerdict): Refusal {
  const details: ConvocationCheck = {
    ok: false,
    reason: verdict.reason,
    opensAt: verdict.notice.opensAt.toISOString(),
    earliestOpensAt: verdict.notice.earliestOpensAt?.toISOString() ?? null,
    latestDispatchAt: verdict.notice.latestDispatchAt.toISOString(),
  };
  if (verdict.reason === 'convocation_notice_too_short') {
    const { opensAt, earliestOpensAt, latestDispatchAt } = details;
    return new Refusal(verdict.reason, { opensAt, earliestOpensAt, latestDispatchAt }, { details });
  }
  return new Refusal(
    verdict.reason === 'convocation_no_agenda' ? verdict.reason : 'convocation_not_draft',
    {},
    { details },
  );
}

/**
 * R.6, R.7: any member of the Table sends the convocation to every member, with the agenda, once
 * the notice allows it. A second click sends nothing more; after the agenda changed, it sends the
 * updated convocation to everyone (the notice checked again from this sending).
 */
export async function conveneAssembly(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'now' | 'queues' | 'replication' | 'statutes'>,
  actor: Actor,
  id: string,
): Promise<{ assembly: Assembly; dispatchNo: number; sent: boolean }> {
  const now = ctx.now();
  const at = now.toISOString();
  const current = await ctx.assemblies.get(id);
  if (current?.status === 'draft') await assertNoOverlap(ctx, current);
  const outcome = await ctx.assemblies.update(id, (assembly) => {
    if (assembly.status === 'draft') {
      const verdict = convocationVerdict(assembly, now, ctx.statutes);
      if (!verdict.ok) throw convocationRefusal(verdict);
      const next: Assembly = {
        ...assembly,
        status: 'convened',
        unsentChanges: false,
        dispatches: [{ no: 1, at, by: actor.name, reason: 'convocation' }],
      };
      return { assembly: next, result: { assembly: next, dispatchNo: 1, sent: true } };
    }
    if (assembly.status !== 'convened' || assemblyPhase(assembly, now) !== 'convened') {
      throw new Refusal('assembly_not_convenable', { phase: assemblyPhase(assembly, now) });
    }
    const last = assembly.dispatches.at(-1)?.no ?? 0;
    if (!assembly.unsentChanges) return { assembly, result: { assembly, dispatchNo: last, sent: false } };
    const notice = noticeVerdict(assembly.kind, new Date(assembly.opensAt), now, ctx.statutes);
    if (!notice.ok) throw convocationRefusal({ ok: false, reason: 'convocation_notice_too_short', notice });
    const next: Assembly = {
      ...assembly,
      unsentChanges: false,
      dispatches: [...assembly.dispatches, { no: last + 1, at, by: actor.name, reason: 'agenda_update' }],
    };
    return { assembly: next, result: { assembly: next, dispatchNo: last + 1, sent: true } };
  });
  if (!outcome) throw new Refusal('assembly_not_found', {});
  if (outcome.sent) {
    await ctx.audit.append({
      at,
      by: signature(actor),
      action: 'assembly.convened',
      subject: `assembly:${id}`,
      before: null,
      after: { dispatchNo: outcome.dispatchNo },
    });
  }
  // Enqueued again on a second click too: the job id makes it happen once, and a sending whose
  // enqueue was lost (a crash right after the status changed) goes out now.
  await enqueue(
    ctx.queues,
    'convocation.dispatch',
    { assemblyId: id, dispatchNo: outcome.dispatchNo },
    { jobId: dispatchJobId(id, outcome.dispatchNo) },
  );
  // The convening, its audit entry and its dispatch job are on a replica before the Table is told it went.
  await durable(ctx);
  return outcome;
}
