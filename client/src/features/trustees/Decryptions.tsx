import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrusteesResponse } from '@shared/api/secretBallots';
import { FormFailure } from '../../ui/form';
import { useRequest } from '../../ui/useRequest';
import { sendPartialDecryption } from './api';
import type { TrusteeKey } from './keyFile';
import { trusteeWork } from './trusteeWork';
import { WorkFailed } from './WorkFailed';

type Decryption = NonNullable<TrusteesResponse['you']>['decryptions'][number];

/**
 * After the close: the tallies waiting for this trustee's share. The browser reads its decryption
 * key back from its own checked shares, computes each share with its proofs, and sends it; the key
 * never leaves the browser.
 */
export function Decryptions({
  decryptions,
  trusteeKey,
  onSent,
}: {
  decryptions: Decryption[];
  trusteeKey: TrusteeKey;
  /** Shares were sent (how many): the page reads what is left to do. */
  onSent: (count: number) => void;
}) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [sent, setSent] = useState(0);
  const send = useRequest();

  const run = async () => {
    setFailed(null);
    let done = 0;
    for (const decryption of decryptions) {
      setProgress({ done, total: decryptions.length });
      let partial: string;
      try {
        partial = await trusteeWork({
          kind: 'share',
          seed: trusteeKey.seed,
          certificates: decryption.certificates,
          voutput: decryption.voutput,
          election: decryption.election,
          encryptedTally: decryption.encryptedTally,
        });
      } catch (error) {
        setFailed(error);
        break;
      }
      const answer = await send.run(() => sendPartialDecryption(decryption.path, { partial }));
      if (!answer) break;
      done += 1;
    }
    setProgress(null);
    setSent(done);
    if (done > 0) onSent(done);
  };

  return (
    <div className="trustee-step" data-testid="decryptions">
      <h3>{t('trustees.decrypt.title')}</h3>
      <p>{t('trustees.decrypt.text')}</p>
      <ul className="plain-list">
        {decryptions.map((decryption) => (
          <li key={decryption.id}>
            {decryption.title}
            {decryption.round && (
              <span className="muted">
                {' · '}
                {t('elections.of', {
                  office: t(`bodies.office.${decryption.round.office}`),
                  body: t(`bodies.body.${decryption.round.body}`),
                })}
                {' · '}
                {t('elections.round', { round: decryption.round.round })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {progress && (
        <div className="secret-progress" role="status" aria-live="polite">
          <p>{t('trustees.decrypt.progress', { done: progress.done + 1, count: progress.total })}</p>
          <progress value={progress.done} max={progress.total} aria-hidden="true" />
        </div>
      )}
      {sent > 0 && !progress && (
        <p className="notice notice--ok" role="status">
          {t('trustees.decrypt.sent', { count: sent })}
        </p>
      )}
      {failed !== null && <WorkFailed failure={failed} />}
      <FormFailure failure={send.failure} />
      <button type="button" className="button" onClick={() => void run()} disabled={progress !== null}>
        {t('trustees.decrypt.button', { count: decryptions.length })}
      </button>
    </div>
  );
}
