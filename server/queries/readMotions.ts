import type { MotionsResponse, MotionView } from '@shared/api';
import { permission, type Actor } from '@shared/rules/permissions';
import { requiredQuorum } from '@shared/rules/quorum';
import type { Context } from '../context';
import { visibleAssembly } from './visibleAssembly';
import { castableFor } from './castable';
import { presenceCounts } from './presence';

/**
 * An assembly's motions as one person sees them: the ballots they cast, whom they may vote for
 * now (R.7), the live quorum, and each result once the close job has counted it.
 */
export async function readMotions(
  ctx: Pick<Context, 'assemblies' | 'proxies' | 'register' | 'room' | 'statutes' | 'votes'>,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
): Promise<MotionsResponse> {
  await visibleAssembly(ctx, actor, scope, assemblyId);
  const [{ listed, mine }, motions, presence] = await Promise.all([
    castableFor(ctx, actor, assemblyId),
    ctx.votes.motions(assemblyId),
    presenceCounts(ctx, assemblyId),
  ]);
  const runs = scope === null && permission(actor, 'assembly.run').allowed;
  const views: MotionView[] = [];
  for (const motion of motions) {
    const ballots = motion.secret
      ? (await ctx.votes.secretVoters(motion.id)).map((voter) => ({ ...voter, choice: null }))
      : (await ctx.votes.namedBallots(motion.id)).map(({ memberNo, choice, castAs, castAt }) => ({
          memberNo,
          choice,
          castAs,
          castAt,
        }));
    const tally = await ctx.votes.tally(motion.id);
    // Named: the receipts of the ballots this person cast, for any of its devices. Secret: none kept here.
    const myReceipts = motion.secret ? [] : await ctx.votes.receiptsCastBy(motion.id, actor.personId);
    views.push({
      motion,
      myBallots: ballots.filter((ballot) => mine.has(ballot.memberNo)),
      myReceipts,
      tally,
      turnout: runs && !tally ? ballots.length : null,
    });
  }
  return {
    motions: views,
    castable: listed,
    presence: {
      votingMembers: presence.votingMembers,
      present: presence.present,
      represented: presence.represented,
      required: requiredQuorum(presence.votingMembers, ctx.statutes),
    },
  };
}
