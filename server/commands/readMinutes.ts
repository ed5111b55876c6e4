import { permission, type Actor } from '@shared/rules/permissions';
import type { Assembly } from '@shared/schemas/assembly';
import type { MinutesVersion } from '@shared/schemas/minutes';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';

/** Who reads the minutes: the Table and the secretariat read the drafts too; the Table acts on them. */
export interface MinutesReader {
  actor: Actor;
  readsDrafts: boolean;
  table: boolean;
}

/**
 * An assembly's minutes as a reader may see them: whoever may open the assembly reads the
 * published versions (through a personal link too); the Table and the secretariat, signed in
 * fully, also read the drafts. A draft assembly has no minutes to show but to the Table.
 */
export async function readMinutes(
  ctx: Context,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
): Promise<{ assembly: Assembly; reader: MinutesReader; versions: MinutesVersion[] }> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  const fullSession = scope === null;
  const table = fullSession && permission(actor, 'assembly.run').allowed;
  if (assembly.status === 'draft' && !table) throw new Refusal('assembly_not_found', { context: 'not_convened' });
  return {
    assembly,
    reader: { actor, table, readsDrafts: table || (fullSession && actor.secretariat) },
    versions: await allVersions(ctx, assemblyId),
  };
}

/** One version as the Table reads it after changing it, with every version beside it (they say which one is in force). */
export async function readMinutesVersionForTable(
  ctx: Context,
  assemblyId: string,
  number: number,
): Promise<{ version: MinutesVersion; versions: MinutesVersion[] }> {
  const versions = await allVersions(ctx, assemblyId);
  return { version: readableVersion(versions, { readsDrafts: true }, number), versions };
}

const allVersions = async (ctx: Context, assemblyId: string) =>
  (await ctx.minutes.versions(assemblyId)).map((stored) => stored.version);

/** One version a reader may read, or a 404 that does not say whether an unpublished one exists. */
export function readableVersion(
  versions: MinutesVersion[],
  reader: Pick<MinutesReader, 'readsDrafts'>,
  number: number,
): MinutesVersion {
  const version = versions.find((candidate) => candidate.version === number);
  if (!version || (version.publishedAt === null && !reader.readsDrafts)) {
    throw new Refusal('minutes_not_found', { version: number, context: 'unpublished' });
  }
  return version;
}
