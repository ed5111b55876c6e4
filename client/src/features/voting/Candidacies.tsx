import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ElectionsResponse } from '@shared/api/voting';
import type { Actor } from '@shared/rules/permissions';
import type { Body, Office } from '@shared/schemas/body';
import { bodies, offices } from '@shared/vocabulary';
import { lazySchema, usePreloadedSchema } from '../../ui/lazySchema';
import { useApiQuery } from '../../api/useApiQuery';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { useDisclosure } from '../../ui/disclosure';
import { LoadError } from '../../ui/QueryStatus';
import { useRequest } from '../../ui/useRequest';
import { useWhenText } from '../assemblies/When';
import { fetchElections, fileCandidacy, withdrawCandidacy } from './api';

/**
 * R.5, S.5: who stands for which office at this extraordinary assembly, until the eve; the
 * continental spread of the candidates; standing one's member, and withdrawing.
 */
export default function Candidacies({ view, actor, table }: { view: AssemblyView; actor: Actor; table: boolean }) {
  const { t } = useTranslation();
  const when = useWhenText(view.assembly.referenceTimeZone);
  const assemblyId = view.assembly.id;
  const { state, reload } = useApiQuery(`elections:${assemblyId}`, (signal) => fetchElections(assemblyId, signal));
  const { failure, run } = useRequest();
  if (state.status === 'error') return <LoadError failure={state.failure} onRetry={reload} />;
  if (state.status !== 'ready') return null;
  const elections: ElectionsResponse = state.data;
  const open = Date.parse(elections.deadline) > Date.now() && (view.phase === 'convened' || view.phase === 'draft');
  const mine = new Set(actor.represents.map((member) => member.memberNo));
  const standing = elections.candidacies.filter((candidacy) => !candidacy.withdrawnAt);

  const withdraw = (id: string) =>
    run(async () => {
      await withdrawCandidacy(assemblyId, id);
      reload();
    });

  return (
    <section className="panel candidacies" aria-labelledby="candidacies-title" data-testid="candidacies">
      <h2 id="candidacies-title" className="panel__title">
        {t('elections.candidacies')}
      </h2>
      <p className="hint">
        {open
          ? t('elections.deadline', { date: when(elections.deadline) })
          : t('elections.closed', { date: when(elections.deadline) })}
      </p>
      {standing.length === 0 && <p>{t('elections.noCandidacy')}</p>}
      {bodies.map((body) => {
        const ofBody = standing.filter((candidacy) => candidacy.body === body);
        if (ofBody.length === 0) return null;
        return (
          <div key={body}>
            <h3>{t(`bodies.body.${body}`)}</h3>
            <ul className="plain-list">
              {ofBody.map((candidacy) => (
                <li key={candidacy.id} data-testid="candidacy">
                  <strong>{t(`bodies.office.${candidacy.office}`)}</strong>: {candidacy.organisation} (
                  {candidacy.person}) — {t(`continent.${candidacy.continent as 'Europe'}`)}{' '}
                  {open && (mine.has(candidacy.memberNo) || table) && (
                    <button type="button" className="message__action" onClick={() => void withdraw(candidacy.id)}>
                      {t('elections.withdraw')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {elections.balance.total > 0 && (
        <p className="hint">
          {t('bodies.balance')}{' '}
          {Object.entries(elections.balance.byContinent)
            .map(([continent, count]) =>
              t('bodies.balanceEntry', { continent: t(`continent.${continent as 'Europe'}`), count }),
            )
            .join(', ')}
        </p>
      )}
      {failure && <FormFailure failure={failure} />}
      {open && actor.represents.length > 0 && <StandForm assemblyId={assemblyId} actor={actor} onFiled={reload} />}
    </section>
  );
}

// The candidacy's check (zod with it) comes when the person starts on the form, not with the page.
const fileCandidacyInput = lazySchema(() =>
  import('@shared/schemas/election').then((schemas) => schemas.fileCandidacyInputSchema),
);

function StandForm({ assemblyId, actor, onFiled }: { assemblyId: string; actor: Actor; onFiled: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const disclosure = useDisclosure();
  const submission = useSubmission(disclosure.panelRef, ['memberNo', 'body', 'office', 'person']);
  usePreloadedSchema(fileCandidacyInput, disclosure.panelRef);
  const [memberNo, setMemberNo] = useState<number | ''>('');
  const [body, setBody] = useState<Body>('direction');
  const [office, setOffice] = useState<Office>('president');
  const [person, setPerson] = useState(actor.name);

  const send = async () => {
    const input = { assemblyId, body, office, memberNo: memberNo === '' ? undefined : memberNo, person };
    const filed = await submission.submit(fileCandidacyInput.safeParse(input), ({ assemblyId: _assembly, ...rest }) =>
      fileCandidacy(assemblyId, rest),
    );
    if (filed) {
      disclosure.hide();
      onFiled();
    }
  };

  if (!disclosure.open) {
    return (
      <p>
        <button ref={disclosure.buttonRef} type="button" className="button button--secondary" onClick={disclosure.show}>
          {t('elections.stand')}
        </button>
      </p>
    );
  }
  return (
    <form ref={disclosure.panelRef} className="form" noValidate onSubmit={onSubmit(() => void send())}>
      <div className="field">
        <label htmlFor={`${id}-member`}>{t('elections.member')}</label>
        <select
          id={`${id}-member`}
          value={memberNo}
          onChange={(event) => setMemberNo(event.target.value ? Number(event.target.value) : '')}
        >
          <option value="">{t('form.choose')}</option>
          {actor.represents.map((member) => (
            <option key={member.memberNo} value={member.memberNo}>
              {member.organisation}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('elections.body')}</label>
        <select id={`${id}-body`} value={body} onChange={(event) => setBody(event.target.value as Body)}>
          {bodies.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`bodies.body.${candidate}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-office`}>{t('elections.office')}</label>
        <select id={`${id}-office`} value={office} onChange={(event) => setOffice(event.target.value as Office)}>
          {offices.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`bodies.office.${candidate}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-person`}>{t('elections.person')}</label>
        <input id={`${id}-person`} value={person} maxLength={200} onChange={(event) => setPerson(event.target.value)} />
      </div>
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      <FormButtons pending={submission.pending} label={t('elections.standConfirm')} onCancel={disclosure.hide} />
    </form>
  );
}
