import { assemblyPhase } from '@shared/rules/assemblies';
import type { Context } from '../context';
import type { MomentJob } from '../queue/payloads';
import { enqueue } from '../queue/queues';
import { publishResults, tallyAssembly } from './tallyAssembly';

/**
 * A moment of an assembly's schedule: reminders a week and a day before, "the room is open", six
 * hours before the close to voting members not yet seen, and the close (the tally, then the
 * results to everyone). The room's opening and close are announced to connected people first;
 * the e-mails follow in a job of their own, so a hundred rooms opening at once are each announced
 * at once.
 */
export async function announceAssemblyMoment(
  ctx: Pick<
    Context,
    | 'assemblies'
    | 'audit'
    | 'baseUrl'
    | 'elections'
    | 'links'
    | 'live'
    | 'now'
    | 'proxies'
    | 'queues'
    | 'register'
    | 'room'
    | 'secretVotes'
    | 'statutes'
    | 'texts'
    | 'votes'
  >,
  job: MomentJob,
): Promise<void> {
  const assembly = await ctx.assemblies.get(job.assemblyId);
  if (!assembly || assembly.status !== 'convened' || assembly.opensAt !== job.opensAt) return;
  const phase = assemblyPhase(assembly, ctx.now());
  // Rooms open and close by the clock (a joining person reads the phase from it); this only tells
  // connected people at once, once per phase however often the job runs.
  if (job.moment === 'opened' && phase === 'open') await ctx.live.announcePhase(assembly, 'open');
  if (job.moment === 'closed') {
    // A timer firing a moment early (another machine's clock) tries again: nothing is counted before closesAt.
    if (phase !== 'closed')
      throw new Error(`the close of ${assembly.id} came before ${assembly.closesAt}; it will be tried again`);
    await ctx.live.announcePhase(assembly, 'closed');
    await tallyAssembly(ctx, assembly.id);
    // The results and the minutes follow now, or once the trustees have decrypted the secret votes.
    await publishResults(ctx, assembly);
    return;
  }
  await enqueue(ctx.queues, 'assembly.notices', job, {
    jobId: `notices-${assembly.id}-${job.moment}-${Date.parse(job.opensAt)}`,
  });
}
