import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssemblyAudience } from '@shared/api/assemblies';
import type { MinutesResponse, MinutesVersionView } from '@shared/api/minutes';
import {
  minutesCorrectionInputSchema,
  minutesStatementInputSchema,
  type MinutesRole,
} from '@shared/schemas/minutesApproval';
import type { ApiFailure } from '../../api/http';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SavedNotice } from '../../ui/SavedNotice';
import { TextAreaField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { useRequest } from '../../ui/useRequest';
import { publishMinutes, saveMinutesStatement, signMinutes, startCorrection } from './api';
import { failureMessage } from '../../ui/failureMessage';

/** A refusal that means the draft changed under the person's eyes: it is read again. */
const stale = (failure: ApiFailure | null) =>
  failure?.code === 'minutes_changed' || failure?.code === 'minutes_published';

/**
 * The Table's part (R.5): on a draft, the statement, the signatures of the president (or
 * vice-president) and the secretary on the text shown, and the publication; on the minutes in
 * force, a correction. The server decides; these controls only say what it would refuse.
 */
export function TableControls({
  minutes,
  view,
  onChanged,
  onStale,
  onCorrection,
}: {
  minutes: MinutesResponse;
  view: MinutesVersionView;
  onChanged: (view: MinutesVersionView) => void;
  onStale: () => void;
  onCorrection: (view: MinutesVersionView) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section id="minutes-table" className="panel minutes-table" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('minutes.tableTitle')}
      </h2>
      {view.status === 'draft' ? (
        <>
          <StatementForm assemblyId={minutes.assembly.id} view={view} onChanged={onChanged} onStale={onStale} />
          <Signatures
            assemblyId={minutes.assembly.id}
            view={view}
            signAs={minutes.table?.signAs ?? []}
            audience={minutes.table?.audience ?? null}
            onChanged={onChanged}
            onStale={onStale}
          />
        </>
      ) : (
        <CorrectionForm assemblyId={minutes.assembly.id} onCorrection={onCorrection} />
      )}
    </section>
  );
}

function StatementForm({
  assemblyId,
  view,
  onChanged,
  onStale,
}: {
  assemblyId: string;
  view: MinutesVersionView;
  onChanged: (view: MinutesVersionView) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const submission = useSubmission(form, ['statement']);
  const [statement, setStatement] = useState(view.statement);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setSaved(false);
    const answer = await submission.submit(
      minutesStatementInputSchema.safeParse({ statement, revision: view.revision }),
      (input) => saveMinutesStatement(assemblyId, view.version, input),
    );
    if (answer) {
      setSaved(true);
      onChanged(answer);
    }
  };
  return (
    <form ref={form} className="form" noValidate onSubmit={onSubmit(() => void save())}>
      <TextAreaField
        id={`${id}-statement`}
        label={t('minutes.statementLabel')}
        hint={t('minutes.statementHint')}
        error={submission.fieldErrors.statement}
        rows={4}
        value={statement}
        onChange={setStatement}
      />
      <FormFailure
        failure={submission.failure}
        message={
          submission.failure && !submission.formMessage ? failureMessage(submission.failure, t) : submission.formMessage
        }
      />
      {stale(submission.failure) && (
        <button type="button" className="button button--secondary" onClick={onStale}>
          {t('common.retry')}
        </button>
      )}
      <FormButtons
        pending={submission.pending}
        label={t('minutes.saveStatement')}
        saving
        disabled={statement === view.statement}
        saved={saved ? t('minutes.statementSaved') : null}
      />
    </form>
  );
}

/** One button per role this person signs in, then the publication once both roles approved the text shown. */
function Signatures({
  assemblyId,
  view,
  signAs,
  audience,
  onChanged,
  onStale,
}: {
  assemblyId: string;
  view: MinutesVersionView;
  signAs: MinutesRole[];
  audience: AssemblyAudience | null;
  onChanged: (view: MinutesVersionView) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const { pending, failure, run } = useRequest((refused) => {
    if (stale(refused)) onStale();
  });
  const [done, setDone] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const act = (send: () => Promise<MinutesVersionView>, message: string) =>
    run(async () => {
      setDone(null);
      onChanged(await send());
      setDone(message);
    });
  return (
    <div className="minutes-signatures">
      <p className="hint">{t('minutes.signHint', { digest: view.digest })}</p>
      <div className="toolbar">
        {signAs.map((role) => (
          <button
            key={role}
            type="button"
            className="button button--secondary"
            disabled={pending}
            onClick={() =>
              void act(() => signMinutes(assemblyId, view.version, role, view.digest), t('minutes.signed'))
            }
          >
            {t(`minutes.signAs.${role}`)}
          </button>
        ))}
      </div>
      <p className="hint">{view.publishable.ok ? t('minutes.publishHint') : t('minutes.publishNeeds')}</p>
      <button
        type="button"
        className="button"
        disabled={pending || !view.publishable.ok}
        onClick={() => setAsking(true)}
      >
        {t('minutes.publish')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('confirm.publish.title')}
        confirmLabel={t('confirm.publish.yes')}
        cancelLabel={t('confirm.publish.keep')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void act(() => publishMinutes(assemblyId, view.version, view.digest), t('minutes.published'));
        }}
      >
        {audience && <p>{t('confirm.publish.emails', { count: audience.people, members: audience.members })}</p>}
        <p>{t('confirm.publish.final')}</p>
      </ConfirmDialog>
      {done && (
        <SavedNotice key={done} className="notice notice--ok">
          {done}
        </SavedNotice>
      )}
      {failure && <FormFailure failure={failure} message={failureMessage(failure, t)} />}
    </div>
  );
}

function CorrectionForm({
  assemblyId,
  onCorrection,
}: {
  assemblyId: string;
  onCorrection: (view: MinutesVersionView) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const submission = useSubmission(form, ['note']);
  const [note, setNote] = useState('');
  const start = async () => {
    const answer = await submission.submit(minutesCorrectionInputSchema.safeParse({ note }), (input) =>
      startCorrection(assemblyId, input.note),
    );
    if (answer) onCorrection(answer);
  };
  return (
    <details>
      <summary className="button button--secondary">{t('minutes.correction')}</summary>
      <form ref={form} className="form" noValidate onSubmit={onSubmit(() => void start())}>
        <TextAreaField
          id={`${id}-note`}
          label={t('minutes.correctionNote')}
          hint={t('minutes.correctionHint')}
          error={submission.fieldErrors.note}
          rows={3}
          value={note}
          onChange={setNote}
        />
        <FormFailure
          failure={submission.failure}
          message={
            submission.failure && !submission.formMessage
              ? failureMessage(submission.failure, t)
              : submission.formMessage
          }
        />
        <FormButtons pending={submission.pending} label={t('minutes.correction')} />
      </form>
    </details>
  );
}
