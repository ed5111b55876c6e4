import type { DuesResponse } from '@shared/api/membership';
import type { DuesPaymentInput } from '@shared/schemas/dues';
import { getJson, postJson } from '../../api/http';

/** R.9: a year's dues of every territory, with what each paid. */
export function fetchDues(year: number, signal?: AbortSignal): Promise<DuesResponse> {
  return getJson<DuesResponse>(`/api/dues?year=${year}`, { signal });
}

/** Records a payment; answers the year's dues as they now stand. */
export function recordDuesPayment(input: DuesPaymentInput): Promise<DuesResponse> {
  return postJson<DuesResponse>('/api/dues/payments', input);
}

/** The address of a year's dues as a CSV file. */
export const duesExportUrl = (year: number) => `/api/dues/export?year=${year}`;
