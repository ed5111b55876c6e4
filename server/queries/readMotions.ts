import type { MotionsResponse, MotionView } from '@shared/api';
import { permission, type Actor } from '@shared/rules/permissions';
import { requiredQuorum } from '@shared/rules/quorum';
import type { Context } from '../context';
import { visibleAssembly } from './visibleAssembly';
import { castableFor } from './castable';
import { presenceCounts } from './presence';
import { secretCountView } from './secretCount';
import { motionBox } from './secretBox';

/**
 * An assembly's motions as one person sees them: the ballots they cast, whom they may vote for
 * now (R.7), the live quorum, and each result once the close job has counted it.
 */
export async function readMotions(
  ctx: Pick<Context, 'assemblies' | 'now' | 'proxies' | 'register' | 'room' | 'secretVotes' | 'statutes' | 'votes'>,
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
    const encrypted = motion.secret && (await ctx.secretVotes.election(motion.id)) !== null;
    const voters = encrypted ? await ctx.secretVotes.voters(motion.id) : [];
    const ballots = motion.secret
      ? (encrypted ? voters : await ctx.votes.secretVoters(motion.id)).map(({ memberNo, castAs, castAt }) => ({
          memberNo,
          castAs,
          castAt,
          choice: null,
        }))
      : (await ctx.votes.namedBallots(motion.id)).map(({ memberNo, choice, castAs, castAt }) => ({
          memberNo,
          choice,
          castAs,
          castAt,
        }));
    const tally = await ctx.votes.tally(motion.id);
    // The receipts of the ballots this person cast, for any of its devices: a secret ballot's is its tracker.
    const myReceipts = encrypted
      ? voters
          .filter((voter) => voter.castByPersonId === actor.personId)
          .map(({ memberNo, castAs, tracker }) => ({ memberNo, castAs, receipt: tracker }))
      : motion.secret
        ? []
        : await ctx.votes.receiptsCastBy(motion.id, actor.personId);
    const counting = encrypted && (await ctx.secretVotes.count(motion.id)) !== null;
    views.push({
      motion,
      myBallots: ballots.filter((ballot) => mine.has(ballot.memberNo)),
      myReceipts,
      tally,
      turnout: runs && !tally ? ballots.length : null,
      secretCount: counting ? await secretCountView(ctx, motionBox(motion)) : null,
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
