import { useTranslation } from 'react-i18next';
import type { AssemblyView } from '@shared/api/assemblies';
import { useWhenText } from './When';

/** The live room comes in a later step: this place says when it opens, that it is open, or that it closed. */
export function RoomNotice({ view }: { view: AssemblyView }) {
  const { t } = useTranslation();
  const when = useWhenText(view.assembly.referenceTimeZone);
  const { phase, assembly } = view;
  const text =
    phase === 'draft' || phase === 'convened'
      ? t('room.opensAt', { date: when(assembly.opensAt) })
      : phase === 'open'
        ? t('room.open', { date: when(assembly.closesAt) })
        : phase === 'cancelled'
          ? t('room.cancelled')
          : phase === 'minutes_published'
            ? t('room.minutes', { date: when(assembly.closesAt) })
            : t('room.closed', { date: when(assembly.closesAt) });
  return (
    <section className={phase === 'open' ? 'room room--open' : 'room'} aria-labelledby="room-title" data-testid="room">
      <h2 id="room-title">{t('room.title')}</h2>
      <p className="room__state">{text}</p>
      {(phase === 'draft' || phase === 'convened' || phase === 'open') && <p className="hint">{t('room.what')}</p>}
    </section>
  );
}
