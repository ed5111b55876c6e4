import type { Assembly } from '@shared/schemas/assembly';
import { permission, type Actor } from '@shared/rules/permissions';
import type { Context } from '../context';
import { Refusal } from '../commands/refusal';
import { assemblyOr404 } from '../commands/editAssembly';

/** Whether a person sees an assembly's drafts: the Table, signed in fully (not through a personal link). */
export function seesDrafts(actor: Actor, scope: string | null): boolean {
  return scope === null && permission(actor, 'assembly.convene').allowed;
}

/**
 * An assembly as one person may see it, or a 404: a draft is the Table's only, with a full
 * session. Every read of an assembly or of what belongs to it (motions, elections, proxies,
 * minutes, documents) starts here, so none answers where the assembly itself would not.
 */
export async function visibleAssembly(
  ctx: Pick<Context, 'assemblies'>,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
): Promise<Assembly> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  if (assembly.status === 'draft' && !seesDrafts(actor, scope))
    throw new Refusal('assembly_not_found', { context: 'not_convened' });
  return assembly;
}
