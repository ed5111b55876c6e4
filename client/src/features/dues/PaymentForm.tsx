import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuesResponse } from '@shared/api/membership';
import { duesPaymentInputSchema } from '@shared/schemas/dues';
import { SelectField, TextField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { recordDuesPayment } from './api';

type Territory = DuesResponse['territories'][number];

/** Today as the secretariat's calendar says it: 2026-12-07. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** R.9: the secretariat records what one of the territory's members paid for the year. */
export function PaymentForm({
  territory,
  year,
  onRecorded,
  onCancel,
}: {
  territory: Territory;
  year: number;
  onRecorded: (dues: DuesResponse, payment: { amountCents: number; currency: string; organisation: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const owed = territory.dues.ok ? Math.max(0, territory.dues.amount * 100 - territory.paidCents) / 100 : 0;
  const [memberNo, setMemberNo] = useState(String(territory.members[0]?.memberNo ?? ''));
  const [amount, setAmount] = useState(owed > 0 ? String(owed) : '');
  const [paidOn, setPaidOn] = useState(today());
  const submission = useSubmission(formRef, ['memberNo', 'amount', 'paidOn']);

  const record = async () => {
    const parsed = duesPaymentInputSchema.safeParse({
      memberNo: Number(memberNo),
      year,
      amount: amount.trim() === '' ? undefined : Number(amount.replace(',', '.')),
      paidOn,
    });
    const answer = await submission.submit(parsed, recordDuesPayment);
    if (!answer || !parsed.success) return;
    const organisation =
      territory.members.find((member) => member.memberNo === parsed.data.memberNo)?.organisation ?? '';
    onRecorded(answer, {
      amountCents: Math.round(parsed.data.amount * 100),
      currency: answer.currency,
      organisation,
    });
  };

  return (
    <form ref={formRef} className="form dues-payment" noValidate onSubmit={onSubmit(() => void record())}>
      <h3 className="dues-payment__title">{t('dues.payment.title', { year })}</h3>
      {territory.members.length > 1 ? (
        <SelectField
          id={`${id}-member`}
          label={t('dues.payment.member')}
          error={submission.fieldErrors.memberNo}
          value={memberNo}
          onChange={setMemberNo}
        >
          {territory.members.map((member) => (
            <option key={member.memberNo} value={member.memberNo}>
              {member.organisation}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="dues-payment__member">
          {t('dues.payment.paidBy', { organisation: territory.members[0]?.organisation ?? '' })}
        </p>
      )}
      <TextField
        id={`${id}-amount`}
        label={t('dues.payment.amount', { currency: territory.dues.ok ? territory.dues.currency : 'EUR' })}
        hint={t('dues.payment.amountHint')}
        error={submission.fieldErrors.amount}
        inputMode="decimal"
        autoComplete="off"
        value={amount}
        onChange={setAmount}
      />
      <TextField
        id={`${id}-paidOn`}
        label={t('dues.payment.paidOn')}
        error={submission.fieldErrors.paidOn}
        type="date"
        value={paidOn}
        onChange={setPaidOn}
      />
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      <FormButtons pending={submission.pending} label={t('dues.payment.submit')} onCancel={onCancel} />
    </form>
  );
}
