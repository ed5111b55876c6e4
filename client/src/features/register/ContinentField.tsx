import { useTranslation } from 'react-i18next';
import { continents } from '@shared/schemas/member';
import { Field } from '../../ui/form';

/** The continent of a member's entry, from the register's list; `unchosen` offers "Choose…" first. */
export function ContinentField({
  id,
  value,
  onChange,
  error,
  unchosen = false,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  unchosen?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Field id={id} label={t('register.columns.continent')} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {unchosen && <option value="">{t('form.choose')}</option>}
          {continents.map((continent) => (
            <option key={continent} value={continent}>
              {t(`continent.${continent}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
