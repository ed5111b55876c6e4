import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrusteesResponse } from '@shared/api/secretBallots';
import { Decryptions } from './Decryptions';
import type { TrusteeKey } from './keyFile';
import { KeyLoader } from './KeyLoader';
import { KeyStep } from './KeyStep';
import { MakeKey } from './MakeKey';

/** What this trustee must do now: make its key, the next step with it, or its shares of closed votes; else wait. */
export function YourPart({
  assemblyId,
  trustees,
  you,
  onChange,
  onReload,
}: {
  assemblyId: string;
  trustees: TrusteesResponse;
  you: NonNullable<TrusteesResponse['you']>;
  onChange: (trustees: TrusteesResponse) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  // The key, once loaded, stays in this page's memory for the next steps: never sent, never stored unasked.
  const [trusteeKey, setTrusteeKey] = useState<TrusteeKey | null>(null);
  // Said once the shares are sent, after the list of tallies waiting for them has gone.
  const [sharesSent, setSharesSent] = useState(0);
  const { todo, decryptions, position } = you;
  const mine = trustees.trustees.find((trustee) => trustee.position === position);
  const allDone = mine?.done.includes('voutput') ?? false;
  const needsKey = (todo !== null && todo.step !== 'certificate') || decryptions.length > 0;
  // What the key is wanted for: the next step of the ceremony, else the shares of the closed votes.
  const keyFor = todo?.step === 'polynomial' ? 'step2' : todo?.step === 'voutput' ? 'step3' : 'decrypt';

  return (
    <section className="trustee-part" aria-labelledby="trustee-part" data-testid="trustee-part">
      <h2 id="trustee-part">{t('trustees.part', { position })}</h2>
      {todo?.step === 'certificate' && (
        <MakeKey assemblyId={assemblyId} position={position} onKey={setTrusteeKey} onChange={onChange} />
      )}
      {needsKey && !trusteeKey && (
        <>
          {/* What the key is wanted for, before the way to load it. */}
          <div className="trustee-step">
            <h3>{t(`trustees.${keyFor}.title`)}</h3>
            <p>{t(`trustees.${keyFor}.text`)}</p>
          </div>
          <KeyLoader expected={{ assemblyId, position }} onKey={setTrusteeKey} />
        </>
      )}
      {trusteeKey && todo && todo.step !== 'certificate' && (
        <KeyStep key={todo.step} assemblyId={assemblyId} todo={todo} trusteeKey={trusteeKey} onChange={onChange} />
      )}
      {trusteeKey && decryptions.length > 0 && (
        <Decryptions
          decryptions={decryptions}
          trusteeKey={trusteeKey}
          onSent={(count) => {
            setSharesSent((sent) => sent + count);
            onReload();
          }}
        />
      )}
      {sharesSent > 0 && decryptions.length === 0 && (
        <p className="notice notice--ok" role="status">
          {t('trustees.decrypt.sent', { count: sharesSent })}
        </p>
      )}
      {todo === null && decryptions.length === 0 && sharesSent === 0 && (
        <p className="notice notice--ok" role="status">
          {allDone ? (trustees.ready ? t('trustees.doneReady') : t('trustees.doneWait')) : t('trustees.waitTurn')}
        </p>
      )}
    </section>
  );
}
