import { assemblyPhase } from '@shared/rules/assemblies';
import { isVoting } from '@shared/rules/members';
import type { Actor } from '@shared/rules/permissions';
import type { Assembly } from '@shared/schemas/assembly';
import type { Context } from '../../context';
import { signature } from '../../auth/actor';

/**
 * RULES.md §4 Reading: a voting member is present once its representative has joined the room
 * during the window. Records the first time for each member the person represents now.
 */
export async function recordAttendance(
  ctx: Pick<Context, 'room' | 'statutes'>,
  assembly: Assembly,
  actor: Actor,
  now: Date,
): Promise<number> {
  if (assemblyPhase(assembly, now) !== 'open') return 0;
  const entries = actor.represents
    .filter((member) => isVoting(member, ctx.statutes))
    .map((member) => ({
      memberNo: member.memberNo,
      personId: actor.personId,
      at: now.toISOString(),
      via: 'own' as const,
    }));
  return ctx.room.markPresent(assembly.id, entries, {
    at: now.toISOString(),
    by: signature(actor),
    action: 'attendance.recorded',
    subject: `assembly:${assembly.id}`,
    before: null,
  });
}

/**
 * A ballot is presence (RULES.md §4 Reading): casting it during the window records the members it
 * speaks for as present, the first time: a member voted for as its own, and the holder of a proxy
 * used, which makes its grantor represented.
 */
export async function recordBallotAttendance(
  ctx: Pick<Context, 'room'>,
  assemblyId: string,
  actor: Actor,
  ballots: ReadonlyArray<{ memberNo: number; castAs: 'own' | 'proxy'; holderMemberNo: number | null }>,
  now: Date,
): Promise<number> {
  const members = new Set(
    ballots.flatMap((ballot) =>
      ballot.castAs === 'own' ? [ballot.memberNo] : ballot.holderMemberNo === null ? [] : [ballot.holderMemberNo],
    ),
  );
  return ctx.room.markPresent(
    assemblyId,
    [...members].map((memberNo) => ({
      memberNo,
      personId: actor.personId,
      at: now.toISOString(),
      via: 'own' as const,
    })),
    {
      at: now.toISOString(),
      by: signature(actor),
      action: 'attendance.recorded',
      subject: `assembly:${assemblyId}`,
      before: null,
    },
  );
}
