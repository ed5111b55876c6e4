import type { DuesResponse } from '@shared/api/membership';
import type { DuesPaymentInput } from '@shared/schemas/dues';
import { deleteJson, getJson, postJson } from '../../api/http';

/** R.9: a year's dues of every territory, with what each paid. */
export function fetchDues(year: number, signal?: AbortSignal): Promise<DuesResponse> {
  return getJson<DuesResponse>(`/api/dues?year=${year}`, { signal });
}

/** Records a payment; answers the year's dues as they now stand. */
export function recordDuesPayment(input: DuesPaymentInput): Promise<DuesResponse> {
  return postJson<DuesResponse>('/api/dues/payments', input);
}

/** Takes back a payment recorded by mistake; answers the year's dues as they now stand. */
export function removeDuesPayment(paymentId: string): Promise<DuesResponse> {
  return deleteJson<DuesResponse>(`/api/dues/payments/${encodeURIComponent(paymentId)}`);
}

/** The address of a year's dues as a CSV file. */
export const duesExportUrl = (year: number) => `/api/dues/export?year=${year}`;
