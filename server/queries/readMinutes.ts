import { permission, type Actor } from '@shared/rules/permissions';
import type { Assembly } from '@shared/schemas/assembly';
import type { MinutesVersion } from '@shared/schemas/minutesApproval';
import { Refusal } from '../commands/refusal';
import type { Context } from '../context';
import type { Language } from '@shared/schemas/person';
import { assemblyAudience } from '../mail/assemblyMailing';
import { visibleAssembly } from './visibleAssembly';
import { presentMinutes, presentMinutesVersion, type MinutesReader } from '../presenters/minutes';

export type { MinutesReader };
import { minutesFileName, minutesPdfOf } from '../pdf/minutesAttachment';

/**
 * An assembly's minutes as a reader may see them: whoever may open the assembly reads the
 * published versions (through a personal link too); the Table and the secretariat, signed in
 * fully, also read the drafts. A draft assembly has no minutes to show but to the Table.
 */
export async function readMinutes(
  ctx: Pick<Context, 'assemblies' | 'minutes' | 'now'>,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
): Promise<{ assembly: Assembly; reader: MinutesReader; versions: MinutesVersion[] }> {
  const assembly = await visibleAssembly(ctx, actor, scope, assemblyId);
  const fullSession = scope === null;
  const table = fullSession && permission(actor, 'assembly.run').allowed;
  return {
    assembly,
    reader: { actor, table, readsDrafts: table || (fullSession && actor.secretariat) },
    versions: await allVersions(ctx, assemblyId),
  };
}

/** One version as the Table reads it after changing it, with every version beside it (they say which one is in force). */
export async function readMinutesVersionForTable(
  ctx: Pick<Context, 'minutes' | 'now'>,
  assemblyId: string,
  number: number,
): Promise<{ version: MinutesVersion; versions: MinutesVersion[] }> {
  const versions = await allVersions(ctx, assemblyId);
  return { version: readableVersion(versions, { readsDrafts: true }, number), versions };
}

const allVersions = async (ctx: Pick<Context, 'minutes'>, assemblyId: string) =>
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

/** The minutes of an assembly as its page shows them to this reader. */
export async function readMinutesPage(
  ctx: Pick<Context, 'assemblies' | 'minutes' | 'now' | 'register' | 'statutes'>,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
) {
  const { assembly, reader, versions } = await readMinutes(ctx, actor, scope, assemblyId);
  return presentMinutes(assembly, versions, reader, ctx.now(), reader.table ? await assemblyAudience(ctx) : null);
}

/** One version of the minutes a reader may read, as its page shows it. */
export async function readMinutesVersion(
  ctx: Pick<Context, 'assemblies' | 'minutes' | 'now'>,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
  number: number,
) {
  const { reader, versions } = await readMinutes(ctx, actor, scope, assemblyId);
  return presentMinutesVersion(readableVersion(versions, reader, number), versions);
}

/** One version as the Table sees it after changing it. */
export async function readChangedMinutes(
  ctx: Pick<Context, 'minutes' | 'now'>,
  version: Pick<MinutesVersion, 'assemblyId' | 'version'>,
) {
  const { version: changed, versions } = await readMinutesVersionForTable(ctx, version.assemblyId, version.version);
  return presentMinutesVersion(changed, versions);
}

/**
 * One version of the minutes as a PDF, in the language asked for, else the reader's own: the
 * published ones are cached by the browser, the drafts never.
 */
export async function readMinutesPdf(
  ctx: Pick<Context, 'assemblies' | 'config' | 'minutes' | 'now' | 'register'>,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
  number: number,
  asked: Language | null,
) {
  const { reader, versions } = await readMinutes(ctx, actor, scope, assemblyId);
  const version = readableVersion(versions, reader, number);
  const language: Language = asked ?? (await ctx.register.person(reader.actor.personId))?.language ?? 'fr';
  return {
    pdf: await minutesPdfOf(ctx, version, language),
    name: minutesFileName(version, language),
    language,
    published: version.publishedAt !== null,
  };
}
