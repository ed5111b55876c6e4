import type { HomeAssembly, HomeResponse, OpenAssemblyTasks, WaitingVote } from '@shared/api/home';
import { assemblyPhase } from '@shared/rules/assemblies';
import type { Actor } from '@shared/rules/permissions';
import type { Assembly } from '@shared/schemas/assembly';
import type { Context } from '../context';
import { castableFor } from './castable';
import { openVotes } from './waitingVotes';

const homeAssembly = (assembly: Assembly): HomeAssembly => ({
  id: assembly.id,
  kind: assembly.kind,
  title: assembly.title,
  opensAt: assembly.opensAt,
  closesAt: assembly.closesAt,
  referenceTimeZone: assembly.referenceTimeZone,
});

/**
 * "What do I do now": for each assembly open now, the votes still waiting for this person (R.7:
 * for their own members and the proxies they hold), then the convened assemblies to come. A
 * personal-link session sees only the assembly its link was sent for.
 */
export async function readHome(
  ctx: Pick<Context, 'assemblies' | 'elections' | 'now' | 'proxies' | 'register' | 'statutes' | 'votes'>,
  actor: Actor,
  scope: string | null,
): Promise<HomeResponse> {
  const now = ctx.now();
  const reachable = (await ctx.assemblies.all()).filter(
    (assembly) => assembly.status !== 'draft' && (scope === null || assembly.id === scope),
  );
  const byOpening = (a: Assembly, b: Assembly) => a.opensAt.localeCompare(b.opensAt);
  const open = reachable.filter((assembly) => assemblyPhase(assembly, now) === 'open').sort(byOpening);
  const upcoming = reachable.filter((assembly) => assemblyPhase(assembly, now) === 'convened').sort(byOpening);
  return {
    open: await Promise.all(open.map((assembly) => openTasks(ctx, actor, assembly))),
    upcoming: upcoming.map(homeAssembly),
  };
}

async function openTasks(
  ctx: Pick<Context, 'elections' | 'proxies' | 'register' | 'statutes' | 'votes'>,
  actor: Actor,
  assembly: Assembly,
): Promise<OpenAssemblyTasks> {
  const [{ mine }, votes] = await Promise.all([castableFor(ctx, actor, assembly.id), openVotes(ctx, assembly)]);
  const waiting = votes.flatMap((vote): WaitingVote[] => {
    const members = [...mine].filter((memberNo) => !vote.voted.has(memberNo)).length;
    if (members === 0) return [];
    return [
      vote.seat
        ? { kind: 'election', id: vote.key, body: vote.seat.body, office: vote.seat.office, members }
        : { kind: 'motion', id: vote.key, title: vote.title, members },
    ];
  });
  return { assembly: homeAssembly(assembly), waiting, votingFor: mine.size };
}
