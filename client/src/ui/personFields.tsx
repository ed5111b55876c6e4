import { useTranslation } from 'react-i18next';
import { languageNames, uiLanguages } from '@shared/i18n/languages';
import { browserTimeZone } from '../i18n/format';
import { Field, SelectField, TextField } from './field';
import { type FieldErrors } from './form';
import { zoneName } from '@shared/zoneNames';
import { useLanguage } from '../i18n/useLanguage';

let zones: string[] | null = null;

/** Every IANA time zone this browser knows, with this browser's own zone sure to be among them. */
export function timeZoneNames(): string[] {
  if (!zones) {
    let known: string[] = [];
    try {
      known = Intl.supportedValuesOf('timeZone');
    } catch {
      known = []; // an older browser: the field still takes a typed name
    }
    zones = [...new Set([...known, browserTimeZone(), 'UTC'])].sort();
  }
  return zones;
}

interface ChoiceFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  label?: string;
  hint?: string;
}

/** Whether `value` names a zone this browser knows (a name being typed does not, yet). */
function isZone(value: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * A time zone, typed with suggestions (the browser's list narrows as one types "Kin" or
 * "Brazz"); the shared schema checks the name before sending.
 */
export function TimeZoneField({ id, value, onChange, error, label, hint }: ChoiceFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Field id={id} label={label ?? t('person.timeZone')} hint={hint ?? t('person.timeZoneHint')} error={error}>
      {(control) => (
        <>
          <input
            {...control}
            list={`${id}-zones`}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
          <datalist id={`${id}-zones`}>
            {timeZoneNames().map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          {/* The zone typed, named in words: "Cape Verde Standard Time (UTC−1)". */}
          <span className="hint time-zone-name" aria-live="polite">
            {isZone(value) ? zoneName(value, language) : ''}
          </span>
        </>
      )}
    </Field>
  );
}

/** The language of a person's e-mails and of the interface once they sign in. */
export function LanguageField({ id, value, onChange, error, label, hint }: ChoiceFieldProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label ?? t('person.language')}
      hint={hint}
      error={error}
      value={value}
      onChange={onChange}
    >
      {uiLanguages.map((language) => (
        <option key={language} value={language} lang={language}>
          {languageNames[language]}
        </option>
      ))}
    </SelectField>
  );
}

/** What a person is in a form: a name, an e-mail address, a language and a time zone. */
export interface PersonDraft {
  name: string;
  email: string;
  language: string;
  timeZone: string;
}

/**
 * The four fields of a person (a new representative, an applicant's contact, a corrected
 * person); `path` is where the schema puts them ("newPerson", "contact", or "" at the top).
 */
export function PersonFields({
  id,
  value,
  onChange,
  errors,
  path,
  emailHint,
  ownAddress = false,
}: {
  id: string;
  value: PersonDraft;
  onChange: (value: PersonDraft) => void;
  errors: FieldErrors;
  path: string;
  emailHint?: string;
  /** The person filling the form types its own name and address: the browser may fill them in. */
  ownAddress?: boolean;
}) {
  const { t } = useTranslation();
  const set = (name: keyof PersonDraft) => (next: string) => onChange({ ...value, [name]: next });
  const error = (name: keyof PersonDraft) => errors[path ? `${path}.${name}` : name];
  return (
    <>
      <TextField
        id={`${id}-name`}
        label={t('person.name')}
        error={error('name')}
        autoComplete={ownAddress ? 'name' : 'off'}
        value={value.name}
        onChange={set('name')}
      />
      <TextField
        id={`${id}-email`}
        label={t('person.email')}
        hint={emailHint}
        error={error('email')}
        type="email"
        inputMode="email"
        autoComplete={ownAddress ? 'email' : 'off'}
        spellCheck={false}
        value={value.email}
        onChange={set('email')}
      />
      <div className="form__row">
        <LanguageField
          id={`${id}-language`}
          value={value.language}
          onChange={set('language')}
          error={error('language')}
        />
        <TimeZoneField id={`${id}-zone`} value={value.timeZone} onChange={set('timeZone')} error={error('timeZone')} />
      </div>
    </>
  );
}
