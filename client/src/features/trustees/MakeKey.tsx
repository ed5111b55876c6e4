import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrusteesResponse } from '@shared/api/secretBallots';
import { newTrusteeSeed } from '@shared/belenios/trustees';
import { TextField } from '../../ui/field';
import { FormFailure, onSubmit } from '../../ui/form';
import { useRequest } from '../../ui/useRequest';
import { sendCeremonyStep } from './api';
import { keyFileName, keyFileText, type TrusteeKey } from './keyFile';
import { canKeepInBrowser, keyVault } from './keyVault';
import { trusteeWork } from './trusteeWork';
import { WorkFailed } from './WorkFailed';

const MIN_PASSPHRASE = 8;

/**
 * Step 1: the browser makes the trustee's key, offers it as a file (and, with a passphrase, keeps
 * it here too), then sends only its public certificate.
 */
export function MakeKey({
  assemblyId,
  position,
  onKey,
  onChange,
}: {
  assemblyId: string;
  position: number;
  onKey: (key: TrusteeKey) => void;
  onChange: (trustees: TrusteesResponse) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [made, setMade] = useState<{ key: TrusteeKey; certificate: string } | null>(null);
  const [making, setMaking] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const [saved, setSaved] = useState<{ file: boolean; browser: boolean }>({ file: false, browser: false });
  const [passphrase, setPassphrase] = useState('');
  const [passphraseShort, setPassphraseShort] = useState(false);
  const send = useRequest();

  const make = async () => {
    setMaking(true);
    setFailed(null);
    try {
      const key = { assemblyId, position, seed: newTrusteeSeed() };
      const certificate = await trusteeWork({ kind: 'certificate', seed: key.seed });
      setMade({ key, certificate });
      onKey(key);
    } catch (error) {
      setFailed(error);
    } finally {
      setMaking(false);
    }
  };
  const keepHere = async () => {
    if (!made) return;
    setPassphraseShort(passphrase.length < MIN_PASSPHRASE);
    if (passphrase.length < MIN_PASSPHRASE) return;
    await keyVault.keep(made.key, passphrase);
    setSaved((was) => ({ ...was, browser: true }));
  };

  if (!made)
    return (
      <div className="trustee-step">
        <h3>{t('trustees.step1.title')}</h3>
        <p>{t('trustees.step1.text')}</p>
        <button type="button" className="button" onClick={() => void make()} aria-disabled={making || undefined}>
          {making ? t('trustees.working') : t('trustees.step1.make')}
        </button>
        {failed !== null && <WorkFailed failure={failed} />}
      </div>
    );

  return (
    <div className="trustee-step">
      <h3>{t('trustees.step1.title')}</h3>
      <p className="notice notice--warning">{t('trustees.step1.keep')}</p>
      <p>
        <a
          className="button button--secondary"
          href={`data:application/json;charset=utf-8,${encodeURIComponent(keyFileText(made.key))}`}
          download={keyFileName(made.key)}
          onClick={() => setSaved((was) => ({ ...was, file: true }))}
        >
          {t('trustees.step1.download')}
        </a>
      </p>
      <p className="hint trustee-file">
        {t('trustees.step1.fileName')} <code>{keyFileName(made.key)}</code>
      </p>
      {canKeepInBrowser() &&
        (saved.browser ? (
          <p className="notice notice--ok" role="status">
            {t('trustees.step1.keptHere')}
          </p>
        ) : (
          <form className="trustee-keep" noValidate onSubmit={onSubmit(() => void keepHere())}>
            <TextField
              id={`${id}-passphrase`}
              label={t('trustees.step1.keepHere')}
              hint={t('trustees.key.passphraseHint', { count: MIN_PASSPHRASE })}
              error={passphraseShort ? t('trustees.key.passphraseShort', { count: MIN_PASSPHRASE }) : undefined}
              type="password"
              autoComplete="new-password"
              optional
              value={passphrase}
              onChange={setPassphrase}
            />
            <button type="submit" className="button button--secondary">
              {t('trustees.step1.keepButton')}
            </button>
          </form>
        ))}
      <FormFailure failure={send.failure} />
      <p>
        <button
          type="button"
          className="button"
          disabled={!saved.file && !saved.browser}
          aria-disabled={send.pending || undefined}
          onClick={() =>
            void send
              .run(() => sendCeremonyStep(assemblyId, { step: 'certificate', piece: made.certificate }))
              .then((answer) => answer && onChange(answer))
          }
        >
          {send.pending ? t('form.sending') : t('trustees.step1.send')}
        </button>
      </p>
      {!saved.file && !saved.browser && <p className="hint">{t('trustees.step1.keepFirst')}</p>}
    </div>
  );
}
