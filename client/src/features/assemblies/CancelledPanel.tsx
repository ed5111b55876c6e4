import { useTranslation } from 'react-i18next';
import type { AssemblyView } from '@shared/api/assemblies';
import { useWhenText } from './When';

/** Who cancelled the assembly, when, and why. */
export function CancelledPanel({ view }: { view: AssemblyView }) {
  const { t } = useTranslation();
  const when = useWhenText(view.assembly.referenceTimeZone);
  const cancelled = view.assembly.cancelled;
  if (!cancelled) return null;
  return (
    <section className="panel panel--error" aria-labelledby="cancelled-title">
      <h2 id="cancelled-title" className="panel__title">
        {t('assembly.cancelledTitle')}
      </h2>
      <p>{t('assembly.cancelledBy', { date: when(cancelled.at), name: cancelled.by })}</p>
      <p className="prose-text">{cancelled.reason}</p>
    </section>
  );
}
