import type { Office } from '../schemas/body';
import type { MinutesContent } from '../schemas/minutes';
import type { MinutesRole, MinutesVersion } from '../schemas/minutesApproval';

/*
 * Signing and publishing the minutes (R.5): what a signature approves, who signs in which role,
 * when a draft can be published, and which version is "the minutes".
 */

/** The same value as JSON with the keys of every object in order: the text a digest is taken of. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((entry) => canonicalJson(entry === undefined ? null : entry)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What a signature approves: the content and the statement, as one canonical text (its SHA-256 is the digest). */
export function minutesDigestInput(content: MinutesContent, statement: string): string {
  return canonicalJson({ content, statement });
}

/** Where a version stands: a draft, the minutes in force, or a published version a correction replaced. */
export type MinutesStatus = 'draft' | 'published' | 'superseded';

/** The newest published version is "the minutes"; older published ones are superseded. */
export function minutesStatuses(
  versions: ReadonlyArray<Pick<MinutesVersion, 'version' | 'publishedAt'>>,
): Map<number, MinutesStatus> {
  const current = currentMinutesVersion(versions);
  return new Map(
    versions.map((version) => [
      version.version,
      version.publishedAt === null ? 'draft' : version.version === current ? 'published' : 'superseded',
    ]),
  );
}

/** The number of the newest published version, or null before any publication. */
export function currentMinutesVersion(
  versions: ReadonlyArray<Pick<MinutesVersion, 'version' | 'publishedAt'>>,
): number | null {
  const published = versions.filter((version) => version.publishedAt !== null).map((version) => version.version);
  return published.length > 0 ? Math.max(...published) : null;
}

/**
 * R.5: who may sign in a role. The president signs, failing that the vice-president; the
 * secretary signs as secretary. Returns the office the signer holds for that role, or null.
 */
export function signingOffice(role: MinutesRole, tableOffices: readonly Office[]): Office | null {
  if (role === 'secretary') return tableOffices.includes('secretary') ? 'secretary' : null;
  if (tableOffices.includes('president')) return 'president';
  return tableOffices.includes('vice_president') ? 'vice_president' : null;
}

/** Why a draft can or cannot be published now. */
export type MinutesPublishReason =
  | 'minutes_publishable'
  | 'minutes_published_already'
  | 'minutes_president_missing'
  | 'minutes_secretary_missing'
  | 'minutes_not_signed';

/** The approvals of a version that still approve its text: a change of the statement voids earlier ones. */
export function currentApprovals<A extends { digest: string }>(version: {
  digest: string;
  approvals: readonly A[];
}): A[] {
  return version.approvals.filter((approval) => approval.digest === version.digest);
}

/** R.5: a draft is published once the president (or vice-president) and the secretary approved its present text. */
export function publishVerdict(version: Pick<MinutesVersion, 'publishedAt' | 'digest' | 'approvals'>): {
  ok: boolean;
  reason: MinutesPublishReason;
} {
  if (version.publishedAt !== null) return { ok: false, reason: 'minutes_published_already' };
  const roles = new Set(currentApprovals(version).map((approval) => approval.role));
  if (!roles.has('president') && !roles.has('secretary')) return { ok: false, reason: 'minutes_not_signed' };
  if (!roles.has('president')) return { ok: false, reason: 'minutes_president_missing' };
  if (!roles.has('secretary')) return { ok: false, reason: 'minutes_secretary_missing' };
  return { ok: true, reason: 'minutes_publishable' };
}
