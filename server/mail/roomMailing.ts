import { defaultRoomMail, type RoomMail } from '@shared/schemas/person';
import type { Assembly } from '@shared/schemas/assembly';
import type { RoomMessage } from '@shared/schemas/room';
import { personalLink } from '../auth/personalLink';
import type { Context } from '../context';
import { digestIntervalHours } from '../queue/moments';
import { enqueue } from '../queue/queues';
import { assemblyRecipients, type Recipient } from './assemblyMailing';
import { replyAddress } from './replyAddress';
import type { WaitingVote } from './templates/assemblyNotice';
import type { MailedThread } from './templates/roomMail';

/** The people who chose `choice` for the room's discussion, once each, with the members they represent. */
export async function roomMailRecipients(
  ctx: Pick<Context, 'register' | 'statutes'>,
  choice: RoomMail,
): Promise<Recipient[]> {
  return (await assemblyRecipients(ctx, () => true)).filter(
    ({ person }) => (person.roomMail ?? defaultRoomMail) === choice,
  );
}

/** A room's messages grouped by thread, in agenda order (the general discussion first). */
export function threadsOf(
  assembly: Assembly,
  messages: RoomMessage[],
): Array<{ thread: string; title: string | null; messages: RoomMessage[] }> {
  const order = [
    { thread: 'general', title: null as string | null },
    ...assembly.agenda.map((item) => ({ thread: item.id, title: item.title })),
  ];
  return order
    .map(({ thread, title }) => ({ thread, title, messages: messages.filter((message) => message.thread === thread) }))
    .filter((entry) => entry.messages.length > 0);
}

/** A message as the room shows it to every member: a withdrawn or hidden one is not sent. */
export const mailable = (message: RoomMessage) => message.withdrawnAt === null && message.hidden === null;

/**
 * One e-mail of the discussion to one person: its threads with the person's reply address for each
 * (and as Reply-To when there is one thread, so answering the e-mail posts there), the votes waiting
 * for it, the time left. Once per person and `jobKey`.
 */
export async function mailDiscussion(
  ctx: Pick<Context, 'baseUrl' | 'config' | 'links' | 'now' | 'queues' | 'statutes'>,
  assembly: Assembly,
  recipient: Recipient,
  kind: 'message' | 'digest',
  threads: Array<{ thread: string; title: string | null; messages: RoomMessage[] }>,
  waiting: WaitingVote[],
  jobKey: string,
): Promise<void> {
  const { person } = recipient;
  const mailed: MailedThread[] = [];
  for (const entry of threads) {
    mailed.push({
      title: entry.title,
      replyAddress: await replyAddress(ctx, assembly, person.id, entry.thread),
      messages: entry.messages.map((message) => ({
        author: message.author.name,
        postedAt: message.postedAt,
        body: message.body,
        byEmail: message.via === 'email',
      })),
    });
  }
  const only = mailed.length === 1 ? mailed[0]?.replyAddress : null;
  await enqueue(
    ctx.queues,
    'mail.send',
    {
      to: person.email,
      language: person.language,
      template: 'roomMail',
      ...(only ? { replyTo: only } : {}),
      data: {
        kind,
        name: person.name,
        title: assembly.title,
        sentAt: ctx.now().toISOString(),
        closesAt: assembly.closesAt,
        timeZone: person.timeZone,
        link: await personalLink(ctx, assembly, person.id),
        profileLink: `${ctx.baseUrl}/me`,
        networkName: ctx.statutes.networkName,
        digestHours: digestIntervalHours,
        members: recipient.members,
        threads: mailed,
        waiting,
      },
    },
    { jobId: `${jobKey}-${person.id}` },
  );
}
