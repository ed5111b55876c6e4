import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssemblyView } from '@shared/api/assemblies';
import type { MemberView } from '@shared/api/register';
import { agendaItemKinds } from '@shared/rules/motions';
import type { AgendaItemKind } from '@shared/schemas/assembly';
import { fetchMembers } from '../../api/endpoints';
import { useApiQuery } from '../../api/useApiQuery';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { lazySchema, usePreloadedSchema } from '../../ui/lazySchema';
import { MemberSelectField } from '../register/MemberSelectField';
import { addAgendaItem } from './api';
import { assemblyFailureText } from './failures';

const agendaItemInput = lazySchema(() =>
  import('@shared/schemas/assembly').then((schemas) => schemas.agendaItemInputSchema),
);

/** Items about one member (S.11): the Table names the member concerned. */
const aboutAMember: ReadonlySet<AgendaItemKind> = new Set(['admission_validation', 'exclusion']);

/** The Table adds an item at the end of the agenda; the server refuses a kind this assembly may not decide. */
export function AgendaItemForm({ view, onAdded }: { view: AssemblyView; onAdded: (view: AssemblyView) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const submission = useSubmission(formRef, ['kind', 'title', 'description', 'subjectMemberNo']);
  usePreloadedSchema(agendaItemInput, formRef);
  const [kind, setKind] = useState<AgendaItemKind | ''>('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [memberNo, setMemberNo] = useState('');
  const [added, setAdded] = useState<string | null>(null);

  const add = async () => {
    setAdded(null);
    const parsed = agendaItemInput.safeParse({
      kind: kind || undefined,
      title,
      description,
      subjectMemberNo: kind && aboutAMember.has(kind) && memberNo !== '' ? Number(memberNo) : null,
    });
    const answer = await submission.submit(parsed, (input) => addAgendaItem(view.assembly.id, input));
    if (!answer) return;
    setAdded(title.trim());
    setKind('');
    setTitle('');
    setDescription('');
    setMemberNo('');
    onAdded(answer);
  };

  // A refused kind: the statutes' reason rather than "check the fields".
  const failure = submission.failure;
  const refusedKind =
    failure?.code === 'agenda_item_needs_extraordinary' || failure?.code === 'agenda_item_needs_ordinary';
  const message =
    failure && (refusedKind || !submission.formMessage) ? assemblyFailureText(failure, t) : submission.formMessage;

  return (
    <form
      ref={formRef}
      className="form panel agenda-form"
      noValidate
      onSubmit={onSubmit(() => void add())}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="panel__title">
        {t('agendaForm.title')}
      </h3>
      <SelectField
        id={`${id}-kind`}
        label={t('agendaForm.kind')}
        hint={t(`agendaForm.kindHint.${view.assembly.kind}`)}
        error={submission.fieldErrors.kind}
        value={kind}
        onChange={(value) => setKind(value as AgendaItemKind | '')}
      >
        <option value="">{t('form.choose')}</option>
        {agendaItemKinds.map((choice) => (
          <option key={choice} value={choice}>
            {t(`agendaKind.${choice}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${id}-item-title`}
        label={t('agendaForm.itemTitle')}
        error={submission.fieldErrors.title}
        value={title}
        onChange={setTitle}
      />
      <TextAreaField
        id={`${id}-description`}
        label={t('agendaForm.description')}
        hint={t('agendaForm.descriptionHint')}
        optional
        error={submission.fieldErrors.description}
        rows={4}
        value={description}
        onChange={setDescription}
      />
      {kind && aboutAMember.has(kind) && (
        <SubjectMemberField
          id={`${id}-member`}
          kind={kind}
          value={memberNo}
          onChange={setMemberNo}
          error={submission.fieldErrors.subjectMemberNo}
        />
      )}
      <FormFailure failure={failure} message={message} />
      <FormButtons
        pending={submission.pending}
        label={t('agendaForm.add')}
        saving
        saved={added ? t('agendaForm.added', { title: added }) : null}
      />
    </form>
  );
}

/** Who an admission or exclusion item is about: the members at that step of S.11 first. */
function SubjectMemberField({
  id,
  kind,
  value,
  onChange,
  error,
}: {
  id: string;
  kind: AgendaItemKind;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const members = useApiQuery('members', fetchMembers);
  const status: MemberView['status'] = kind === 'exclusion' ? 'exclusion_proposed' : 'pending_validation';
  return (
    <MemberSelectField
      id={id}
      label={t('agendaForm.member')}
      hint={t(`agendaForm.memberHint.${kind === 'exclusion' ? 'exclusion' : 'admission'}`)}
      optional
      error={error}
      members={members.state}
      eligible={(member) => member.status === status}
      emptyLabel={t('agendaForm.memberNone')}
      value={value}
      onChange={onChange}
    />
  );
}
