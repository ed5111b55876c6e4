import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/field';
import { onSubmit } from '../../ui/form';
import { readKeyFile, type KeyProblem, type TrusteeKey } from './keyFile';
import { canKeepInBrowser, keyVault } from './keyVault';

/**
 * Loads this trustee's key: from this browser with its passphrase, or from the key file. Says
 * plainly what is wrong: a wrong passphrase, a file that is not a key, another assembly's or
 * another trustee's key.
 */
export function KeyLoader({
  expected,
  onKey,
}: {
  expected: Pick<TrusteeKey, 'assemblyId' | 'position'>;
  onKey: (key: TrusteeKey) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const kept = canKeepInBrowser() && keyVault.has(expected);
  const [passphrase, setPassphrase] = useState('');
  // Kept as what went wrong, worded at each render (the language may change meanwhile).
  const [problem, setProblem] = useState<KeyProblem | { problem: 'wrong_passphrase' } | null>(null);
  const [opening, setOpening] = useState(false);

  const unlock = async () => {
    setOpening(true);
    setProblem(null);
    const key = await keyVault.open(expected, passphrase).finally(() => setOpening(false));
    if (key) onKey(key);
    else setProblem({ problem: 'wrong_passphrase' });
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    const read = readKeyFile(await file.text(), expected);
    if ('key' in read) return onKey(read.key);
    setProblem(read);
  };
  const problemText =
    problem === null
      ? null
      : problem.problem === 'other_trustee'
        ? t('trustees.key.otherTrustee', { position: problem.position, yours: expected.position })
        : t(
            `trustees.key.${problem.problem === 'other_assembly' ? 'otherAssembly' : problem.problem === 'wrong_passphrase' ? 'wrongPassphrase' : 'notAKey'}`,
          );

  return (
    <div className="key-loader" data-testid="key-loader">
      <h3>{t('trustees.key.load')}</h3>
      {kept && (
        <form className="key-loader__unlock" noValidate onSubmit={onSubmit(() => void unlock())}>
          <TextField
            id={`${id}-passphrase`}
            label={t('trustees.key.passphrase')}
            hint={t('trustees.key.keptHere')}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={setPassphrase}
          />
          <button type="submit" className="button" disabled={opening || passphrase === ''}>
            {opening ? t('trustees.key.unlocking') : t('trustees.key.unlock')}
          </button>
        </form>
      )}
      <div className="field">
        <label htmlFor={`${id}-file`}>{kept ? t('trustees.key.orFile') : t('trustees.key.file')}</label>
        <input
          id={`${id}-file`}
          className="input input--file"
          type="file"
          accept=".key,application/json"
          onChange={(event) => void readFile(event.target.files?.[0])}
        />
      </div>
      {problemText && (
        <p className="notice notice--error" role="alert">
          {problemText}
        </p>
      )}
    </div>
  );
}
