import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetailResponse } from '@shared/api/membership';
import type { PersonView } from '@shared/api/register';
import { representativeChangeSchema, type RepresentativeChange } from '@shared/schemas/registerEdits';
import { useApiQuery } from '../../api/useApiQuery';
import { browserTimeZone } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { Field, Fieldset, TextField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission, type Parsed } from '../../ui/form';
import { PersonFields } from '../../ui/personFields';
import { LoadError, Loading } from '../../ui/QueryStatus';
import { changeRepresentative, fetchPeople } from './api';
import { normalise } from './memberFilter';
import { DisclosureOpener, useDisclosure } from '../../ui/disclosure';

const [existingPersonSchema, newPersonChangeSchema] = representativeChangeSchema.options;

const fieldPaths = ['personId', 'newPerson.name', 'newPerson.email', 'newPerson.language', 'newPerson.timeZone'];

type Mode = 'existing' | 'new';

/** S.2: the member designates another person; the secretariat records it (someone of the register, or a new person). */
export function RepresentativeForm({
  detail,
  onSaved,
  onOpen,
}: {
  detail: MemberDetailResponse;
  onSaved: (detail: MemberDetailResponse) => void;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const disclosure = useDisclosure(onOpen);
  const submission = useSubmission(disclosure.panelRef, fieldPaths);
  const [mode, setMode] = useState<Mode>('existing');
  const [personId, setPersonId] = useState('');
  const [newPerson, setNewPerson] = useState({
    name: '',
    email: '',
    language: language as string,
    timeZone: browserTimeZone(),
  });
  const memberNo = detail.member.memberNo;

  const open = () => {
    submission.reset();
    setPersonId('');
    disclosure.show();
  };

  const save = async () => {
    // Each branch of the shared union on its own, so its messages land next to their fields.
    const parsed: Parsed<RepresentativeChange> =
      mode === 'existing'
        ? existingPersonSchema.safeParse({ personId })
        : newPersonChangeSchema.safeParse({ newPerson });
    const answer = await submission.submit(parsed, (change) => changeRepresentative(memberNo, change));
    if (answer) {
      disclosure.hide();
      onSaved(answer);
    }
  };

  if (!disclosure.open)
    return <DisclosureOpener buttonRef={disclosure.buttonRef} onOpen={open} label={t('member.representative.open')} />;

  return (
    <form ref={disclosure.panelRef} className="form panel" noValidate onSubmit={onSubmit(() => void save())}>
      <h3 className="panel__title">{t('member.representative.title')}</h3>
      <p className="hint">{t('member.representative.intro')}</p>
      <Fieldset id={`${id}-mode`} legend={t('member.representative.who')}>
        <div className="choices choices--inline">
          {(['existing', 'new'] as const).map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name={`${id}-mode`}
                value={choice}
                checked={mode === choice}
                onChange={() => {
                  setMode(choice);
                  submission.reset();
                }}
              />
              {t(`member.representative.mode.${choice}`)}
            </label>
          ))}
        </div>
      </Fieldset>
      {mode === 'existing' ? (
        <PersonPicker
          id={`${id}-person`}
          value={personId}
          onChange={setPersonId}
          error={submission.fieldErrors.personId}
          currentId={detail.member.representative?.id ?? null}
        />
      ) : (
        <PersonFields
          id={id}
          value={newPerson}
          onChange={setNewPerson}
          errors={submission.fieldErrors}
          path="newPerson"
          emailHint={t('member.representative.emailHint')}
        />
      )}
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      <FormButtons
        pending={submission.pending}
        label={t('member.representative.save')}
        onCancel={disclosure.hide}
        saving
      />
    </form>
  );
}

/** A search box narrowing a list of the people of the register. */
function PersonPicker({
  id,
  value,
  onChange,
  error,
  currentId,
}: {
  id: string;
  value: string;
  onChange: (personId: string) => void;
  error: string | undefined;
  currentId: string | null;
}) {
  const { t } = useTranslation();
  const { state, reload } = useApiQuery('people', fetchPeople);
  const [search, setSearch] = useState('');
  const people = useMemo(() => (state.status === 'ready' ? state.data.people : []), [state]);
  const shown = useMemo(() => matchingPeople(people, search, value), [people, search, value]);

  if (state.status === 'loading') return <Loading slow={state.slow} />;
  if (state.status === 'error') return <LoadError failure={state.failure} onRetry={reload} />;

  return (
    <>
      <TextField
        id={`${id}-search`}
        label={t('member.representative.search')}
        hint={t('member.representative.searchHint')}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={search}
        onChange={setSearch}
      />
      <Field
        id={id}
        label={t('member.representative.person')}
        hint={t('member.representative.shown', { count: shown.length, total: people.length })}
        error={error}
      >
        {(control) => (
          <select
            {...control}
            className="input input--list"
            size={Math.min(8, Math.max(3, shown.length + 1))}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          >
            <option value="">{t('member.representative.choose')}</option>
            {shown.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} — {person.email}
                {person.id === currentId ? ` (${t('member.current')})` : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

/** The people whose name or address holds every word searched for; the chosen one stays listed. */
function matchingPeople(people: readonly PersonView[], search: string, chosenId: string): PersonView[] {
  const words = normalise(search).split(/\s+/).filter(Boolean);
  const collator = new Intl.Collator();
  return people
    .filter(
      (person) =>
        person.id === chosenId || words.every((word) => normalise(`${person.name} ${person.email}`).includes(word)),
    )
    .sort((a, b) => collator.compare(a.name, b.name));
}
