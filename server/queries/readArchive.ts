import type { ArchiveResponse, ArchivedAssembly, ArchivedMotion } from '@shared/api/archive';
import { isArchived, matchesArchive } from '@shared/rules/archiveSearch';
import { assemblyPhase } from '@shared/rules/assemblies';
import type { Assembly } from '@shared/schemas/assembly';
import type { Context } from '../context';

type PastPhase = ArchivedAssembly['phase'];

/** Where a document of an assembly downloads from: the assembly's own document route. */
export const documentDownloadUrl = (assemblyId: string, documentId: string) =>
  `/api/assemblies/${encodeURIComponent(assemblyId)}/documents/${encodeURIComponent(documentId)}`;

/**
 * The archive (RULES.md §5): every past assembly, newest first, with its convocation's
 * sendings, agenda, documents and results; only those answering `query` when one is given.
 */
export async function readArchive(
  ctx: Pick<Context, 'assemblies' | 'now' | 'texts' | 'votes'>,
  query: string,
): Promise<ArchiveResponse> {
  const now = ctx.now();
  const past = (await ctx.assemblies.all())
    .filter((assembly) => isArchived(assembly, now))
    .sort((a, b) => b.opensAt.localeCompare(a.opensAt));
  const archived = await Promise.all(past.map((assembly) => archivedAssembly(ctx, assembly, now)));
  const assemblies = archived.filter((entry) =>
    matchesArchive({ ...entry, documents: entry.agenda.flatMap((item) => item.documents) }, query),
  );
  return { query, total: past.length, assemblies };
}

async function archivedAssembly(
  ctx: Pick<Context, 'assemblies' | 'texts' | 'votes'>,
  assembly: Assembly,
  now: Date,
): Promise<ArchivedAssembly> {
  const phase = assemblyPhase(assembly, now) as PastPhase;
  const [documents, motions] = await Promise.all([
    ctx.assemblies.documents(assembly.id),
    ctx.votes.motions(assembly.id),
  ]);
  // The close job counts; until it has, a motion shows no result.
  const tallies = await Promise.all(motions.map((motion) => ctx.votes.tally(motion.id)));
  const versions = await ctx.texts.adoptedByMotions(motions.map((motion) => motion.id));
  const byId = new Map(documents.map((document) => [document.id, document]));
  return {
    id: assembly.id,
    kind: assembly.kind,
    title: assembly.title,
    opensAt: assembly.opensAt,
    closesAt: assembly.closesAt,
    referenceTimeZone: assembly.referenceTimeZone,
    phase,
    cancelled: assembly.cancelled ? { at: assembly.cancelled.at, reason: assembly.cancelled.reason } : null,
    dispatches: assembly.dispatches,
    agenda: assembly.agenda.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      description: item.description,
      documents: item.documentIds.flatMap((documentId) => {
        const document = byId.get(documentId);
        return document
          ? [
              {
                id: document.id,
                name: document.name,
                mimeType: document.mimeType,
                size: document.size,
                url: documentDownloadUrl(assembly.id, document.id),
              },
            ]
          : [];
      }),
    })),
    motions: motions.map((motion, index): ArchivedMotion => {
      const tally = tallies[index] ?? null;
      return {
        id: motion.id,
        itemId: motion.itemId,
        kind: motion.kind,
        title: motion.title,
        text: motion.text,
        secret: motion.secret,
        result: tally?.result ?? null,
        talliedAt: tally?.talliedAt ?? null,
        chainHead: tally?.chainHead ?? null,
        textVersion: versions.get(motion.id) ?? null,
      };
    }),
    minutesPublished: assembly.status === 'minutes_published',
  };
}

/** Whether the assembly with this id is in the archive (a missing one is not). */
export async function inArchive(ctx: Pick<Context, 'assemblies' | 'now'>, assemblyId: string): Promise<boolean> {
  const assembly = await ctx.assemblies.get(assemblyId);
  return assembly !== null && isArchived(assembly, ctx.now());
}
