import type { Context } from '../../server/context';
import { postReplyByMail, type ReplyOutcome } from '../../server/commands/room/postReplyByMail';
import { sendMessageNotices } from '../../server/commands/sendMessageNotices';
import { sendRoomDigest } from '../../server/commands/sendRoomDigest';
import type { MailReplyJob, RoomDigestJob, RoomMessageJob } from '../../server/queue/payloads';

/** A new message, e-mailed to those who want every message. */
export async function roomMessage(ctx: Context, job: RoomMessageJob): Promise<number> {
  return sendMessageNotices(ctx, job);
}

/** One digest of a room's window. */
export async function roomDigest(ctx: Context, job: RoomDigestJob): Promise<number> {
  return sendRoomDigest(ctx, job);
}

/** A reply by e-mail: posted, then shown in the rooms of every web process. */
export async function mailReply(ctx: Context, job: MailReplyJob): Promise<ReplyOutcome> {
  const outcome = await postReplyByMail(ctx, job);
  // Told again on a retried job: a client ignores a message it has.
  if (outcome.posted)
    await ctx.live.publish({ type: 'message.posted', assemblyId: outcome.assemblyId, messageId: outcome.messageId });
  return outcome;
}
