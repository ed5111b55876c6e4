import { assemblyPhase } from '@shared/rules/assemblies';
import { isVoting } from '@shared/rules/members';
import type { Context } from '../../server/context';
import type { AssemblyMoment } from '../assemblySchedule';
import { sendAssemblyNotices, sendResults } from '../assemblyNotices';
import { tallyAssembly } from '../../server/commands/tallyAssembly';
import { enqueue } from '../queues';

export interface MomentJob {
  assemblyId: string;
  moment: AssemblyMoment;
  /** The opening the job was scheduled for: if the assembly moved since, the job does nothing. */
  opensAt: string;
}

/**
 * A moment of an assembly's schedule: reminders a week and a day before, "the room is open", six
 * hours before the close to voting members not yet seen, and the close (the tally, then the
 * results to everyone). The room's opening and close are announced to connected people first;
 * the e-mails follow in a job of their own, so a hundred rooms opening at once are each announced
 * at once.
 */
export async function assemblyMoment(ctx: Context, job: MomentJob): Promise<void> {
  const assembly = await ctx.assemblies.get(job.assemblyId);
  if (!assembly || assembly.status !== 'convened' || assembly.opensAt !== job.opensAt) return;
  // Rooms open and close by the clock; this only tells connected people at once.
  if (job.moment === 'opened' || job.moment === 'closed')
    await ctx.publish({ type: 'assembly.phase', assemblyId: assembly.id });
  if (job.moment === 'closed') {
    // A timer firing a moment early (another machine's clock) tries again: nothing is counted before closesAt.
    if (assemblyPhase(assembly, ctx.now()) !== 'closed')
      throw new Error(`the close of ${assembly.id} came before ${assembly.closesAt}; it will be tried again`);
    await tallyAssembly(ctx, assembly.id);
    await sendResults(ctx, assembly);
    // RULES.md §5: then the minutes are drafted, in a job of their own (once, whoever runs it).
    await enqueue(ctx.queues, 'minutes.draft', { assemblyId: assembly.id }, { jobId: `minutes-draft-${assembly.id}` });
    return;
  }
  await enqueue(ctx.queues, 'assembly.notices', job, {
    jobId: `notices-${assembly.id}-${job.moment}-${Date.parse(job.opensAt)}`,
  });
}

/** The e-mails of a moment before the close, one per person; none once the moment has passed. */
export async function assemblyNotices(ctx: Context, job: MomentJob): Promise<void> {
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
