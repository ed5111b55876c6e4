import type { Actor } from '@shared/rules/permissions';
import type { MessageInput, RoomEvent } from '@shared/schemas/room';
import type { Context } from '../../context';
import { signature } from '../../auth/actor';
import { Refusal } from '../refusal';
import { postingRefusal, roomAssembly, speaksFor } from './roomAccess';
import { recordAttendance } from './recordAttendance';
import { enqueue } from '../../queue/queues';
import { messageNoticeJobId } from '../../queue/jobIds';
import { durable } from '../durable';

/** At most this many messages a minute from one person. */
export const postsPerMinute = 20;

/**
 * Posts a message in an assembly's room: only inside [opensAt, closesAt), decided by the server's
 * clock from the stored window (R.6); stored before it is acknowledged or broadcast; a message
 * resent with the same clientId counts once. The same checks whether it comes from the room or
 * by e-mail (`via`); acknowledged once a replica holds it too; a new message is then e-mailed to
 * those who want every message.
 */
export async function postMessage(
  ctx: Pick<Context, 'assemblies' | 'now' | 'queues' | 'rateLimits' | 'replication' | 'room' | 'statutes'>,
  actor: Actor | null,
  scope: string | null,
  input: MessageInput,
  options: { via?: 'email' } = {},
): Promise<{ event: RoomEvent; created: boolean }> {
  const assembly = await roomAssembly(ctx, actor, scope, input.assemblyId);
  const person = actor!;
  // A message stored already (its acknowledgement was lost) is answered as such, even after the close.
  const stored = await ctx.room.byClientId(assembly.id, input.clientId);
  if (stored && stored.author.personId === person.personId) {
    await durable(ctx);
    return { event: { cursor: stored.id, message: stored }, created: false };
  }
  const now = ctx.now();
  const speaking = speaksFor(person);
  const refusal = postingRefusal(assembly, speaking, now);
  if (refusal) throw refusal;
  if (input.thread !== 'general' && !assembly.agenda.some((item) => item.id === input.thread))
    throw new Refusal('unknown_thread', {});
  if (input.replyTo && !(await ctx.room.get(assembly.id, input.replyTo)))
    throw new Refusal('unknown_message', { context: 'reply' });
  const limit = await ctx.rateLimits.hit('room-post', person.personId, postsPerMinute, 60);
  if (!limit.allowed) throw new Refusal('too_many_messages', { seconds: limit.retryAfter });

  const message = {
    assemblyId: assembly.id,
    thread: input.thread,
    replyTo: input.replyTo,
    author: { personId: person.personId, name: person.name, speaksFor: speaking },
    body: input.body,
    postedAt: now.toISOString(),
    versions: [],
    withdrawnAt: null,
    hidden: null,
    pinned: false,
    clientId: input.clientId,
    version: 1,
    ...(options.via ? { via: options.via } : {}),
  };
  // Who wrote, when, in which thread; the words themselves are in the record's digest.
  const posted = await ctx.room.post(assembly.id, message, {
    at: message.postedAt,
    by: signature(person),
    action: 'message.posted',
    subject: `assembly:${assembly.id}`,
    before: null,
    after: { thread: input.thread },
  });
  await recordAttendance(ctx, assembly, person, now);
  await durable(ctx);
  if (posted.created) {
    const messageId = posted.event.message.id;
    await enqueue(
      ctx.queues,
      'room.message',
      { assemblyId: assembly.id, messageId },
      { jobId: messageNoticeJobId(assembly.id, messageId) },
    );
  }
  return posted;
}
