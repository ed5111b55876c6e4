import { assemblyPhase } from '@shared/rules/assemblies';
import type { Actor } from '@shared/rules/permissions';
import type { MotionTally } from '@shared/schemas/voting';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';
import { presenceCounts } from '../queries/presence';
import { countMotion } from './tallyAssembly';

/**
 * The Table closes one vote before the room closes and it is counted at once, with the attendance
 * of that moment: what must be decided on the day (an agenda change, R.7) takes effect for everyone.
 * A secret vote's result follows once its trustees have decrypted its tally (null until then).
 */
export async function closeMotion(
  ctx: Pick<
    Context,
    | 'assemblies'
    | 'audit'
    | 'baseUrl'
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
  actor: Actor,
  assemblyId: string,
  motionId: string,
): Promise<MotionTally | null> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  const phase = assemblyPhase(assembly, ctx.now());
  if (phase !== 'open') throw new Refusal('assembly_not_open', { phase, context: 'close' });
  const motion = await ctx.votes.motion(assemblyId, motionId);
  if (!motion) throw new Refusal('motion_not_found', {});
  if (await ctx.votes.tally(motionId)) throw new Refusal('motion_closed', { context: 'already' });
  // Ballots stop first, then the count; a close interrupted between the two can be asked again.
  const closedAt = motion.closedAt ?? ctx.now().toISOString();
  if (!motion.closedAt) {
    await ctx.votes.saveMotion(
      { ...motion, closedAt },
      {
        at: closedAt,
        by: signature(actor),
        action: 'motion.closed',
        subject: `motion:${motionId}`,
        before: null,
        after: { closedAt },
      },
    );
  }
  const tally = await countMotion(ctx, assembly, { ...motion, closedAt }, await presenceCounts(ctx, assemblyId));
  if (!tally) throw new Refusal('motion_closed', { context: 'already' });
  await ctx.live.publish({ type: 'motions.changed', assemblyId });
  // A secret vote's result comes once its trustees have decrypted the tally.
  return tally === 'waiting' ? null : tally;
}
