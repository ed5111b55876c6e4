import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElectionsResponse } from '@shared/api/voting';
import { renderReason } from '@shared/rules/messages';
import { useApiQuery } from '../../api/useApiQuery';
import { useLanguage } from '../../i18n/useLanguage';
import { FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { lazySchema, usePreloadedSchema } from '../../ui/lazySchema';
import { LoadError } from '../../ui/QueryStatus';
import { useRequest } from '../../ui/useRequest';
import { castElectionBallots, closeElectionRound, fetchElections, openElection } from './api';
import { receiptStore } from './receipts';

type Entry = ElectionsResponse['elections'][number];

/** The elections held on an agenda item: the Table opens each office and closes round one; members vote in secret. */
export function ItemElections({
  assemblyId,
  itemId,
  motionsVersion,
  live,
  table,
}: {
  assemblyId: string;
  itemId: string;
  motionsVersion: number;
  live: boolean;
  table: boolean;
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
          castable={voting.castable}
          live={live}
          table={table}
          onChanged={reload}
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

function ElectionCard({
  assemblyId,
  entry,
  castable,
  live,
  table,
  onChanged,
  onClose,
}: {
  assemblyId: string;
  entry: Entry;
  castable: ElectionsResponse['castable'];
  live: boolean;
  table: boolean;
  onChanged: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { election } = entry;
  const names = new Map(entry.candidates.map((candidate) => [candidate.memberNo, candidate.organisation]));
  return (
    <article className="motion" data-testid="election">
      <header className="motion__head">
        <h5>
          {t('elections.of', {
            office: t(`bodies.office.${election.office}`),
            body: t(`bodies.body.${election.body}`),
          })}
        </h5>
        <span className="badge">{t('votes.secret')}</span>
        {!entry.finished && <span className="badge badge--role">{t('elections.round', { round: entry.round })}</span>}
      </header>
      {entry.rounds.map((round) => (
        <div
          key={round.round}
          className={`result result--${round.result.outcome === 'elected' ? 'adopted' : 'not_decided'}`}
          data-testid="election-round"
        >
          <p className="result__outcome">
            <strong>{t('elections.round', { round: round.round })}</strong> — {renderReason(language, round.result)}
          </p>
          <ul className="plain-list">
            {round.result.counts.candidates.map((candidate) => (
              <li key={candidate.memberNo}>
                {names.get(candidate.memberNo) ?? `n° ${candidate.memberNo}`}: {candidate.votes}
              </li>
            ))}
            <li className="muted">{t('elections.blank', { count: round.result.counts.blank })}</li>
          </ul>
        </div>
      ))}
      {!entry.finished && live && (
        <>
          <p>
            {t('elections.candidates', {
              names: entry.candidates.map((candidate) => `${candidate.organisation} (${candidate.person})`).join(', '),
            })}
          </p>
          <ElectionBallot
            assemblyId={assemblyId}
            entry={entry}
            castable={castable.filter((member) => !entry.voted.includes(member.memberNo))}
            onCast={onChanged}
          />
          {table && (
            <p>
              <button type="button" className="button button--secondary" onClick={onClose}>
                {t('elections.closeRound', { round: entry.round })}
              </button>
            </p>
          )}
        </>
      )}
    </article>
  );
}

const castElectionBallotsInput = lazySchema(() =>
  import('@shared/schemas/election').then((schemas) => schemas.castElectionBallotsInputSchema),
);

function ElectionBallot({
  assemblyId,
  entry,
  castable,
  onCast,
}: {
  assemblyId: string;
  entry: Entry;
  castable: ElectionsResponse['castable'];
  onCast: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const submission = useSubmission(formRef, []);
  usePreloadedSchema(castElectionBallotsInput, formRef);
  const [choice, setChoice] = useState<string>('');
  const [done, setDone] = useState<number | null>(null);
  if (castable.length === 0)
    return <p className="notice notice--ok">{done !== null ? t('votes.cast', { count: done }) : t('votes.allCast')}</p>;

  const send = async () => {
    const candidateMemberNo = choice === 'blank' ? null : Number(choice);
    const ballots = choice === '' ? [] : castable.map((member) => ({ memberNo: member.memberNo, candidateMemberNo }));
    const answer = await submission.submit(
      castElectionBallotsInput.safeParse({ round: entry.round, ballots }),
      (input) => castElectionBallots(assemblyId, entry.election.id, input),
    );
    if (answer) {
      receiptStore.add(`${entry.election.id}:${entry.round}`, answer.receipts);
      setDone(answer.receipts.length);
      onCast();
    }
  };
  return (
    <form ref={formRef} className="ballot" noValidate onSubmit={onSubmit(() => void send())}>
      <fieldset className="choices">
        <legend>
          {castable.length > 1
            ? t('votes.alikeLegend', { count: castable.length })
            : t('votes.oneLegend', { name: castable[0]!.organisation })}
        </legend>
        {entry.candidates.map((candidate) => (
          <label key={candidate.memberNo} className="choice">
            <input
              type="radio"
              name={`${id}-choice`}
              value={candidate.memberNo}
              checked={choice === String(candidate.memberNo)}
              onChange={() => setChoice(String(candidate.memberNo))}
            />{' '}
            {candidate.organisation}
          </label>
        ))}
        <label className="choice">
          <input
            type="radio"
            name={`${id}-choice`}
            value="blank"
            checked={choice === 'blank'}
            onChange={() => setChoice('blank')}
          />{' '}
          {t('elections.blankChoice')}
        </label>
      </fieldset>
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      <button type="submit" className="button" disabled={submission.pending}>
        {submission.pending ? t('form.sending') : t('votes.submitSecret', { count: castable.length })}
      </button>
    </form>
  );
}
