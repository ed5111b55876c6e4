import { assemblyPhase } from '@shared/rules/assemblies';
import { receivesConvocation } from '@shared/rules/members';
import { permission, type Actor } from '@shared/rules/permissions';
import { windowVerdict } from '@shared/rules/window';
import type { Assembly } from '@shared/schemas/assembly';
import type { SpeaksFor } from '@shared/schemas/room';
import type { Context } from '../../context';

/** A refusal in the room, with a code for the client and a sentence for the person. */
export class RoomRefusal extends Error {
  override name = 'RoomRefusal';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The assembly of a room, if the person may enter it (a personal link reaches only its own). */
export async function roomAssembly(
  ctx: Context,
  actor: Actor | null,
  scope: string | null,
  assemblyId: string,
): Promise<Assembly> {
  if (!actor)
    throw new RoomRefusal('sign_in_required', 'Please sign in, or open the personal link of your convocation.');
  if (scope && scope !== assemblyId)
    throw new RoomRefusal(
      'link_scope',
      'Your personal link opens another assembly. Sign in with your e-mail address to reach this one.',
    );
  const assembly = await ctx.assemblies.get(assemblyId);
  if (!assembly || assembly.status === 'draft')
    throw new RoomRefusal('assembly_not_found', 'There is no such assembly.');
  return assembly;
}

/** The members a person speaks for in the room: those it represents that are convened (S.2). */
export function speaksFor(actor: Actor): SpeaksFor[] {
  return actor.represents
    .filter((member) => receivesConvocation(member))
    .map(({ memberNo, organisation }) => ({ memberNo, organisation }));
}

/** Whether a person may post now: the window is open (R.6) and it speaks for a member. */
export function postingVerdict(
  assembly: Assembly,
  speakingFor: SpeaksFor[],
  now: Date,
): { ok: boolean; code: string; message: string } {
  const window = windowVerdict({ opensAt: new Date(assembly.opensAt), closesAt: new Date(assembly.closesAt) }, now);
  const phase = assemblyPhase(assembly, now);
  if (phase === 'cancelled') return { ok: false, code: 'assembly_cancelled', message: 'This assembly was cancelled.' };
  if (!window.ok) {
    return window.reason === 'window_not_yet_open'
      ? {
          ok: false,
          code: 'window_not_yet_open',
          message: `The room is not open yet: it opens at ${assembly.opensAt}.`,
        }
      : {
          ok: false,
          code: 'window_closed',
          message: `The room closed at ${assembly.closesAt}: messages are no longer accepted.`,
        };
  }
  if (speakingFor.length === 0) {
    return {
      ok: false,
      code: 'not_a_representative',
      message: 'You represent no member of the network at present, so you can read but not post.',
    };
  }
  return { ok: true, code: 'ok', message: '' };
}

/** A member of the Table may hide and pin messages (R.5: it runs the assemblies). */
export function isTable(actor: Actor, scope: string | null): boolean {
  return scope === null && permission(actor, 'assembly.run').allowed;
}
