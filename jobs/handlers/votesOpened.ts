import type { Context } from '../../server/context';
import { sendVotesOpened } from '../../server/commands/sendVoteNotices';
import type { VotesOpenedJob } from '../../server/queue/payloads';

/** The e-mail of the votes opened in one window, once per person. */
export async function votesOpened(ctx: Context, job: VotesOpenedJob): Promise<number> {
  return sendVotesOpened(ctx, job);
}
