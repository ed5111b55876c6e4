import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TrusteesResponse } from '@shared/api/secretBallots';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { Page } from '../../ui/Page';
import { QueryResult } from '../../ui/QueryStatus';
import { useCan } from '../auth/session';
import { fetchTrustees } from './api';
import { TrusteesForm } from './TrusteesForm';
import { TrusteesList } from './TrusteesList';
import { YourPart } from './YourPart';

/** How often a trustee's page asks again while it waits for the others to finish a step of the key. */
const WAITING_REFRESH_MS = 5_000;

/**
 * The trustees of an assembly's secret votes: the Table sees their progress and chooses them (until
 * one has started); a trustee makes its part of the key here, and after the close gives its shares.
 */
export function TrusteesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery(`trustees:${id}`, (signal) => fetchTrustees(id, signal));
  return (
    <Page
      title={t('trustees.title')}
      width="medium"
      back={{ to: paths.assembly(id), label: t('trustees.back') }}
      intro={t('trustees.intro')}
    >
      <QueryResult query={query}>
        {(trustees) => (
          <Trustees assemblyId={id} trustees={trustees} onChange={query.replace} onReload={query.reload} />
        )}
      </QueryResult>
    </Page>
  );
}

function Trustees({
  assemblyId,
  trustees,
  onChange,
  onReload,
}: {
  assemblyId: string;
  trustees: TrusteesResponse;
  onChange: (trustees: TrusteesResponse) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const isTable = useCan('assembly.convene');
  const started = trustees.trustees.some((trustee) => trustee.done.length > 0);
  // A trustee waiting for the others sees its turn come without reloading (an e-mail tells it too).
  const waiting = trustees.you !== null && trustees.you.todo === null && !trustees.ready;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(onReload, WAITING_REFRESH_MS);
    return () => clearInterval(timer);
  }, [waiting, onReload]);
  return (
    <div className="trustees">
      {trustees.you && (
        <YourPart
          assemblyId={assemblyId}
          trustees={trustees}
          you={trustees.you}
          onChange={onChange}
          onReload={onReload}
        />
      )}
      <section aria-labelledby="trustees-list">
        <h2 id="trustees-list">
          {t('trustees.listTitle', { threshold: trustees.threshold, count: trustees.trustees.length })}
        </h2>
        <p className={trustees.ready ? 'notice notice--ok' : 'notice notice--info'} role="status">
          {trustees.ready ? t('trustees.ready') : t('trustees.notReady')}
        </p>
        <TrusteesList trustees={trustees} />
      </section>
      {isTable &&
        (started ? (
          <p className="hint">{trustees.ready ? t('trustees.lockedReady') : t('trustees.locked')}</p>
        ) : (
          <TrusteesForm assemblyId={assemblyId} trustees={trustees} onChange={onChange} />
        ))}
    </div>
  );
}
