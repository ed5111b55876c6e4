import { useTranslation } from 'react-i18next';
import type { AssemblyPhase } from '@shared/rules/assemblies';

/** Where an assembly stands, as a coloured word (the colour is never the only sign). */
export function PhaseBadge({ phase }: { phase: AssemblyPhase }) {
  const { t } = useTranslation();
  return <span className={`badge badge--phase-${phase}`}>{t(`assemblyPhase.${phase}`)}</span>;
}
