import { isVoting } from '@shared/rules/members';
import type { PresenceCounts } from '@shared/rules/quorum';
import type { Context } from '../context';

/**
 * RULES.md §4 Readings: a voting member is present once its representative joined the room during
 * the window (the attendance register); represented when its proxy holder is present and itself
 * is not. The figures the quorum of statute changes is computed from.
 */
export async function presenceCounts(
  ctx: Pick<Context, 'proxies' | 'register' | 'room' | 'statutes'>,
  assemblyId: string,
): Promise<PresenceCounts & { presentMembers: number[]; representedMembers: number[] }> {
  const [register, attendance, { proxies }] = await Promise.all([
    ctx.register.snapshot(),
    ctx.room.attendance(assemblyId),
    ctx.proxies.list(assemblyId),
  ]);
  const voting = new Set(
    register.members.filter((member) => isVoting(member, ctx.statutes)).map((member) => member.memberNo),
  );
  const present = new Set([...attendance.keys()].filter((memberNo) => voting.has(memberNo)));
  const represented = new Set(
    proxies
      .filter(
        (proxy) =>
          proxy.revokedAt === null &&
          present.has(proxy.holderMemberNo) &&
          !present.has(proxy.grantorMemberNo) &&
          voting.has(proxy.grantorMemberNo),
      )
      .map((proxy) => proxy.grantorMemberNo),
  );
  return {
    votingMembers: voting.size,
    present: present.size,
    represented: represented.size,
    presentMembers: [...present].sort((a, b) => a - b),
    representedMembers: [...represented].sort((a, b) => a - b),
  };
}
