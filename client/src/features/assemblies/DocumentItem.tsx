import type { AssemblyDocument } from '@shared/schemas/assembly';
import { useLanguage } from '../../i18n/useLanguage';
import { formatSize } from './assemblyTime';

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
