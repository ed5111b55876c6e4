import { createHash } from 'node:crypto';
import type { Actor } from '@shared/rules/permissions';
import type { SecretCount } from '@shared/api/secretBallots';
import { buildArchive, publicCredentialsJson } from '@shared/belenios/archive';
import type { Context } from '../context';
import type { SecretElection } from '../store/secretVotes';
import { Refusal } from '../commands/refusal';
import { visibleAssembly } from './visibleAssembly';
import { secretBoxOf, type SecretBox, type SecretBoxRef } from './secretBox';
import { trusteeSetup } from './trustees';

/** A secret vote's count as people see it: the shares in and awaited, then the archive. */
export async function secretCountView(
  ctx: Pick<Context, 'assemblies' | 'now' | 'register' | 'secretVotes' | 'statutes'>,
  box: Pick<SecretBox, 'id' | 'assemblyId' | 'path'>,
): Promise<SecretCount> {
  const [election, shares, result, setup] = await Promise.all([
    ctx.secretVotes.election(box.id),
    ctx.secretVotes.shares(box.id),
    ctx.secretVotes.result(box.id),
    trusteeSetup(ctx, box.assemblyId),
  ]);
  const { size } = await ctx.secretVotes.ballots(box.id);
  return {
    uuid: election?.uuid ?? '',
    shares: shares.size,
    needed: setup.threshold,
    waitingFor: result
      ? []
      : setup.trustees
          .filter((trustee) => !shares.has(trustee.position))
          .map((trustee) => ({ position: trustee.position, name: trustee.name })),
    archive: result
      ? {
          url: `${box.path}/archive`,
          sha256: result.sha256,
          bytes: result.bytes,
          ballots: size,
        }
      : null,
  };
}

/**
 * How the results and the minutes name a counted secret vote's archive: its file name and the
 * SHA-256 recorded when it was counted; null for a vote not counted from encrypted ballots.
 */
export async function secretArchiveRecord(
  ctx: Pick<Context, 'secretVotes'>,
  boxId: string,
): Promise<{ file: string; sha256: string } | null> {
  const [election, result] = await Promise.all([ctx.secretVotes.election(boxId), ctx.secretVotes.result(boxId)]);
  return election && result ? { file: `${election.uuid}.bel`, sha256: result.sha256 } : null;
}

/** The whole record of a secret vote as a Belenios archive; the same bytes however often it is made. */
export function archiveOf(
  election: SecretElection,
  ballots: string[],
  encrypted: string,
  partials: Map<number, string>,
  result: string | null,
): Uint8Array {
  return buildArchive({
    timestamp: election.timestamp,
    election: election.election,
    trustees: election.trustees,
    publicCredentials: publicCredentialsJson(election.publicCredentials),
    ballots,
    encryptedTally: encrypted,
    partialDecryptions: [...partials.entries()]
      .sort(([a], [b]) => a - b)
      .map(([trusteeIndex, partial]) => ({ trusteeIndex, partial })),
    result: result ?? undefined,
  });
}

/**
 * A counted secret vote's archive, to download: rebuilt from what is stored (the same bytes every
 * time) and checked against the SHA-256 recorded when it was counted, so what is served is what
 * the audit trail and the minutes name.
 */
export async function readSecretArchive(
  ctx: Pick<Context, 'assemblies' | 'elections' | 'register' | 'secretVotes' | 'votes'>,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
  ref: SecretBoxRef,
): Promise<{ name: string; bytes: Buffer; sha256: string }> {
  await visibleAssembly(ctx, actor, scope, assemblyId);
  const { id: boxId } = await secretBoxOf(ctx, assemblyId, ref);
  if (!(await ctx.secretVotes.election(boxId))) throw new Refusal('vote_not_encrypted', {});
  const archive = await rebuiltArchive(ctx, boxId);
  if (!archive) throw new Refusal('archive_not_ready', {});
  if (archive.sha256 !== archive.recorded)
    throw new Error(`the archive of ${boxId} no longer matches its recorded hash`);
  return { name: archive.name, bytes: archive.bytes, sha256: archive.sha256 };
}

/**
 * A counted secret vote's archive rebuilt from what Redis holds now (its ballots, up to those
 * counted, and the shares the result was made of), with its SHA-256 and the one recorded at the
 * count: they differ if anything it is made of was changed since. Null while it is not counted.
 */
export async function rebuiltArchive(
  ctx: Pick<Context, 'secretVotes'>,
  boxId: string,
): Promise<{ name: string; bytes: Buffer; sha256: string; recorded: string } | null> {
  const [election, count, result, shares] = await Promise.all([
    ctx.secretVotes.election(boxId),
    ctx.secretVotes.count(boxId),
    ctx.secretVotes.result(boxId),
    ctx.secretVotes.shares(boxId),
  ]);
  if (!election || !count || !result) return null;
  const { ballots } = await ctx.secretVotes.ballots(boxId);
  const bytes = Buffer.from(
    archiveOf(
      election,
      ballots.slice(0, count.ballots),
      count.encryptedTally,
      new Map([...shares].filter(([position]) => result.positions.includes(position))),
      result.result,
    ),
  );
  return {
    name: `${election.uuid}.bel`,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    recorded: result.sha256,
  };
}
