import { assemblyPhase } from '@shared/rules/assemblies';
import type { Context } from '../context';
import { mailable, mailDiscussion, roomMailRecipients, threadsOf } from '../mail/roomMailing';
import { messageNoticeJobId } from '../queue/jobIds';
import type { RoomMessageJob } from '../queue/payloads';

/**
 * A new message of a room, e-mailed once to each person who chose to receive every message (its
 * author apart), while the room is open, with the person's reply address for the message's thread.
 */
export async function sendMessageNotices(
  ctx: Pick<
    Context,
    'assemblies' | 'baseUrl' | 'config' | 'links' | 'now' | 'queues' | 'register' | 'room' | 'statutes'
  >,
  job: RoomMessageJob,
): Promise<number> {
  const assembly = await ctx.assemblies.get(job.assemblyId);
  if (!assembly || assembly.status !== 'convened' || assemblyPhase(assembly, ctx.now()) !== 'open') return 0;
  const message = await ctx.room.get(assembly.id, job.messageId);
  if (!message || !mailable(message)) return 0;
  const recipients = (await roomMailRecipients(ctx, 'each')).filter(
    ({ person }) => person.id !== message.author.personId,
  );
  const threads = threadsOf(assembly, [message]);
  // A thread whose item was dropped on the day is no longer shown: nor is it e-mailed.
  if (threads.length === 0) return 0;
  for (const recipient of recipients)
    await mailDiscussion(ctx, assembly, recipient, 'message', threads, [], messageNoticeJobId(assembly.id, message.id));
  return recipients.length;
}
