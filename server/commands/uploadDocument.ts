import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Actor } from '@shared/rules/permissions';
import type { Assembly, AssemblyDocument } from '@shared/schemas/assembly';
import { HttpError } from '../http/errors';
import type { Context } from '../context';
import { assemblyOr404, attachDocument, newId } from './editAssembly';

/** The largest document accepted: a convocation's documents travel to phones on slow lines. */
export const documentMaxBytes = 10 * 1024 * 1024;

/** What may be attached, recognised by the file's content, never by its name. */
const acceptedTypes: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument presentation',
  'application/x-cfb': 'Office 97-2003',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
};

/** A file name safe to show and to offer for download. */
export function cleanName(name: string): string {
  const cleaned = name.normalize('NFC').replace(/[\u0000-\u001f\u007f/\\]/g, '').replace(/\s+/g, ' ').trim().slice(0, 150);
  return cleaned || 'document';
}

/**
 * Checks an uploaded file: not empty, at most 10 MB, and of an accepted type recognised by its
 * content, never by its name. `only` narrows the accepted types (a signed form: PDF or image).
 */
export async function checkUpload(content: Buffer, only?: (mime: string) => boolean): Promise<{ mime: string }> {
  if (content.length === 0) throw new HttpError(400, 'empty_file', 'The file is empty.');
  if (content.length > documentMaxBytes) {
    throw new HttpError(413, 'file_too_large', `The file is ${(content.length / 1048576).toFixed(1)} MB; documents can be at most 10 MB.`);
  }
  const detected = await fileTypeFromBuffer(content);
  if (!detected || !(detected.mime in acceptedTypes) || (only && !only(detected.mime))) {
    throw new HttpError(
      415,
      'file_type_refused',
      `This file is not a document Agora accepts${detected ? ` (its content is ${detected.mime}, whatever its name says)` : ' (its content is not a known document format)'}. Send a PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image.`,
    );
  }
  return { mime: detected.mime };
}

/** Stores a document of an agenda item after checking its size and its real type. */
export async function uploadDocument(
  ctx: Context,
  actor: Actor,
  input: { assemblyId: string; itemId: string; name: string; content: Buffer },
): Promise<{ document: AssemblyDocument; assembly: Assembly }> {
  await assemblyOr404(ctx, input.assemblyId);
  const detected = await checkUpload(input.content);
  const document: AssemblyDocument = {
    id: newId('d'),
    assemblyId: input.assemblyId,
    name: cleanName(input.name),
    mimeType: detected.mime,
    size: input.content.length,
    sha256: createHash('sha256').update(input.content).digest('hex'),
    uploadedAt: ctx.now().toISOString(),
    uploadedBy: actor.name,
  };
  await ctx.assemblies.addDocument(document, input.content);
  try {
    const assembly = await attachDocument(ctx, actor, input.assemblyId, input.itemId, document.id);
    return { document, assembly };
  } catch (error) {
    await ctx.assemblies.removeDocument(input.assemblyId, document.id); // no document left without its item
    throw error;
  }
}
