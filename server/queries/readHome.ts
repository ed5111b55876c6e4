import type { HomeAssembly, HomeResponse, OpenAssemblyTasks, WaitingVote } from '@shared/api/home';
import { assemblyPhase } from '@shared/rules/assemblies';
import type { Actor } from '@shared/rules/permissions';
import type { Assembly } from '@shared/schemas/assembly';
import type { Context } from '../context';
import { electionState } from '../commands/elections';
import { castableFor } from './castable';

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
  const [{ mine }, motions, elections] = await Promise.all([
    castableFor(ctx, actor, assembly.id),
    ctx.votes.motions(assembly.id),
    ctx.elections.elections(assembly.id),
  ]);
  const left = (voted: Iterable<number>) => {
    const done = new Set(voted);
    return [...mine].filter((memberNo) => !done.has(memberNo)).length;
  };
  const waiting: WaitingVote[] = [];
  if (mine.size > 0) {
    for (const motion of motions) {
      if (motion.closedAt) continue;
      const voters = motion.secret ? await ctx.votes.secretVoters(motion.id) : await ctx.votes.namedBallots(motion.id);
      const members = left(voters.map((voter) => voter.memberNo));
      if (members > 0) waiting.push({ kind: 'motion', id: motion.id, title: motion.title, members });
    }
    for (const election of elections) {
      const state = await electionState(ctx, election);
      if (state.finished) continue;
      const members = left((await ctx.elections.voters(election.id, state.round)).map((voter) => voter.memberNo));
      if (members > 0)
        waiting.push({ kind: 'election', id: election.id, body: election.body, office: election.office, members });
    }
  }
  return { assembly: homeAssembly(assembly), waiting, votingFor: mine.size };
}
