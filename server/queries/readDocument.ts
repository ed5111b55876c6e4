import type { Context } from '../context';
import { HttpError } from '../http/errors';

/** A document attached to an assembly, with its checked type, or a 404. */
export async function readDocument(ctx: Pick<Context, 'assemblies'>, assemblyId: string, documentId: string) {
  const found = await ctx.assemblies.document(assemblyId, documentId);
  if (!found) throw new HttpError(404, 'document_not_found', 'This document is not attached to this assembly.');
  return found;
}
