import type { Assembly } from '@shared/schemas/assembly';
import type { Context } from '../context';
import { votesOpenedJobId } from '../queue/jobIds';
import { enqueue } from '../queue/queues';
import { openVotes, waitingFor } from '../queries/waitingVotes';

/** Votes opened within the same window of this length share one e-mail per person. */
export const votesOpenedWindowMs = 3 * 60_000;
/** The e-mail leaves this long after its window ends, so a vote opened at the window's last instant is in it. */
const windowGraceMs = 30_000;

/**
 * The Table opened a vote: the people it waits for are told at once in the room, and by e-mail a
 * few minutes later, one per person for all the votes opened in the same window. The job id is the
 * window's: a second opening in it joins the e-mail already planned.
 */
export async function announceVotesOpened(
  ctx: Pick<Context, 'elections' | 'live' | 'now' | 'proxies' | 'queues' | 'register' | 'statutes' | 'votes'>,
  assembly: Pick<Assembly, 'id' | 'agenda'>,
  opened: { key: string; title: string },
): Promise<void> {
  const vote = (await openVotes(ctx, assembly)).filter((candidate) => candidate.key === opened.key);
  const waiting = await waitingFor(ctx, assembly.id, vote);
  await ctx.live.publish({
    type: 'votes.opened',
    assemblyId: assembly.id,
    title: opened.title,
    personIds: waiting.map((entry) => entry.person.id),
  });
  const now = ctx.now().getTime();
  const windowStart = Math.floor(now / votesOpenedWindowMs) * votesOpenedWindowMs;
  const windowEnd = windowStart + votesOpenedWindowMs;
  await enqueue(
    ctx.queues,
    'votes.opened',
    {
      assemblyId: assembly.id,
      windowStart: new Date(windowStart).toISOString(),
      windowEnd: new Date(windowEnd).toISOString(),
    },
    { jobId: votesOpenedJobId(assembly.id, windowStart), delay: Math.max(0, windowEnd + windowGraceMs - now) },
  );
}
