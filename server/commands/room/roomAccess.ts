import { assemblyPhase } from '@shared/rules/assemblies';
import { receivesConvocation } from '@shared/rules/members';
import { permission, type Actor } from '@shared/rules/permissions';
import { windowVerdict } from '@shared/rules/window';
import type { Assembly } from '@shared/schemas/assembly';
import type { SpeaksFor } from '@shared/schemas/room';
import type { Context } from '../../context';
import { Refusal } from '../refusal';

/** The assembly of a room, if the person may enter it (a personal link reaches only its own). */
export async function roomAssembly(
  ctx: Pick<Context, 'assemblies'>,
  actor: Actor | null,
  scope: string | null,
  assemblyId: string,
): Promise<Assembly> {
  if (!actor) throw new Refusal('sign_in_required', { context: 'room' });
  if (scope && scope !== assemblyId) throw new Refusal('link_scope', { context: 'room' });
  const assembly = await ctx.assemblies.get(assemblyId);
  if (!assembly || assembly.status === 'draft') throw new Refusal('assembly_not_found', {});
  return assembly;
}

/** The members a person speaks for in the room: those it represents that are convened (S.2). */
export function speaksFor(actor: Actor): SpeaksFor[] {
  return actor.represents
    .filter((member) => receivesConvocation(member))
    .map(({ memberNo, organisation }) => ({ memberNo, organisation }));
}

/** Why a person may not post now, or null: the window is open (R.6) and it speaks for a member. */
export function postingRefusal(assembly: Assembly, speakingFor: SpeaksFor[], now: Date): Refusal | null {
  const window = windowVerdict({ opensAt: new Date(assembly.opensAt), closesAt: new Date(assembly.closesAt) }, now);
  if (assemblyPhase(assembly, now) === 'cancelled') return new Refusal('assembly_cancelled', {});
  if (!window.ok) {
    return window.reason === 'window_not_yet_open'
      ? new Refusal('window_not_yet_open', { context: 'room', opensAt: assembly.opensAt })
      : new Refusal('window_closed', { context: 'room', closesAt: assembly.closesAt });
  }
  if (speakingFor.length === 0) return new Refusal('not_a_representative', {});
  return null;
}

/** A member of the Table may hide and pin messages (R.5: it runs the assemblies). */
export function isTable(actor: Actor, scope: string | null): boolean {
  return scope === null && permission(actor, 'assembly.run').allowed;
}
