import { useTranslation } from 'react-i18next';

/** A computation that failed in this browser (not a refusal of the server): what to do, and the technical reason. */
export function WorkFailed({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('trustees.failed')}</p>
      <p>
        <code>{reason}</code>
      </p>
    </div>
  );
}
