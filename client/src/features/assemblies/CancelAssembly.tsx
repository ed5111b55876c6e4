import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssemblyView } from '@shared/api/assemblies';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextAreaField } from '../../ui/field';
import { FormFailure, useSubmission } from '../../ui/form';
import { lazySchema, usePreloadedSchema } from '../../ui/lazySchema';
import { cancelAssembly } from './api';
import { assemblyFailureText } from './failures';

const cancellationInput = lazySchema(() =>
  import('@shared/schemas/assembly').then((schemas) => schemas.assemblyCancellationSchema),
);

/** The Table cancels an assembly before it opens; the members convened are e-mailed the reason. */
export function CancelAssembly({
  view,
  onCancelled,
}: {
  view: AssemblyView;
  onCancelled: (view: AssemblyView) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [asking, setAsking] = useState(false);
  const submission = useSubmission(formRef, ['reason']);
  usePreloadedSchema(cancellationInput, formRef);
  const [reason, setReason] = useState('');
  const convened = view.phase === 'convened';

  const open = () => {
    submission.reset();
    setReason('');
    setAsking(true);
  };

  const confirm = async () => {
    const answer = await submission.submit(cancellationInput.safeParse({ reason }), (input) =>
      cancelAssembly(view.assembly.id, input.reason),
    );
    if (answer) {
      setAsking(false);
      onCancelled(answer);
    }
  };

  return (
    <section className="panel panel--danger" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('cancel.title')}
      </h2>
      <p>{convened ? t('cancel.textConvened') : t('cancel.textDraft')}</p>
      <button type="button" className="button button--secondary" onClick={open}>
        {t('cancel.open')}
      </button>
      <ConfirmDialog
        open={asking}
        formRef={formRef}
        title={t('cancel.title')}
        confirmLabel={t('cancel.yes')}
        cancelLabel={t('cancel.keep')}
        danger
        pending={submission.pending}
        onCancel={() => setAsking(false)}
        onConfirm={() => void confirm()}
      >
        <TextAreaField
          id={`${id}-reason`}
          label={t('cancel.reason')}
          hint={convened ? t('cancel.reasonHintConvened') : t('cancel.reasonHintDraft')}
          error={submission.fieldErrors.reason}
          rows={3}
          value={reason}
          onChange={setReason}
        />
        {convened && view.audience && (
          <p>{t('confirm.cancel.emails', { count: view.audience.people, members: view.audience.members })}</p>
        )}
        <p>
          <strong>{convened ? t('cancel.confirmConvened') : t('cancel.confirmDraft')}</strong>
        </p>
        <FormFailure
          failure={submission.failure}
          message={
            submission.failure && !submission.formMessage
              ? assemblyFailureText(submission.failure, t)
              : submission.formMessage
          }
        />
      </ConfirmDialog>
    </section>
  );
}
