import { useTranslation } from 'react-i18next';
import type { SecretCastStage } from './useSecretCast';

/** The encryption of a person's secret ballots as it goes, with a way to stop it before anything is sent. */
export function SecretCastProgress({ stage, onCancel }: { stage: SecretCastStage; onCancel: () => void }) {
  const { t } = useTranslation();
  const label =
    stage.stage === 'preparing'
      ? t('secretBallots.preparing')
      : stage.stage === 'sending'
        ? t('secretBallots.sending')
        : t('secretBallots.encrypting', { done: stage.done, count: stage.total });
  return (
    <div className="secret-progress" role="status" aria-live="polite" data-testid="secret-progress">
      <p>{label}</p>
      <progress
        value={stage.stage === 'encrypting' ? stage.done : stage.stage === 'sending' ? 1 : undefined}
        max={stage.stage === 'encrypting' ? stage.total : 1}
        aria-label={label}
      />
      {stage.stage !== 'sending' && (
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t('secretBallots.stop')}
        </button>
      )}
    </div>
  );
}
