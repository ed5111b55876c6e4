import { assemblyPhase } from '@shared/rules/assemblies';
import { isVoting } from '@shared/rules/members';
import type { Context } from '../context';
import type { MomentJob } from '../queue/payloads';
import { sendAssemblyNotices } from './sendAssemblyNotices';

/** The e-mails of a moment before the close, one per person; none once the moment has passed. */
export async function sendMomentNotices(
  ctx: Pick<Context, 'assemblies' | 'baseUrl' | 'links' | 'now' | 'queues' | 'register' | 'room' | 'statutes'>,
  job: MomentJob,
): Promise<void> {
  const assembly = await ctx.assemblies.get(job.assemblyId);
  if (!assembly || assembly.status !== 'convened' || assembly.opensAt !== job.opensAt || job.moment === 'closed')
    return;
  const phase = assemblyPhase(assembly, ctx.now());
  const expected = job.moment === 'week_before' || job.moment === 'day_before' ? 'convened' : 'open';
  if (phase !== expected) return; // a late job: its moment has passed

  const present =
    job.moment === 'closing_soon' ? new Set((await ctx.room.attendance(assembly.id)).keys()) : new Set<number>();
  await sendAssemblyNotices(
    ctx,
    assembly,
    { kind: job.moment, jobKey: `notice-${assembly.id}-${job.moment}-${Date.parse(job.opensAt)}` },
    // Six hours before the close: only voting members not yet seen in the room.
    (member) => job.moment !== 'closing_soon' || (isVoting(member, ctx.statutes) && !present.has(member.memberNo)),
  );
}
