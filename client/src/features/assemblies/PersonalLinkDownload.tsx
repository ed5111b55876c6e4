import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { AssemblyView } from '@shared/api/assemblies';
import { documentUrl } from './api';

/** A convocation's document link (`#document=...`) lands here: the download starts, with a way to start it again. */
export function PersonalLinkDownload({ view }: { view: AssemblyView }) {
  const { t } = useTranslation();
  const location = useLocation();
  const wanted = (location.state as { document?: unknown } | null)?.document;
  const documentId = typeof wanted === 'string' ? wanted : null;
  const file = view.documents.find((candidate) => candidate.id === documentId) ?? null;
  const started = useRef(false);
  useEffect(() => {
    if (!file || started.current) return;
    started.current = true;
    window.location.assign(documentUrl(view.assembly.id, file.id)); // an attachment: the page stays
  }, [file, view.assembly.id]);
  if (!file) return null;
  return (
    <p className="notice notice--info notice--block" role="status">
      {t('join.downloading', { name: file.name })}{' '}
      <a href={documentUrl(view.assembly.id, file.id)} download={file.name}>
        {t('join.downloadAgain')}
      </a>
    </p>
  );
}
