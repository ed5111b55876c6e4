import type { AssemblyAudience } from '@shared/api/assemblies';
import type { MinutesResponse, MinutesVersionSummary, MinutesVersionView } from '@shared/api/minutes';
import { assemblyPhase } from '@shared/rules/assemblies';
import {
  currentApprovals,
  currentMinutesVersion,
  minutesStatuses,
  publishVerdict,
  signingOffice,
  type MinutesStatus,
} from '@shared/rules/minutesApproval';
import { minutesRoles, type MinutesVersion } from '@shared/schemas/minutesApproval';
import type { Actor } from '@shared/rules/permissions';
import type { Assembly } from '@shared/schemas/assembly';

/** Who reads the minutes: the Table and the secretariat read the drafts too; the Table acts on them. */
export interface MinutesReader {
  actor: Actor;
  readsDrafts: boolean;
  table: boolean;
}

function summary(version: MinutesVersion, status: MinutesStatus): MinutesVersionSummary {
  return {
    version: version.version,
    status,
    draftedAt: version.draftedAt,
    draftedBy: version.draftedBy,
    publishedAt: version.publishedAt,
    publishedBy: version.publishedBy,
    correctionOf: version.correctionOf,
    correctionNote: version.correctionNote,
  };
}

/** The versions a reader may read, which one is in force, and what the Table may do. */
export function presentMinutes(
  assembly: Assembly,
  versions: MinutesVersion[],
  reader: MinutesReader,
  now: Date,
  audience: AssemblyAudience | null,
): MinutesResponse {
  const statuses = minutesStatuses(versions);
  const tableOffices = reader.actor.seats.filter((seat) => seat.body === 'table').map((seat) => seat.office);
  return {
    assembly: {
      id: assembly.id,
      title: assembly.title,
      kind: assembly.kind,
      referenceTimeZone: assembly.referenceTimeZone,
      phase: assemblyPhase(assembly, now),
    },
    versions: versions
      .filter((version) => reader.readsDrafts || version.publishedAt !== null)
      .map((version) => summary(version, statuses.get(version.version) ?? 'draft')),
    current: currentMinutesVersion(versions),
    table:
      reader.table && audience
        ? { signAs: minutesRoles.filter((role) => signingOffice(role, tableOffices) !== null), audience }
        : null,
  };
}

/** One version in full, with which signatures still approve its text and whether it can be published. */
export function presentMinutesVersion(version: MinutesVersion, all: MinutesVersion[]): MinutesVersionView {
  const valid = new Set(currentApprovals(version));
  return {
    ...summary(version, minutesStatuses(all).get(version.version) ?? 'draft'),
    content: version.content,
    statement: version.statement,
    digest: version.digest,
    revision: version.revision,
    approvals: version.approvals.map((approval) => ({ ...approval, current: valid.has(approval) })),
    publishable: publishVerdict(version),
  };
}
