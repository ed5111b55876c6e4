import { randomUUID } from 'node:crypto';
import type { Actor } from '@shared/rules/permissions';
import type { DuesPayment, DuesPaymentInput } from '@shared/schemas/dues';
import { signature } from '../auth/actor';
import { durable } from './durable';
import { Refusal } from './refusal';
import type { Context } from '../context';

/** R.9: the secretariat records a member's payment of a year's dues; the audit trail keeps who, when and how much. */
export async function recordDuesPayment(
  ctx: Pick<Context, 'register' | 'duesPayments' | 'now' | 'replication' | 'statutes'>,
  actor: Actor,
  input: DuesPaymentInput,
): Promise<DuesPayment> {
  const { member } = await ctx.register.memberWithRepresentative(input.memberNo);
  if (!member) throw new Refusal('member_not_found', { memberNo: input.memberNo });
  const by = signature(actor);
  const payment: DuesPayment = {
    id: randomUUID(),
    memberNo: member.memberNo,
    year: input.year,
    amountCents: Math.round(input.amount * 100),
    currency: ctx.statutes.dues.currency,
    paidOn: input.paidOn,
    recordedAt: ctx.now().toISOString(),
    recordedBy: { personId: by.personId, name: by.name },
  };
  await ctx.duesPayments.add(payment, {
    at: payment.recordedAt,
    by,
    action: 'dues.payment_recorded',
    subject: `member:${member.memberNo}`,
    before: null,
    after: payment,
  });
  await durable(ctx);
  return payment;
}

/**
 * The secretariat takes back a payment recorded by mistake (a wrong member, amount or year): it no
 * longer counts, and the audit trail keeps what it was, who recorded it and who removed it.
 */
export async function removeDuesPayment(
  ctx: Pick<Context, 'duesPayments' | 'now' | 'replication'>,
  actor: Actor,
  paymentId: string,
): Promise<DuesPayment> {
  const payment = await ctx.duesPayments.get(paymentId);
  if (!payment) throw new Refusal('dues_payment_not_found', {});
  await ctx.duesPayments.remove(payment, {
    at: ctx.now().toISOString(),
    by: signature(actor),
    action: 'dues.payment_removed',
    subject: `member:${payment.memberNo}`,
    before: payment,
    after: null,
  });
  await durable(ctx);
  return payment;
}
