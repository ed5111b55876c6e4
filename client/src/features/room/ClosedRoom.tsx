import { useTranslation } from 'react-i18next';
import type { AssemblyView } from '@shared/api/assemblies';
import { useApiQuery } from '../../api/useApiQuery';
import { fetchMotions } from '../voting/api';

/**
 * A room that has closed: what was decided, and whether the minutes are still to come, instead of
 * a connection state and a count of who is here (nobody is, any more).
 */
export function ClosedRoom({ view }: { view: AssemblyView }) {
  const { t } = useTranslation();
  const { assembly, phase } = view;
  const { state } = useApiQuery(`motions:${assembly.id}`, (signal) => fetchMotions(assembly.id, signal));
  const motions = state.status === 'ready' ? state.data.motions : null;
  return (
    <section className="closed-room" aria-labelledby="closed-room-title" data-testid="closed-room">
      <h3 id="closed-room-title">{t('liveRoom.closed.title')}</h3>
      <p>{t('liveRoom.closed.intro')}</p>
      {motions && motions.length === 0 && <p className="hint">{t('liveRoom.closed.none')}</p>}
      {motions && motions.length > 0 && (
        <ul className="closed-room__results">
          {motions.map(({ motion, tally }) => (
            <li key={motion.id} className={tally ? `closed-room__result result--${tally.result.outcome}` : undefined}>
              <span className="closed-room__motion">{motion.title}</span>{' '}
              {tally ? (
                <>
                  <strong>{t(`votes.outcome.${tally.result.outcome}`)}</strong>{' '}
                  <span className="closed-room__counts">
                    ({t('votes.choice.for')} {tally.result.counts.for} · {t('votes.choice.against')}{' '}
                    {tally.result.counts.against} · {t('votes.choice.abstain')} {tally.result.counts.abstain})
                  </span>
                </>
              ) : (
                <span className="muted">{t('liveRoom.closed.counting')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {/* Once published, the minutes are the first thing the page offers, above. */}
      {phase !== 'minutes_published' && <p className="hint">{t('liveRoom.closed.minutesPending')}</p>}
    </section>
  );
}
