import { isVoting } from '@shared/rules/members';
import type { PresenceCounts } from '@shared/rules/quorum';
import type { Context } from '../context';

/**
 * RULES.md §4 Readings: a voting member is present once its representative joined the room during
 * the window (the attendance register); represented when its proxy holder is present and itself
 * is not. The figures the quorum of statute changes is computed from, read as counts: the close
 * of an assembly of thousands reads a few numbers, not the register.
 */
export async function presenceCounts(
  ctx: Pick<Context, 'proxies' | 'register' | 'room' | 'statutes'>,
  assemblyId: string,
): Promise<PresenceCounts> {
  const votes = (standing: Parameters<typeof isVoting>[0]) => isVoting(standing, ctx.statutes);
  const { proxies } = await ctx.proxies.list(assemblyId);
  const active = proxies.filter((proxy) => proxy.revokedAt === null);
  const concerned = [...new Set(active.flatMap((proxy) => [proxy.grantorMemberNo, proxy.holderMemberNo]))];
  const { counts, of } = await ctx.register.standings(concerned);
  const [presentCounts, attending] = await Promise.all([
    ctx.room.presentStandings(assemblyId),
    ctx.room.presentAmong(assemblyId, concerned),
  ]);
  const membersOf = (standings: typeof counts) =>
    standings
      .filter((standing) => votes({ memberNo: 0, ...standing }))
      .reduce((sum, standing) => sum + standing.count, 0);
  const voting = new Set(of.filter(votes).map((member) => member.memberNo));
  const present = (memberNo: number) => voting.has(memberNo) && attending.has(memberNo);
  const represented = new Set(
    active
      .filter(
        (proxy) =>
          present(proxy.holderMemberNo) && !present(proxy.grantorMemberNo) && voting.has(proxy.grantorMemberNo),
      )
      .map((proxy) => proxy.grantorMemberNo),
  );
  return { votingMembers: membersOf(counts), present: membersOf(presentCounts), represented: represented.size };
}
