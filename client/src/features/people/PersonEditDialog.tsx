import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '@shared/api';
import { personUpdateSchema } from '@shared/schemas/registerEdits';
import { Field, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { LanguageField, TimeZoneField } from '../../ui/personFields';
import { useSession } from '../auth/session';
import { updatePerson } from '../register/api';

const fields = ['name', 'email', 'language', 'timeZone'] as const;
type Draft = Record<(typeof fields)[number], string>;

/** Corrects one person (R.8), in a modal dialog: the list stays where it was underneath. */
export function PersonEditDialog({ person, onSaved, onClose }: { person: PersonView; onSaved: (person: PersonView) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { me, refresh } = useSession();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const original: Draft = { name: person.name, email: person.email, language: person.language, timeZone: person.timeZone };
  const [draft, setDraft] = useState<Draft>(original);
  const submission = useSubmission(formRef, fields);
  const set = (name: keyof Draft) => (value: string) => setDraft((previous) => ({ ...previous, [name]: value }));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const save = async () => {
    const changes = Object.fromEntries(fields.filter((name) => draft[name] !== original[name]).map((name) => [name, draft[name]]));
    const answer = await submission.submit(personUpdateSchema.safeParse(changes), (update) => updatePerson(person.id, update));
    if (!answer) return;
    if (answer.id === me?.person.id) void refresh(); // the secretariat corrected itself: the header follows
    onSaved(answer);
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit(() => void save())}>
        <h2 id={`${id}-title`} className="dialog__title">
          {t('people.editTitle', { name: person.name })}
        </h2>
        <Field id={`${id}-name`} label={t('person.name')} error={submission.fieldErrors.name}>
          {(control) => <input {...control} autoComplete="off" value={draft.name} onChange={(event) => set('name')(event.target.value)} />}
        </Field>
        <Field id={`${id}-email`} label={t('person.email')} hint={t('people.emailHint')} error={submission.fieldErrors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              inputMode="email"
              autoComplete="off"
              spellCheck={false}
              value={draft.email}
              onChange={(event) => set('email')(event.target.value)}
            />
          )}
        </Field>
        <LanguageField id={`${id}-language`} value={draft.language} onChange={set('language')} error={submission.fieldErrors.language} />
        <TimeZoneField id={`${id}-zone`} value={draft.timeZone} onChange={set('timeZone')} error={submission.fieldErrors.timeZone} />
        <FormFailure failure={submission.failure} message={submission.formMessage} />
        <div className="form__actions">
          <button type="submit" className="button" disabled={submission.pending}>
            {submission.pending ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={submission.pending}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
