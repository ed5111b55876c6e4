import type { Context } from '../context';
import type { Actor } from '@shared/rules/permissions';
import { Refusal } from '../commands/refusal';
import { visibleAssembly } from './visibleAssembly';

/** A document attached to an assembly, with its checked type, or a 404. */
export async function readDocument(
  ctx: Pick<Context, 'assemblies'>,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
  documentId: string,
) {
  await visibleAssembly(ctx, actor, scope, assemblyId);
  const found = await ctx.assemblies.document(assemblyId, documentId);
  if (!found) throw new Refusal('document_not_found', {});
  return found;
}
