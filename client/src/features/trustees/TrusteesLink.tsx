import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { fetchTrustees } from './api';

/**
 * On the assembly page: the way to the trustees of its secret votes, for the Table and for each
 * trustee, said louder when a trustee has something to do there.
 */
export function TrusteesLink({ assemblyId, table }: { assemblyId: string; table: boolean }) {
  const { t } = useTranslation();
  const { state } = useApiQuery(`trustees:${assemblyId}`, (signal) => fetchTrustees(assemblyId, signal));
  const you = state.status === 'ready' ? state.data.you : null;
  const waiting = you !== null && (you.todo !== null || you.decryptions.length > 0);
  if (!table && you === null) return null;
  return (
    <p className={waiting ? 'notice notice--info trustees-link' : 'trustees-link'}>
      <Link className={waiting ? 'button' : 'button button--secondary'} to={paths.trustees(assemblyId)}>
        {waiting ? t('trustees.linkTodo') : t('trustees.link')}
      </Link>
    </p>
  );
}
