import { DateTime } from 'luxon';
import { messages } from '@shared/i18n';
import type { Assembly } from '@shared/schemas/assembly';
import type { Language } from '@shared/schemas/person';

/** What an assembly's printed document is: the minutes, every convocation, or one member's. */
export type AssemblyDocument =
  { kind: 'minutes'; version: number } | { kind: 'convocations' } | { kind: 'convocation'; memberNo: number };

/**
 * The name of an assembly's document as a person files it: the network's name, the kind of assembly
 * and the day it opened on its reference clock, then what it is, in the reader's language:
 * "TOGETHER-AGE-2027-03-13-PV-v1.pdf", "TOGETHER-EGA-2027-03-13-minutes-v1.pdf",
 * "TOGETHER-AGO-2026-12-07-convocation-42.pdf". Letters a file system refuses become dashes.
 */
export function assemblyFileName(
  networkName: string,
  assembly: Pick<Assembly, 'kind' | 'opensAt' | 'referenceTimeZone'>,
  document: AssemblyDocument,
  language: Language,
): string {
  const words = messages[language].translation.minutes.fileName;
  const network = networkName.replace(/[\s/\\:*?"<>|\p{Cc}]+/gu, '-').replace(/^-+|-+$/g, '') || 'assembly';
  const day = DateTime.fromISO(assembly.opensAt, { zone: assembly.referenceTimeZone }).toFormat('yyyy-MM-dd');
  const what =
    document.kind === 'minutes'
      ? `${words.minutes}-v${document.version}`
      : document.kind === 'convocations'
        ? words.convocations
        : `${words.convocation}-${document.memberNo}`;
  return `${network}-${words[assembly.kind]}-${day}-${what}.pdf`;
}
