import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Actor } from '@shared/rules/permissions';
import { withoutUnsafeCharacters } from '@shared/rules/text';
import type { Assembly, AssemblyDocument } from '@shared/schemas/assembly';
import { Refusal } from './refusal';
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

/** The name endings that say a file is of one of the accepted types. */
const typeOfExtension: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  doc: 'application/x-cfb',
  xls: 'application/x-cfb',
  ppt: 'application/x-cfb',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
};

/** What a file says it is, by its name or its declared Content-Type, when that names an accepted type. */
function claimedTypes(claims: { name?: string; declaredType?: string }): Array<{ by: 'name' | 'type'; mime: string }> {
  const extension = /\.([A-Za-z0-9]+)\s*$/.exec(claims.name ?? '')?.[1]?.toLowerCase() ?? '';
  const declared = (claims.declaredType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const found: Array<{ by: 'name' | 'type'; mime: string }> = [];
  if (Object.hasOwn(typeOfExtension, extension)) found.push({ by: 'name', mime: typeOfExtension[extension]! });
  if (Object.hasOwn(acceptedTypes, declared)) found.push({ by: 'type', mime: declared });
  return found;
}

/** A file name safe to show and to offer for download: the person did not type it, so what is unsafe is removed, not refused. */
export function cleanName(name: string): string {
  const cleaned = withoutUnsafeCharacters(name).replace(/[/\\]/g, '').replace(/\s+/g, ' ').trim().slice(0, 150);
  return cleaned || 'document';
}

/**
 * The name a checked file is kept under: cleaned, and ending as its content is, so that a
 * download never opens as something else ("setup.msi" holding an Office 97 file: "setup.msi.doc").
 */
export function storedName(name: string, mime: string): string {
  const cleaned = cleanName(name);
  const extension = /\.([A-Za-z0-9]+)$/.exec(cleaned)?.[1]?.toLowerCase() ?? '';
  if (Object.hasOwn(typeOfExtension, extension) && typeOfExtension[extension] === mime) return cleaned;
  const usual = Object.keys(typeOfExtension).find((candidate) => typeOfExtension[candidate] === mime);
  return usual ? `${cleaned}.${usual}` : cleaned;
}

/**
 * Checks an uploaded file: not empty, at most 10 MB, and of an accepted type recognised by its
 * content, never by its name. `only` narrows the accepted types (a signed form: PDF or image). A
 * file whose name or declared type says another accepted type than its content is refused: a
 * disguised file is not stored under a name that would open it as something else.
 */
export async function checkUpload(
  content: Buffer,
  only?: (mime: string) => boolean,
  claims: { name?: string; declaredType?: string } = {},
): Promise<{ mime: string }> {
  if (content.length === 0) throw new Refusal('empty_file', {});
  if (content.length > documentMaxBytes) {
    throw new Refusal('file_too_large', { megabytes: (content.length / 1048576).toFixed(1) });
  }
  const detected = await fileTypeFromBuffer(content);
  if (!detected || !(detected.mime in acceptedTypes) || (only && !only(detected.mime))) {
    throw new Refusal(
      'file_type_refused',
      detected ? { detected: detected.mime, context: 'detected' } : { detected: null },
    );
  }
  const contradicted = claimedTypes(claims).find((claim) => claim.mime !== detected.mime);
  if (contradicted) {
    throw new Refusal('file_type_mismatch', {
      by: contradicted.by,
      claimed: describeType(contradicted.mime),
      detected: describeType(detected.mime),
      claimedType: contradicted.mime,
      detectedType: detected.mime,
    });
  }
  return { mime: detected.mime };
}

/** "a PDF document", "an Excel document", "a PNG image". */
function describeType(mime: string): string {
  const name = acceptedTypes[mime] ?? mime;
  return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} ${mime.startsWith('image/') ? 'image' : 'document'}`;
}

/** Stores a document of an agenda item after checking its size and its real type. */
export async function uploadDocument(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'now' | 'statutes'>,
  actor: Actor,
  input: { assemblyId: string; itemId: string; name: string; content: Buffer; declaredType?: string },
): Promise<{ document: AssemblyDocument; assembly: Assembly }> {
  await assemblyOr404(ctx, input.assemblyId);
  const detected = await checkUpload(input.content, undefined, { name: input.name, declaredType: input.declaredType });
  const document: AssemblyDocument = {
    id: newId('d'),
    assemblyId: input.assemblyId,
    name: storedName(input.name, detected.mime),
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
