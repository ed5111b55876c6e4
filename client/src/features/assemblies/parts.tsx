import { useTranslation } from 'react-i18next';
import type { AssemblyPhase } from '@shared/rules/assemblies';
import type { AssemblyDocument } from '@shared/schemas/assembly';
import { useLanguage } from '../../i18n/useLanguage';
import { useTimeZone } from '../../i18n/useTimeZone';
import { browserTimeZone, formatInstant } from '../../i18n/format';
import { formatLongInstant, formatSize, knownZone, readsDifferently } from './assemblyTime';

/** Where an assembly stands, as a coloured word (the colour is never the only sign). */
export function PhaseBadge({ phase }: { phase: AssemblyPhase }) {
  const { t } = useTranslation();
  return <span className={`badge badge--phase-${phase}`}>{t(`assemblyPhase.${phase}`)}</span>;
}

/** The zone the viewer reads instants in: their profile's, else this browser's. */
export function useViewerZone(): string {
  const zone = useTimeZone();
  return knownZone(zone) ? zone : browserTimeZone();
}

/**
 * An instant on the viewer's clock and, when it reads differently there, on the clock of the
 * assembly's reference zone: nobody wonders whose 10:00 it is.
 */
export function When({ iso, referenceZone, long = false }: { iso: string; referenceZone: string; long?: boolean }) {
  const language = useLanguage();
  const viewerZone = useViewerZone();
  const format = long ? formatLongInstant : formatInstant;
  const other = readsDifferently(iso, viewerZone, referenceZone);
  return (
    <span className="when">
      <span className="when__viewer">{format(iso, language, viewerZone)}</span>
      {other && <span className="when__reference">{format(iso, language, referenceZone)}</span>}
    </span>
  );
}

/** The same, as plain text for a sentence: "4 Dec 2026, 15:00 (Europe/Lisbon) — 16:00 (Europe/Brussels)". */
export function useWhenText(referenceZone: string): (iso: string | Date | null) => string {
  const language = useLanguage();
  const viewerZone = useViewerZone();
  return (value) => {
    if (value === null) return '—';
    const iso = typeof value === 'string' ? value : value.toISOString();
    const mine = formatInstant(iso, language, viewerZone);
    return readsDifferently(iso, viewerZone, referenceZone)
      ? `${mine} / ${formatInstant(iso, language, referenceZone)}`
      : mine;
  };
}

const documentTypes: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument',
  'application/x-cfb': 'Office 97-2003',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
};

/** "PDF, 245 kB": what a person needs before downloading on a slow line. */
export function useDocumentFacts(): (document: Pick<AssemblyDocument, 'mimeType' | 'size'>) => string {
  const language = useLanguage();
  return (document) =>
    `${documentTypes[document.mimeType] ?? document.mimeType}, ${formatSize(document.size, language)}`;
}

/** One document of a list, to download: its name, then its type and size. */
export function DocumentItem({
  document,
  url,
}: {
  document: Pick<AssemblyDocument, 'name' | 'mimeType' | 'size'>;
  url: string;
}) {
  const facts = useDocumentFacts();
  return (
    <li className="document">
      <a className="document__link" href={url} download={document.name}>
        <span className="document__icon" aria-hidden="true">
          ⤓
        </span>
        {document.name}
      </a>{' '}
      <span className="document__facts">({facts(document)})</span>
    </li>
  );
}
