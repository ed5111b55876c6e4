import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssemblyView } from '@shared/api/assemblies';
import type { MotionsResponse } from '@shared/api/voting';
import type { Attendance } from '@shared/events';
import { quorumApplies } from '@shared/rules/quorum';
import { useApiQuery } from '../../api/useApiQuery';
import { LoadError } from '../../ui/QueryStatus';
import { fetchMotions } from './api';
import { MotionCard } from './MotionCard';
import { OpenMotionForm } from './OpenMotionForm';

interface Props {
  view: AssemblyView;
  itemId: string;
  /** Changes when the room says votes changed: read them again. */
  motionsVersion: number;
  live: boolean;
  table: boolean;
  /** The room's live figures, newer than those read with the motions. */
  attendance: Attendance | null;
  /** This person cast votes (the room's banner reads what still waits). */
  onVoted?: () => void;
}

/** The votes of one agenda item, above its discussion: the quorum meter, each motion, and the Table's form. */
export function ItemVotes({ view, itemId, motionsVersion, live, table, attendance, onVoted }: Props) {
  const { t } = useTranslation();
  const assemblyId = view.assembly.id;
  const { state, reload } = useApiQuery(`motions:${assemblyId}`, (signal) => fetchMotions(assemblyId, signal));
  useEffect(() => {
    if (motionsVersion > 0) reload();
  }, [motionsVersion, reload]);

  const item = view.assembly.agenda.find((candidate) => candidate.id === itemId);
  if (!item) return null;
  if (state.status === 'error') return <LoadError failure={state.failure} onRetry={reload} />;
  if (state.status !== 'ready') return null;
  const voting: MotionsResponse = state.data;
  const motions = voting.motions.filter((entry) => entry.motion.itemId === itemId);
  const showQuorum =
    motions.some((entry) => quorumApplies(entry.motion.kind) && !entry.tally) ||
    (live && motions.length === 0 && (item.kind === 'statute_change' || item.kind === 'rules_change'));
  if (motions.length === 0 && !(table && live)) return null;

  return (
    <section className="votes" aria-labelledby={`votes-${itemId}`}>
      <h4 id={`votes-${itemId}`} className="votes__title">
        {t('votes.title')}
      </h4>
      {showQuorum && <QuorumMeter presence={attendance ?? voting.presence} />}
      {motions.map((entry) => (
        <MotionCard
          key={entry.motion.id}
          assemblyId={assemblyId}
          table={table}
          entry={entry}
          castable={voting.castable}
          live={live}
          presence={attendance ?? voting.presence}
          onCast={() => {
            reload();
            onVoted?.();
          }}
        />
      ))}
      {table && live && (
        <OpenMotionForm assemblyId={assemblyId} item={item} agenda={view.assembly.agenda} onOpened={reload} />
      )}
    </section>
  );
}

/** R.7: present and represented against the two thirds a statute or rules change needs, live. */
export function QuorumMeter({ presence }: { presence: Attendance }) {
  const { t } = useTranslation();
  const reached = presence.present + presence.represented;
  return (
    <div className={`quorum ${reached >= presence.required ? 'quorum--reached' : ''}`} data-testid="quorum">
      <label htmlFor="quorum-meter">{t('votes.quorumLabel')}</label>
      <meter
        id="quorum-meter"
        min={0}
        max={presence.votingMembers}
        low={presence.required}
        optimum={presence.votingMembers}
        value={reached}
      />
      <p>
        {t('votes.quorumFigures', {
          present: presence.present,
          represented: presence.represented,
          total: reached,
          required: presence.required,
          voting: presence.votingMembers,
        })}{' '}
        <strong>
          {reached >= presence.required
            ? t('votes.quorumReached')
            : t('votes.quorumMissing', { count: presence.required - reached })}
        </strong>
      </p>
    </div>
  );
}
