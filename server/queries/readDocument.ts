import type { Context } from '../context';
import { Refusal } from '../commands/refusal';

/** A document attached to an assembly, with its checked type, or a 404. */
export async function readDocument(ctx: Pick<Context, 'assemblies'>, assemblyId: string, documentId: string) {
  const found = await ctx.assemblies.document(assemblyId, documentId);
  if (!found) throw new Refusal('document_not_found', {});
  return found;
}
