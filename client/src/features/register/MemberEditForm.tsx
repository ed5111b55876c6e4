import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetailResponse } from '@shared/api/membership';
import type { MemberView } from '@shared/api/register';
import { colleges } from '@shared/schemas/member';
import { memberUpdateSchema } from '@shared/schemas/registerEdits';
import { SelectField, TextField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission, wholeNumberOrNull } from '../../ui/form';
import { DisclosureOpener, useDisclosure } from '../../ui/disclosure';
import { updateMember } from './api';
import { ContinentField } from './ContinentField';

const fields = [
  'organisation',
  'college',
  'continent',
  'country',
  'territory',
  'platformType',
  'population',
  'territoryNo',
] as const;
type FieldName = (typeof fields)[number];
type Draft = Record<FieldName, string>;

function draftOf(member: MemberView): Draft {
  return {
    organisation: member.organisation,
    college: member.college,
    continent: member.continent,
    country: member.country,
    territory: member.territory,
    platformType: member.platformType,
    population: member.population === null ? '' : String(member.population),
    territoryNo: member.territoryNo === null ? '' : String(member.territoryNo),
  };
}

/** R.8: the secretariat corrects a member's entry. Only the fields that changed are sent. */
export function MemberEditForm({
  member,
  onSaved,
  onOpen,
}: {
  member: MemberView;
  onSaved: (detail: MemberDetailResponse) => void;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const disclosure = useDisclosure(onOpen);
  const [draft, setDraft] = useState<Draft>(() => draftOf(member));
  const submission = useSubmission(disclosure.panelRef, fields);
  const errors = submission.fieldErrors;
  const set = (name: FieldName) => (value: string) => setDraft((previous) => ({ ...previous, [name]: value }));

  const open = () => {
    setDraft(draftOf(member));
    submission.reset();
    disclosure.show();
  };

  const save = async () => {
    const original = draftOf(member);
    const changes: Record<string, unknown> = {};
    for (const name of fields) {
      if (draft[name] === original[name]) continue;
      changes[name] = name === 'population' || name === 'territoryNo' ? wholeNumberOrNull(draft[name]) : draft[name];
    }
    const answer = await submission.submit(memberUpdateSchema.safeParse(changes), (update) =>
      updateMember(member.memberNo, update),
    );
    if (answer) {
      disclosure.hide();
      onSaved(answer);
    }
  };

  if (!disclosure.open)
    return <DisclosureOpener buttonRef={disclosure.buttonRef} onOpen={open} label={t('member.edit.open')} />;

  return (
    <form ref={disclosure.panelRef} className="form panel" noValidate onSubmit={onSubmit(() => void save())}>
      <h3 className="panel__title">{t('member.edit.title')}</h3>
      <TextField
        id={`${id}-organisation`}
        label={t('register.columns.organisation')}
        error={errors.organisation}
        value={draft.organisation}
        onChange={set('organisation')}
      />
      <div className="form__row">
        <SelectField
          id={`${id}-college`}
          label={t('register.columns.college')}
          error={errors.college}
          value={draft.college}
          onChange={set('college')}
        >
          {colleges.map((college) => (
            <option key={college} value={college}>
              {t(`college.${college}`)}
            </option>
          ))}
        </SelectField>
        <ContinentField
          id={`${id}-continent`}
          value={draft.continent}
          onChange={set('continent')}
          error={errors.continent}
        />
      </div>
      <div className="form__row">
        <TextField
          id={`${id}-country`}
          label={t('register.columns.country')}
          hint={t('member.edit.countryHint')}
          error={errors.country}
          value={draft.country}
          onChange={set('country')}
        />
        <TextField
          id={`${id}-territory`}
          label={t('register.columns.territory')}
          optional
          error={errors.territory}
          value={draft.territory}
          onChange={set('territory')}
        />
      </div>
      <div className="form__row">
        <TextField
          id={`${id}-platform`}
          label={t('member.fields.platformType')}
          optional
          error={errors.platformType}
          value={draft.platformType}
          onChange={set('platformType')}
        />
        <TextField
          id={`${id}-territoryNo`}
          label={t('member.fields.territoryNo')}
          hint={t('member.edit.territoryNoHint')}
          optional
          error={errors.territoryNo}
          inputMode="numeric"
          value={draft.territoryNo}
          onChange={set('territoryNo')}
        />
      </div>
      <TextField
        id={`${id}-population`}
        label={t('member.fields.population')}
        hint={t('member.edit.populationHint')}
        optional
        error={errors.population}
        inputMode="numeric"
        value={draft.population}
        onChange={set('population')}
      />
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      <FormButtons pending={submission.pending} label={t('form.save')} onCancel={disclosure.hide} saving />
    </form>
  );
}
