import { useTranslation } from 'react-i18next';
import type { CeremonyStep, TrusteesResponse } from '@shared/api/secretBallots';
import { officeLabel } from './officeLabel';

const steps: Exclude<CeremonyStep, 'done'>[] = ['certificate', 'polynomial', 'voutput'];

/** Each trustee and how far it went in making the key, step by step. */
export function TrusteesList({ trustees }: { trustees: TrusteesResponse }) {
  const { t } = useTranslation();
  return (
    <ol className="trustee-list" data-testid="trustees">
      {trustees.trustees.map((trustee) => {
        const done = steps.filter((step) => trustee.done.includes(step)).length;
        return (
          <li key={trustee.position} className="trustee-list__item">
            <div>
              <strong>{trustee.name}</strong>
              {trustee.office && <span className="muted"> · {officeLabel(trustee.office, t)}</span>}
              {trustees.you?.position === trustee.position && (
                <span className="badge badge--role">{t('trustees.you')}</span>
              )}
            </div>
            <div className="trustee-list__progress">
              <progress value={done} max={steps.length} aria-hidden="true" />
              <span>
                {done === steps.length ? t('trustees.allSteps') : t('trustees.steps', { done, total: steps.length })}
              </span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
