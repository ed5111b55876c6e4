import { assemblyPhase } from '@shared/rules/assemblies';
import { isVoting } from '@shared/rules/members';
import type { Assembly } from '@shared/schemas/assembly';
import type { Context } from '../context';
import { mailEach } from '../mail/assemblyMailing';
import type { AssemblyNoticeKind, WaitingVote } from '../mail/templates/assemblyNotice';
import type { VotesOpenedJob } from '../queue/payloads';
import { openVotes, waitingFor, type PersonWaiting } from '../queries/waitingVotes';
import { addressedTo } from '../mail/render';

/**
 * The e-mail of the votes opened in one window: once to each person for whom one of them waits,
 * listing them, in the person's language. A vote closed or fully voted since is left out; the job
 * ids make a retried job send nothing twice.
 */
export async function sendVotesOpened(
  ctx: Pick<
    Context,
    'assemblies' | 'baseUrl' | 'elections' | 'links' | 'now' | 'proxies' | 'queues' | 'register' | 'statutes' | 'votes'
  >,
  job: VotesOpenedJob,
): Promise<number> {
  const assembly = await ctx.assemblies.get(job.assemblyId);
  if (!assembly || assembly.status !== 'convened' || assemblyPhase(assembly, ctx.now()) !== 'open') return 0;
  const votes = (await openVotes(ctx, assembly)).filter(
    (vote) => vote.openedAt >= job.windowStart && vote.openedAt < job.windowEnd,
  );
  return mailWaitingVotes(
    ctx,
    assembly,
    await waitingFor(ctx, assembly.id, votes),
    'votes_opened',
    `votes-opened-${assembly.id}-${Date.parse(job.windowStart)}`,
  );
}

/** One e-mail to each person waited for, listing the votes that wait and the members it can vote for. */
export async function mailWaitingVotes(
  ctx: Pick<Context, 'baseUrl' | 'links' | 'queues' | 'statutes'>,
  assembly: Assembly,
  waiting: PersonWaiting[],
  notice: AssemblyNoticeKind,
  jobKey: string,
): Promise<number> {
  const votesOf = new Map(
    waiting.map((entry) => [
      entry.person.id,
      entry.votes.map(({ vote, memberNos }): WaitingVote => ({
        title: vote.title,
        ...(vote.seat ? { seat: vote.seat } : {}),
        members: memberNos.length,
      })),
    ]),
  );
  const recipients = waiting.map((entry) => ({
    person: entry.person,
    members: entry.members.map((member) => ({
      organisation: member.organisation,
      memberNo: member.memberNo,
      voting: isVoting(member, ctx.statutes),
    })),
  }));
  return mailEach(ctx, assembly, recipients, jobKey, ({ person, members }, link) => ({
    ...addressedTo(person),
    template: 'assemblyNotice',
    data: {
      notice,
      name: person.name,
      title: assembly.title,
      opensAt: assembly.opensAt,
      closesAt: assembly.closesAt,
      timeZone: person.timeZone,
      link,
      reason: '',
      networkName: ctx.statutes.networkName,
      members,
      waiting: votesOf.get(person.id) ?? [],
    },
  }));
}
