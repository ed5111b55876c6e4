import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssemblyView } from '@shared/api/assemblies';
import { TextAreaField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { lazySchema, usePreloadedSchema } from '../../ui/lazySchema';
import { useDisclosure } from '../../ui/disclosure';
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
  const disclosure = useDisclosure();
  const submission = useSubmission(disclosure.panelRef, ['reason']);
  usePreloadedSchema(cancellationInput, disclosure.panelRef);
  const [reason, setReason] = useState('');
  const convened = view.phase === 'convened';

  const open = () => {
    submission.reset();
    setReason('');
    disclosure.show();
  };

  const confirm = async () => {
    const answer = await submission.submit(cancellationInput.safeParse({ reason }), (input) =>
      cancelAssembly(view.assembly.id, input.reason),
    );
    if (answer) {
      disclosure.hide();
      onCancelled(answer);
    }
  };

  return (
    <section className="panel panel--danger" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('cancel.title')}
      </h2>
      <p>{convened ? t('cancel.textConvened') : t('cancel.textDraft')}</p>
      {!disclosure.open ? (
        <button ref={disclosure.buttonRef} type="button" className="button button--secondary" onClick={open}>
          {t('cancel.open')}
        </button>
      ) : (
        <form ref={disclosure.panelRef} className="form confirm" noValidate onSubmit={onSubmit(() => void confirm())}>
          <TextAreaField
            id={`${id}-reason`}
            label={t('cancel.reason')}
            hint={convened ? t('cancel.reasonHintConvened') : t('cancel.reasonHintDraft')}
            error={submission.fieldErrors.reason}
            rows={3}
            value={reason}
            onChange={setReason}
          />
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
          <FormButtons
            pending={submission.pending}
            label={t('cancel.yes')}
            onCancel={disclosure.hide}
            danger
            cancelLabel={t('cancel.keep')}
          />
        </form>
      )}
    </section>
  );
}
