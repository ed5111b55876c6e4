import { assemblyPhase } from '@shared/rules/assemblies';
import { isVoting } from '@shared/rules/members';
import type { Context } from '../context';
import type { MomentJob } from '../queue/payloads';
import { openVotes, waitingFor } from '../queries/waitingVotes';
import { sendAssemblyNotices } from './sendAssemblyNotices';
import { mailWaitingVotes } from './sendVoteNotices';

/** The e-mails of a moment before the close, one per person; none once the moment has passed. */
export async function sendMomentNotices(
  ctx: Pick<
    Context,
    | 'assemblies'
    | 'baseUrl'
    | 'elections'
    | 'links'
    | 'now'
    | 'proxies'
    | 'queues'
    | 'register'
    | 'room'
    | 'statutes'
    | 'votes'
  >,
  job: MomentJob,
): Promise<void> {
  const assembly = await ctx.assemblies.get(job.assemblyId);
  if (!assembly || assembly.status !== 'convened' || assembly.opensAt !== job.opensAt || job.moment === 'closed')
    return;
  const phase = assemblyPhase(assembly, ctx.now());
  const expected = job.moment === 'week_before' || job.moment === 'day_before' ? 'convened' : 'open';
  if (phase !== expected) return; // a late job: its moment has passed

  const jobKey = `notice-${assembly.id}-${job.moment}-${Date.parse(job.opensAt)}`;
  if (job.moment === 'closing_soon') {
    // Six hours before the close: each person some open vote still waits for, with those votes.
    const votes = await openVotes(ctx, assembly);
    if (votes.length > 0) {
      await mailWaitingVotes(ctx, assembly, await waitingFor(ctx, assembly.id, votes), 'closing_soon', jobKey);
      return;
    }
  }
  const present =
    job.moment === 'closing_soon' ? new Set((await ctx.room.attendance(assembly.id)).keys()) : new Set<number>();
  await sendAssemblyNotices(
    ctx,
    assembly,
    { kind: job.moment, jobKey },
    // Six hours before the close, no vote open: only voting members not yet seen in the room.
    (member) => job.moment !== 'closing_soon' || (isVoting(member, ctx.statutes) && !present.has(member.memberNo)),
  );
}
