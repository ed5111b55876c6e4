import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '@shared/api/register';
import { personUpdateSchema } from '@shared/schemas/registerEdits';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { PersonFields } from '../../ui/personFields';
import { useSession } from '../auth/session';
import { updatePerson } from '../register/api';

const fields = ['name', 'email', 'language', 'timeZone'] as const;
type Draft = Record<(typeof fields)[number], string>;

/** Corrects one person (R.8), in a modal dialog: the list stays where it was underneath. */
export function PersonEditDialog({
  person,
  onSaved,
  onClose,
}: {
  person: PersonView;
  onSaved: (person: PersonView) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { me, refresh } = useSession();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const original: Draft = {
    name: person.name,
    email: person.email,
    language: person.language,
    timeZone: person.timeZone,
  };
  const [draft, setDraft] = useState<Draft>(original);
  const submission = useSubmission(formRef, fields);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const save = async () => {
    const changes = Object.fromEntries(
      fields.filter((name) => draft[name] !== original[name]).map((name) => [name, draft[name]]),
    );
    const answer = await submission.submit(personUpdateSchema.safeParse(changes), (update) =>
      updatePerson(person.id, update),
    );
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
        <PersonFields
          id={id}
          value={draft}
          onChange={setDraft}
          errors={submission.fieldErrors}
          path=""
          emailHint={t('people.emailHint')}
        />
        <FormFailure failure={submission.failure} message={submission.formMessage} />
        <FormButtons pending={submission.pending} label={t('form.save')} onCancel={onClose} saving />
      </form>
    </dialog>
  );
}
