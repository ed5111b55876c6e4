import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuesPayment } from '@shared/schemas/dues';
import { formatDay, formatMoney } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormFailure } from '../../ui/form';
import { useRequest } from '../../ui/useRequest';
import { removeDuesPayment } from './api';

/**
 * Takes back a payment recorded by mistake, once the secretariat has read which one and that the
 * audit trail keeps it.
 */
export function RemovePayment({
  payment,
  organisation,
  onRemoved,
}: {
  payment: DuesPayment;
  organisation: string;
  onRemoved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [asking, setAsking] = useState(false);
  const removing = useRequest();
  const amount = formatMoney(payment.amountCents / 100, payment.currency, language);
  const day = formatDay(payment.paidOn, language);
  const remove = () =>
    removing.run(async () => {
      await removeDuesPayment(payment.id);
      setAsking(false);
      onRemoved(t('dues.removal.done', { amount, organisation }));
    });

  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small button--quiet-danger dues-remove"
        aria-label={t('dues.removal.label', { amount, day })}
        onClick={() => setAsking(true)}
      >
        {t('dues.removal.open')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('dues.removal.title')}
        confirmLabel={t('dues.removal.yes')}
        cancelLabel={t('dues.removal.keep')}
        danger
        pending={removing.pending}
        onCancel={() => {
          removing.clear();
          setAsking(false);
        }}
        onConfirm={() => void remove()}
      >
        <p>{t('dues.removal.what', { amount, day, organisation, name: payment.recordedBy.name })}</p>
        <p>{t('dues.removal.final', { year: payment.year })}</p>
        {removing.failure && <FormFailure failure={removing.failure} />}
      </ConfirmDialog>
    </>
  );
}
