import { useTranslation } from 'react-i18next';
import { continents } from '@shared/schemas/member';
import { SelectField } from '../../ui/field';

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
    <SelectField id={id} label={t('register.columns.continent')} error={error} value={value} onChange={onChange}>
      {unchosen && <option value="">{t('form.choose')}</option>}
      {continents.map((continent) => (
        <option key={continent} value={continent}>
          {t(`continent.${continent}`)}
        </option>
      ))}
    </SelectField>
  );
}
