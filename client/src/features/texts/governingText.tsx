import { useTranslation } from 'react-i18next';
import { togetherStatutes } from '@shared/statutes';
import type { TextVersionSummary } from '@shared/schemas/texts';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDayIn } from '../assemblies/assemblyTime';

/** A day as the network counts it: in its reference zone, so version 0 reads 4 November 2013 everywhere. */
export function useDayText(): (iso: string) => string {
  const language = useLanguage();
  return (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : formatDayIn(date, language, togetherStatutes.referenceTimeZone);
  };
}

/** Who adopted a version and when: the founding assembly for version 0, else the assembly and its motion. */
export function Adoption({ version }: { version: TextVersionSummary }) {
  const { t } = useTranslation();
  const day = useDayText();
  return (
    <span>
      {version.number === 0 || !version.assemblyTitle
        ? t('texts.founding', { date: day(version.adoptedAt) })
        : t('texts.adoptedBy', {
            date: day(version.adoptedAt),
            assembly: version.assemblyTitle,
            motion: version.motionTitle ?? '',
          })}
    </span>
  );
}

/** A governing text as written: one paragraph a line, the article headings standing out. It is French. */
export function TextBody({ content }: { content: string }) {
  const paragraphs = content.split(/\r?\n/).filter((line) => line.trim() !== '');
  return (
    <div className="governing-text" lang="fr">
      {paragraphs.map((paragraph, index) =>
        /^Article\s+\d+/.test(paragraph) ? (
          <p key={index} className="governing-text__article">
            <strong>{paragraph}</strong>
          </p>
        ) : (
          <p key={index}>{paragraph}</p>
        ),
      )}
    </div>
  );
}
