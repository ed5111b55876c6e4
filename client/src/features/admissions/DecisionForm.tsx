import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmissionView } from '@shared/api/membership';
import { admissionDecisionSchema } from '@shared/schemas/registerEdits';
import { Fieldset, TextAreaField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { decideAdmission } from './api';

/** S.11: a member of the Direction approves or refuses a request, with the reason the candidate will read. */
export function DecisionForm({
  admission,
  onDecided,
}: {
  admission: AdmissionView;
  onDecided: (view: AdmissionView) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [approve, setApprove] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const submission = useSubmission(formRef, ['approve', 'reason']);
  const memberNo = admission.member.memberNo;

  const decide = async () => {
    const parsed = admissionDecisionSchema.safeParse({ approve: approve ?? undefined, reason });
    const answer = await submission.submit(parsed, (decision) => decideAdmission(memberNo, decision));
    if (answer) onDecided(answer);
  };

  return (
    <form ref={formRef} className="form decision" noValidate onSubmit={onSubmit(() => void decide())}>
      <h4 className="decision__title">{t('admissions.decide.title')}</h4>
      <Fieldset id={`${id}-approve`} legend={t('admissions.decide.question')} error={submission.fieldErrors.approve}>
        <div className="choices choices--inline">
          <label className="choice">
            <input type="radio" name={`${id}-approve`} checked={approve === true} onChange={() => setApprove(true)} />
            {t('admissions.decide.approve')}
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-approve`} checked={approve === false} onChange={() => setApprove(false)} />
            {t('admissions.decide.refuse')}
          </label>
        </div>
      </Fieldset>
      <TextAreaField
        id={`${id}-reason`}
        label={t('admissions.decide.reason')}
        hint={t('admissions.decide.reasonHint')}
        error={submission.fieldErrors.reason}
        rows={3}
        value={reason}
        onChange={setReason}
      />
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      <FormButtons pending={submission.pending} label={t('admissions.decide.submit')} />
    </form>
  );
}
