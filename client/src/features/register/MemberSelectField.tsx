import { useTranslation } from 'react-i18next';
import type { MemberView, MembersResponse } from '@shared/api/register';
import type { QueryState } from '../../api/useApiQuery';
import { SelectField } from '../../ui/field';
import { FormFailure } from '../../ui/form';

/**
 * One member of the register to choose, among the `eligible` ones sorted by name; "Loading…"
 * until the register arrives, and why it could not be read when it fails.
 */
export function MemberSelectField({
  id,
  label,
  hint,
  optional,
  error,
  members,
  eligible,
  emptyLabel,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  optional?: boolean;
  error: string | undefined;
  members: QueryState<MembersResponse>;
  eligible: (member: MemberView) => boolean;
  /** The first option, for no member chosen yet. */
  emptyLabel: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const collator = new Intl.Collator();
  const choices =
    members.status === 'ready'
      ? members.data.members.filter(eligible).sort((a, b) => collator.compare(a.organisation, b.organisation))
      : [];
  return (
    <>
      <SelectField
        id={id}
        label={label}
        hint={hint}
        optional={optional}
        error={error}
        value={value}
        onChange={onChange}
        disabled={members.status !== 'ready'}
      >
        <option value="">{members.status === 'ready' ? emptyLabel : t('common.loading')}</option>
        {choices.map((member) => (
          <option key={member.memberNo} value={String(member.memberNo)}>
            {member.organisation} ({t('register.memberNo', { memberNo: member.memberNo })})
          </option>
        ))}
      </SelectField>
      {members.status === 'error' && <FormFailure failure={members.failure} />}
    </>
  );
}
