import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/useApiQuery';
import { FormFailure } from '../../ui/form';
import { LoadError } from '../../ui/QueryStatus';
import { useRequest } from '../../ui/useRequest';
import { closeElectionRound, fetchElections, openElection } from './api';
import { ElectionCard } from './ElectionCard';

/** The elections held on an agenda item: the Table opens each office and closes round one; members vote in secret. */
export function ItemElections({
  assemblyId,
  itemId,
  motionsVersion,
  live,
  table,
  onVoted,
}: {
  assemblyId: string;
  itemId: string;
  motionsVersion: number;
  live: boolean;
  table: boolean;
  /** Ballots were cast here: the votes waiting for the person are read again. */
  onVoted: () => void;
}) {
  const { t } = useTranslation();
  const { state, reload } = useApiQuery(`elections:${assemblyId}`, (signal) => fetchElections(assemblyId, signal));
  const { failure, run } = useRequest();
  useEffect(() => {
    if (motionsVersion > 0) reload();
  }, [motionsVersion, reload]);
  if (state.status === 'error') return <LoadError failure={state.failure} onRetry={reload} />;
  if (state.status !== 'ready') return null;
  const voting = state.data;
  const here = voting.elections.filter((entry) => entry.election.itemId === itemId);
  const names = new Map(voting.candidacies.map((candidacy) => [candidacy.memberNo, candidacy.organisation]));
  const opened = new Set(voting.elections.map((entry) => `${entry.election.body}:${entry.election.office}`));
  const seats = [
    ...new Map(
      voting.candidacies
        .filter((candidacy) => !candidacy.withdrawnAt)
        .map((candidacy) => [`${candidacy.body}:${candidacy.office}`, candidacy]),
    ).values(),
  ].filter((candidacy) => !opened.has(`${candidacy.body}:${candidacy.office}`));
  const act = (action: () => Promise<unknown>) =>
    run(async () => {
      await action();
      reload();
    });

  return (
    <section className="votes" aria-labelledby={`elections-${itemId}`}>
      <h4 id={`elections-${itemId}`} className="votes__title">
        {t('elections.title')}
      </h4>
      {here.length === 0 && !(table && live) && <p className="hint">{t('elections.notOpened')}</p>}
      {here.map((entry) => (
        <ElectionCard
          key={entry.election.id}
          assemblyId={assemblyId}
          entry={entry}
          names={names}
          castable={voting.castable}
          live={live}
          table={table}
          onChanged={() => {
            reload();
            onVoted();
          }}
          onClose={() => void act(() => closeElectionRound(assemblyId, entry.election.id))}
        />
      ))}
      {table && live && seats.length > 0 && (
        <div className="toolbar">
          {seats.map((seat) => (
            <button
              key={`${seat.body}:${seat.office}`}
              type="button"
              className="button button--secondary"
              onClick={() => void act(() => openElection(assemblyId, { itemId, body: seat.body, office: seat.office }))}
            >
              {t('elections.open', { office: t(`bodies.office.${seat.office}`), body: t(`bodies.body.${seat.body}`) })}
            </button>
          ))}
        </div>
      )}
      {failure && <FormFailure failure={failure} />}
    </section>
  );
}
