import { useTranslation } from 'react-i18next';
import { WorkerFailure } from '../voting/secret/workerJob';

/** What the reader can do about a refused piece of the ceremony, by its problem. */
function advice(failure: unknown): { key: 'wrongKey' | 'badPiece' | 'failed'; trustee?: number } {
  if (!(failure instanceof WorkerFailure) || !failure.problem) return { key: 'failed' };
  // Its own certificate or polynomial not found again from this key: another key was loaded.
  if (failure.problem === 'notAmongCertificates' || failure.problem === 'polynomial') return { key: 'wrongKey' };
  if (failure.trustee !== undefined) return { key: 'badPiece', trustee: failure.trustee };
  return { key: 'failed' };
}

/** A computation that failed in this browser (not a refusal of the server): what to do, and the technical reason. */
export function WorkFailed({ failure }: { failure: unknown }) {
  const { t } = useTranslation();
  const { key, trustee } = advice(failure);
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(`trustees.problem.${key}`, { trustee: trustee ?? 0 })}</p>
      <p>
        <code>{failure instanceof Error ? failure.message : String(failure)}</code>
      </p>
    </div>
  );
}
