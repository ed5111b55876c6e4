import { useTranslation } from 'react-i18next';
import { languageNames, uiLanguages } from '@shared/i18n';
import { browserTimeZone } from '../i18n/format';
import { Field } from './form';

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

/**
 * A time zone, typed with suggestions (the browser's list narrows as one types "Kin" or
 * "Brazz"); the shared schema checks the name before sending.
 */
export function TimeZoneField({ id, value, onChange, error, label, hint }: ChoiceFieldProps) {
  const { t } = useTranslation();
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
        </>
      )}
    </Field>
  );
}

/** The language of a person's e-mails and of the interface once they sign in. */
export function LanguageField({ id, value, onChange, error, label, hint }: ChoiceFieldProps) {
  const { t } = useTranslation();
  return (
    <Field id={id} label={label ?? t('person.language')} hint={hint} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {uiLanguages.map((language) => (
            <option key={language} value={language} lang={language}>
              {languageNames[language]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
