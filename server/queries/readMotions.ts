import type { MotionsResponse, MotionView } from '@shared/api';
import type { Actor } from '@shared/rules/permissions';
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
  const views: MotionView[] = [];
  for (const motion of motions) {
    const myBallots = motion.secret
      ? (await ctx.votes.secretVoters(motion.id))
          .filter((voter) => mine.has(voter.memberNo))
          .map((voter) => ({ ...voter, choice: null }))
      : (await ctx.votes.namedBallots(motion.id))
          .filter((ballot) => mine.has(ballot.memberNo))
          .map(({ memberNo, choice, castAs, castAt }) => ({ memberNo, choice, castAs, castAt }));
    // Named: the receipts of the ballots this person cast, for any of its devices. Secret: none kept here.
    const myReceipts = motion.secret ? [] : await ctx.votes.receiptsCastBy(motion.id, actor.personId);
    views.push({ motion, myBallots, myReceipts, tally: await ctx.votes.tally(motion.id) });
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
