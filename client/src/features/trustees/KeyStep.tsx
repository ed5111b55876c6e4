import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrusteesResponse } from '@shared/api/secretBallots';
import { FormFailure } from '../../ui/form';
import { useRequest } from '../../ui/useRequest';
import { sendCeremonyStep } from './api';
import type { TrusteeKey } from './keyFile';
import { trusteeWork } from './trusteeWork';
import { WorkFailed } from './WorkFailed';

type Todo = Extract<NonNullable<NonNullable<TrusteesResponse['you']>['todo']>, { step: 'polynomial' | 'voutput' }>;

/** Steps 2 and 3: with the loaded key, the browser computes the piece the server asks for, then sends it. */
export function KeyStep({
  assemblyId,
  todo,
  trusteeKey,
  onChange,
}: {
  assemblyId: string;
  todo: Todo;
  trusteeKey: TrusteeKey;
  onChange: (trustees: TrusteesResponse) => void;
}) {
  const { t } = useTranslation();
  const [computing, setComputing] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const send = useRequest();
  const number = todo.step === 'polynomial' ? 2 : 3;

  const run = async () => {
    setFailed(null);
    setComputing(true);
    let piece: string;
    try {
      piece = await trusteeWork(
        todo.step === 'polynomial'
          ? { kind: 'polynomial', seed: trusteeKey.seed, certificates: todo.certificates, threshold: todo.threshold }
          : { kind: 'voutput', seed: trusteeKey.seed, certificates: todo.certificates, vinput: todo.vinput },
      );
    } catch (error) {
      return setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setComputing(false);
    }
    const answer = await send.run(() => sendCeremonyStep(assemblyId, { step: todo.step, piece }));
    if (answer) onChange(answer);
  };
  const busy = computing || send.pending;

  return (
    <div className="trustee-step">
      <h3>{t(`trustees.step${number}.title`)}</h3>
      <p>{t(`trustees.step${number}.text`)}</p>
      {busy && (
        <div className="secret-progress" role="status">
          <p>{computing ? t('trustees.working') : t('form.sending')}</p>
          <progress aria-hidden="true" />
        </div>
      )}
      {failed && <WorkFailed reason={failed} />}
      <FormFailure failure={send.failure} />
      <button
        type="button"
        className="button"
        onClick={() => void run()}
        aria-disabled={busy || undefined}
        disabled={busy}
      >
        {t('trustees.computeAndSend')}
      </button>
    </div>
  );
}
