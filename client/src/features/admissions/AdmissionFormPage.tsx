import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeResponse } from '@shared/api/session';
import { colleges } from '@shared/schemas/member';
import { admissionSubmissionSchema } from '@shared/schemas/registerEdits';
import { paths } from '../../app/paths';
import { fetchMembers } from '../../api/endpoints';
import { useApiQuery } from '../../api/useApiQuery';
import { browserTimeZone } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { Fieldset, SelectField, TextAreaField, TextField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission, wholeNumberOrNull } from '../../ui/form';
import { PersonFields } from '../../ui/personFields';
import { usePageTitle } from '../../ui/usePageTitle';
import { useSession } from '../auth/session';
import { ContinentField } from '../register/ContinentField';
import { submitAdmission } from './api';

const fieldPaths = [
  'proposedByMemberNo',
  'college',
  'organisation',
  'country',
  'continent',
  'territory',
  'platformType',
  'population',
  'criteria',
  'contact.name',
  'contact.email',
  'contact.language',
  'contact.timeZone',
];

/** S.11: a candidate asks to join, or a member proposes one. Open to everyone, signed in or not. */
export function AdmissionFormPage() {
  const { t } = useTranslation();
  usePageTitle(t('admissionForm.title'));
  const [recorded, setRecorded] = useState<number | null>(null);
  return (
    <div className="page page--narrow">
      <h1>{t('admissionForm.title')}</h1>
      {recorded === null ? (
        <AdmissionForm onRecorded={setRecorded} />
      ) : (
        <Recorded memberNo={recorded} onAnother={() => setRecorded(null)} />
      )}
    </div>
  );
}

function AdmissionForm({ onRecorded }: { onRecorded: (memberNo: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const { me } = useSession();
  const formRef = useRef<HTMLFormElement>(null);
  const submission = useSubmission(formRef, fieldPaths);
  const errors = submission.fieldErrors;
  const [draft, setDraft] = useState({
    proposedBy: '',
    college: '',
    organisation: '',
    country: '',
    continent: '',
    territory: '',
    platformType: '',
    population: '',
    criteria: '',
  });
  const [contact, setContact] = useState({
    name: '',
    email: '',
    language: language as string,
    timeZone: browserTimeZone(),
  });
  const set = (name: keyof typeof draft) => (value: string) => setDraft((previous) => ({ ...previous, [name]: value }));

  const send = async () => {
    const input = {
      college: draft.college || undefined,
      organisation: draft.organisation,
      country: draft.country,
      continent: draft.continent || undefined,
      territory: draft.territory,
      platformType: draft.platformType,
      population: wholeNumberOrNull(draft.population),
      proposedByMemberNo: draft.proposedBy === '' ? null : Number(draft.proposedBy),
      criteria: draft.criteria,
      contact,
    };
    const answer = await submission.submit(admissionSubmissionSchema.safeParse(input), submitAdmission);
    if (answer) onRecorded(answer.memberNo);
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit(() => void send())}>
      <p className="page__intro">{t('admissionForm.intro')}</p>
      {me && me.actor.represents.length > 0 && (
        <ProposedBy
          id={`${id}-proposer`}
          me={me}
          value={draft.proposedBy}
          onChange={set('proposedBy')}
          error={errors.proposedByMemberNo}
        />
      )}
      <Fieldset
        id={`${id}-college`}
        legend={t('admissionForm.college')}
        hint={t('admissionForm.collegeHint')}
        error={errors.college}
      >
        <div className="choices">
          {colleges.map((college) => (
            <label key={college} className="choice choice--described">
              <input
                type="radio"
                name={`${id}-college`}
                value={college}
                checked={draft.college === college}
                onChange={() => set('college')(college)}
              />
              <span>
                <strong>{t(`college.${college}`)}</strong>
                <span className="choice__hint">{t(`admissionForm.collegeExplained.${college}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </Fieldset>
      <TextField
        id={`${id}-organisation`}
        label={t('admissionForm.organisation')}
        hint={t('admissionForm.organisationHint')}
        error={errors.organisation}
        autoComplete="organization"
        value={draft.organisation}
        onChange={set('organisation')}
      />
      <div className="form__row">
        <TextField
          id={`${id}-country`}
          label={t('register.columns.country')}
          hint={t('admissionForm.countryHint')}
          error={errors.country}
          autoComplete="country-name"
          value={draft.country}
          onChange={set('country')}
        />
        <ContinentField
          id={`${id}-continent`}
          value={draft.continent}
          onChange={set('continent')}
          error={errors.continent}
          unchosen
        />
      </div>
      <div className="form__row">
        <TextField
          id={`${id}-territory`}
          label={t('register.columns.territory')}
          optional
          error={errors.territory}
          value={draft.territory}
          onChange={set('territory')}
        />
        <TextField
          id={`${id}-platform`}
          label={t('member.fields.platformType')}
          hint={t('admissionForm.platformTypeHint')}
          optional
          error={errors.platformType}
          value={draft.platformType}
          onChange={set('platformType')}
        />
      </div>
      <TextField
        id={`${id}-population`}
        label={t('member.fields.population')}
        hint={t('admissionForm.populationHint')}
        optional
        error={errors.population}
        inputMode="numeric"
        value={draft.population}
        onChange={set('population')}
      />
      <TextAreaField
        id={`${id}-criteria`}
        label={t('admissionForm.criteria')}
        hint={t('admissionForm.criteriaHint')}
        error={errors.criteria}
        rows={6}
        value={draft.criteria}
        onChange={set('criteria')}
      />
      <fieldset className="fieldset fieldset--group">
        <legend>{t('admissionForm.contact')}</legend>
        <p className="field__hint">{t('admissionForm.contactHint')}</p>
        <PersonFields
          id={`${id}-contact`}
          value={contact}
          onChange={setContact}
          errors={errors}
          path="contact"
          ownAddress
        />
      </fieldset>
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      <FormButtons pending={submission.pending} label={t('admissionForm.submit')} />
    </form>
  );
}

/** A representative may propose the candidate on behalf of one of its members (S.11). */
function ProposedBy({
  id,
  me,
  value,
  onChange,
  error,
}: {
  id: string;
  me: MeResponse;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const members = useApiQuery('members', fetchMembers);
  const names = new Map(
    members.state.status === 'ready'
      ? members.state.data.members.map((member) => [member.memberNo, member.organisation])
      : [],
  );
  return (
    <SelectField
      id={id}
      label={t('admissionForm.proposedBy')}
      hint={t('admissionForm.proposedByHint')}
      error={error}
      value={value}
      onChange={onChange}
    >
      <option value="">{t('admissionForm.proposedByCandidate')}</option>
      {me.actor.represents.map((member) => (
        <option key={member.memberNo} value={String(member.memberNo)}>
          {t('register.memberNo', { memberNo: member.memberNo })} — {names.get(member.memberNo) ?? ''}
        </option>
      ))}
    </SelectField>
  );
}

function Recorded({ memberNo, onAnother }: { memberNo: number; onAnother: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="panel panel--ok" aria-labelledby="admission-recorded">
      <h2 id="admission-recorded" ref={headingRef} tabIndex={-1} className="panel__title">
        {t('admissionForm.recordedTitle')}
      </h2>
      <p>{t('admissionForm.recordedText', { memberNo })}</p>
      <p>{t('admissionForm.recordedNext')}</p>
      <div className="form__actions">
        {me && (
          <Link className="button" to={paths.admissions}>
            {t('admissionForm.toAdmissions')}
          </Link>
        )}
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('admissionForm.another')}
        </button>
      </div>
    </section>
  );
}
