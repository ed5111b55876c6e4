import { useTranslation } from 'react-i18next';
import type { ExclusionView } from '@shared/api/membership';
import { formatInstant } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useTimeZone } from '../../i18n/useTimeZone';

/** An exclusion the Direction proposed (S.11): its ground, the reasons the member received, and from when an assembly may decide. */
export function ExclusionSummary({ exclusion }: { exclusion: ExclusionView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  return (
    <dl className="facts">
      <div>
        <dt>{t('exclusions.ground')}</dt>
        <dd>{t(`exclusions.grounds.${exclusion.ground}`)}</dd>
      </div>
      <div>
        <dt>{t('exclusions.reasons')}</dt>
        <dd className="prose-text">{exclusion.reasons}</dd>
      </div>
      <div>
        <dt>{t('exclusions.proposed')}</dt>
        <dd>
          {t('exclusions.atBy', {
            date: formatInstant(exclusion.proposedAt, language, timeZone),
            name: exclusion.proposedBy,
          })}
        </dd>
      </div>
      <div>
        <dt>{t('exclusions.earliest')}</dt>
        <dd>
          <strong>{formatInstant(exclusion.earliestDecisionAt, language, timeZone)}</strong>
          <span className="facts__block hint">{t('exclusions.earliestHint')}</span>
        </dd>
      </div>
    </dl>
  );
}
