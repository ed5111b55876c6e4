import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExclusionView } from '@shared/api/membership';
import type { MemberView } from '@shared/api/register';
import { exclusionGrounds, proposeExclusionInputSchema } from '@shared/schemas/exclusion';
import { fetchMembers } from '../../api/endpoints';
import { useApiQuery } from '../../api/useApiQuery';
import { Fieldset, TextAreaField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { DisclosureOpener, useDisclosure } from '../../ui/disclosure';
import { MemberSelectField } from '../register/MemberSelectField';
import { proposeExclusion } from './api';

/** Members an exclusion can be proposed for: admitted, and not already facing one (S.11). */
function excludable(member: MemberView): boolean {
  return member.status === 'active' || member.status === 'pending_validation';
}

/** S.11: the Direction proposes an exclusion; the reasons go to the member's representative at once. */
export function ProposeExclusionForm({ onProposed }: { onProposed: (view: ExclusionView) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const disclosure = useDisclosure();
  const submission = useSubmission(disclosure.panelRef, ['memberNo', 'ground', 'reasons']);
  const members = useApiQuery('members', fetchMembers);
  const [memberNo, setMemberNo] = useState('');
  const [ground, setGround] = useState('');
  const [reasons, setReasons] = useState('');

  const open = () => {
    submission.reset();
    setMemberNo('');
    setGround('');
    setReasons('');
    disclosure.show();
  };

  const send = async () => {
    const parsed = proposeExclusionInputSchema.safeParse({
      memberNo: memberNo === '' ? undefined : Number(memberNo),
      ground: ground || undefined,
      reasons,
    });
    const answer = await submission.submit(parsed, proposeExclusion);
    if (answer) {
      disclosure.hide();
      onProposed(answer);
    }
  };

  if (!disclosure.open)
    return (
      <DisclosureOpener
        buttonRef={disclosure.buttonRef}
        onOpen={open}
        label={t('exclusions.propose.open')}
        secondary={false}
      />
    );

  return (
    <form ref={disclosure.panelRef} className="form panel" noValidate onSubmit={onSubmit(() => void send())}>
      <h2 className="panel__title">{t('exclusions.propose.title')}</h2>
      <div className="notice notice--warning notice--block">
        <p>
          <strong>{t('exclusions.propose.warningTitle')}</strong> {t('exclusions.propose.warning')}
        </p>
      </div>
      <MemberSelectField
        id={`${id}-member`}
        label={t('exclusions.propose.member')}
        error={submission.fieldErrors.memberNo}
        members={members.state}
        eligible={excludable}
        emptyLabel={t('form.choose')}
        value={memberNo}
        onChange={setMemberNo}
      />
      <Fieldset id={`${id}-ground`} legend={t('exclusions.ground')} error={submission.fieldErrors.ground}>
        <div className="choices">
          {exclusionGrounds.map((choice) => (
            <label key={choice} className="choice choice--described">
              <input
                type="radio"
                name={`${id}-ground`}
                value={choice}
                checked={ground === choice}
                onChange={() => setGround(choice)}
              />
              <span>
                <strong>{t(`exclusions.grounds.${choice}`)}</strong>
                <span className="choice__hint">{t(`exclusions.groundsExplained.${choice}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </Fieldset>
      <TextAreaField
        id={`${id}-reasons`}
        label={t('exclusions.reasons')}
        hint={t('exclusions.propose.reasonsHint')}
        error={submission.fieldErrors.reasons}
        rows={6}
        value={reasons}
        onChange={setReasons}
      />
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      <FormButtons
        pending={submission.pending}
        label={t('exclusions.propose.submit')}
        onCancel={disclosure.hide}
        danger
      />
    </form>
  );
}
