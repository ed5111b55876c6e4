import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssemblyView } from '@shared/api/assemblies';
import { FormFailure } from '../../ui/form';
import { useRequest } from '../../ui/useRequest';
import { addAgendaItem } from './api';
import { assemblyFailureText } from './failures';

/**
 * What the statutes ask this assembly to deal with and the agenda lacks (S.6 yearly items, S.11
 * admissions and exclusions), each added in one click.
 */
export function Proposals({ view, onView }: { view: AssemblyView; onView: (view: AssemblyView) => void }) {
  const { t } = useTranslation();
  const { pending, failure, run } = useRequest();
  const [adding, setAdding] = useState<number | null>(null);
  const proposals = view.proposals ?? [];
  if (proposals.length === 0) return null;

  const add = async (index: number) => {
    const proposal = proposals[index];
    if (!proposal || pending) return;
    setAdding(index);
    await run(async () => onView(await addAgendaItem(view.assembly.id, proposal.item)));
  };

  return (
    <section className="panel panel--info proposals" aria-labelledby="proposals-title">
      <h3 id="proposals-title" className="panel__title">
        {t('proposals.title')}
      </h3>
      <p className="hint">{t('proposals.intro')}</p>
      {failure && <FormFailure failure={failure} message={assemblyFailureText(failure, t)} />}
      <ul className="plain-list">
        {proposals.map((proposal, index) => (
          <li key={`${proposal.reason}-${proposal.item.title}`} className="proposal">
            <div className="proposal__text">
              <strong>{proposal.item.title}</strong>{' '}
              <span className="badge badge--agenda">{t(`agendaKind.${proposal.item.kind}`)}</span>
              <span className="facts__block hint">{t(`proposals.reason.${proposal.reason}`)}</span>
              {proposal.item.description && (
                <span className="facts__block prose-text">{proposal.item.description}</span>
              )}
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={pending}
              onClick={() => void add(index)}
            >
              {pending && adding === index ? t('form.saving') : t('proposals.add')}
              <span className="visually-hidden"> {proposal.item.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
