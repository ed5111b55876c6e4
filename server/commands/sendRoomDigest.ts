import { assemblyPhase } from '@shared/rules/assemblies';
import type { Context } from '../context';
import { mailable, mailDiscussion, roomMailRecipients, threadsOf } from '../mail/roomMailing';
import type { WaitingVote } from '../mail/templates/assemblyNotice';
import { digestJobId } from '../queue/jobIds';
import { digestIntervalHours } from '../queue/moments';
import type { RoomDigestJob } from '../queue/payloads';
import { openVotes, waitingFor } from '../queries/waitingVotes';

const hour = 3_600_000;

/**
 * The digest of a room every few hours of its window: to each person who chose it, the messages
 * posted by others in the last interval, thread by thread, the votes waiting for it and the time
 * left; a person with nothing new and no vote waiting gets nothing. Once per person and digest.
 */
export async function sendRoomDigest(
  ctx: Pick<
    Context,
    | 'assemblies'
    | 'baseUrl'
    | 'config'
    | 'elections'
    | 'links'
    | 'now'
    | 'proxies'
    | 'queues'
    | 'register'
    | 'room'
    | 'statutes'
    | 'votes'
  >,
  job: RoomDigestJob,
): Promise<number> {
  const assembly = await ctx.assemblies.get(job.assemblyId);
  if (!assembly || assembly.opensAt !== job.opensAt || assembly.status !== 'convened') return 0;
  if (assemblyPhase(assembly, ctx.now()) !== 'open') return 0;
  const until = Date.parse(assembly.opensAt) + job.slot * digestIntervalHours * hour;
  const since = until - digestIntervalHours * hour;
  const { messages } = await ctx.room.all(assembly.id);
  const recent = messages.filter((message) => {
    const at = Date.parse(message.postedAt);
    return at >= since && at < until && mailable(message);
  });
  const waiting = new Map(
    (await waitingFor(ctx, assembly.id, await openVotes(ctx, assembly))).map((entry) => [
      entry.person.id,
      entry.votes.map(({ vote, memberNos }): WaitingVote => ({
        title: vote.title,
        ...(vote.seat ? { seat: vote.seat } : {}),
        members: memberNos.length,
      })),
    ]),
  );
  let sent = 0;
  for (const recipient of await roomMailRecipients(ctx, 'digest')) {
    const threads = threadsOf(
      assembly,
      recent.filter((message) => message.author.personId !== recipient.person.id),
    );
    const votes = waiting.get(recipient.person.id) ?? [];
    if (threads.length === 0 && votes.length === 0) continue;
    // Nothing new but a vote waiting: the general discussion's reply address is still given.
    const shown = threads.length > 0 ? threads : [{ thread: 'general', title: null, messages: [] }];
    await mailDiscussion(
      ctx,
      assembly,
      recipient,
      'digest',
      shown,
      votes,
      digestJobId(assembly.id, job.slot, assembly.opensAt),
    );
    sent++;
  }
  return sent;
}
