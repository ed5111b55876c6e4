import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { motionKindOfAgendaItem, type AgendaItem } from '@shared/schemas/assembly';
import { openMotionInputSchema } from '@shared/schemas/voting';
import { Field, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { useDisclosure } from '../../ui/disclosure';
import { openMotion } from './api';

/** The Table puts a motion on an agenda item to the vote; it closes with the room. */
export function OpenMotionForm({ assemblyId, item, onOpened }: { assemblyId: string; item: AgendaItem; onOpened: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const disclosure = useDisclosure();
  const submission = useSubmission(disclosure.panelRef, ['title', 'text']);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [secret, setSecret] = useState(false);
  const kind = motionKindOfAgendaItem[item.kind];
  if (!kind || kind === 'election') return null;

  const send = async () => {
    const input = { itemId: item.id, kind, title, text, secret, subjectMemberNo: item.subjectMemberNo ?? null };
    const opened = await submission.submit(openMotionInputSchema.safeParse(input), (parsed) => openMotion(assemblyId, parsed));
    if (opened) {
      setTitle('');
      setText('');
      disclosure.hide();
      onOpened();
    }
  };

  if (!disclosure.open) {
    return (
      <p>
        <button ref={disclosure.buttonRef} type="button" className="button button--secondary" onClick={disclosure.show}>
          {t('votes.openMotion')}
        </button>
      </p>
    );
  }
  return (
    <form ref={disclosure.panelRef} className="form motion-form" noValidate onSubmit={onSubmit(() => void send())}>
      <Field id={`${id}-title`} label={t('votes.motionTitle')} error={submission.fieldErrors.title}>
        {(control) => <input {...control} value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <Field id={`${id}-text`} label={t('votes.motionText')} error={submission.fieldErrors.text}>
        {(control) => <textarea {...control} rows={4} value={text} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={secret} onChange={(event) => setSecret(event.target.checked)} /> {t('votes.secretChoice')}
      </label>
      <p className="hint">{t('votes.closesWithRoom')}</p>
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={submission.pending}>
          {submission.pending ? t('form.sending') : t('votes.openConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={disclosure.hide}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
