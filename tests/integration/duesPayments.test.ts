import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { AuditResponse } from '@shared/api/audit';
import type { DuesResponse } from '@shared/api/membership';
import { startPlatform, TestClient } from './support';

describe('dues paid, year by year (R.9)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let secretariat: TestClient;
  const clock = Date.parse('2026-12-07T10:00:00Z');

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    secretariat = await platform.client().signIn('secretariat@example.org');
    // Brava 40,000 inhabitants, Maio 50,000 (Cape Verde, factor 0.365): 15 and 18 euros.
    await secretariat.request('PATCH', '/api/members/57', { population: 40_000 });
    await secretariat.request('PATCH', '/api/members/59', { population: 50_000 });
  });
  afterAll(() => platform?.close());

  const territory = (dues: DuesResponse, name: string) => dues.territories.find((entry) => entry.territory === name)!;

  it('records a payment with who recorded it and when, and the territory counts as paid', async () => {
    const recorded = await secretariat.post('/api/dues/payments', {
      memberNo: 59,
      year: 2026,
      amount: 18,
      paidOn: '2026-11-30',
    });
    expect(recorded.status).toBe(201);
    const dues = (await recorded.json()) as DuesResponse;
    expect(dues.year).toBe(2026);
    const maio = territory(dues, 'CRP Maio');
    expect(maio).toMatchObject({ paidCents: 1800, standing: 'paid' });
    expect(maio.payments).toEqual([
      expect.objectContaining({
        memberNo: 59,
        year: 2026,
        amountCents: 1800,
        paidOn: '2026-11-30',
        recordedAt: new Date(clock).toISOString(),
        recordedBy: expect.objectContaining({ name: 'Secrétariat TOGETHER' }),
      }),
    ]);
    const { entries } = await secretariat.json<AuditResponse>('/api/audit?subject=member:59');
    expect(entries[0]).toMatchObject({
      action: 'dues.payment_recorded',
      by: { name: 'Secrétariat TOGETHER' },
      after: { year: 2026, amountCents: 1800 },
    });
  });

  it('tells a part payment from an unpaid one, and keeps each year apart', async () => {
    await secretariat.post('/api/dues/payments', { memberNo: 57, year: 2026, amount: 7.5, paidOn: '2026-12-01' });
    const dues = await secretariat.json<DuesResponse>('/api/dues?year=2026');
    expect(territory(dues, 'CRP Brava')).toMatchObject({ paidCents: 750, standing: 'partly_paid' });
    expect(territory(dues, 'CRP Fogo').standing).toBe('unknown'); // no population: no minimum to reach
    const unpaid = dues.territories.filter((entry) => entry.standing === 'unpaid' || entry.standing === 'partly_paid');
    expect(unpaid.map((entry) => entry.territory)).toContain('CRP Brava');
    expect(unpaid.map((entry) => entry.territory)).not.toContain('CRP Maio');

    const lastYear = await secretariat.json<DuesResponse>('/api/dues?year=2025');
    expect(territory(lastYear, 'CRP Maio')).toMatchObject({ paidCents: 0, standing: 'unpaid', payments: [] });
    // Without a year, the current one in the network's zone.
    expect((await secretariat.json<DuesResponse>('/api/dues')).year).toBe(2026);
  });

  it('exports the year as CSV: minimum, paid and standing of each territory', async () => {
    const response = await secretariat.get('/api/dues/export?year=2026');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('dues-2026.csv');
    const rows = parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
    expect(rows.find((row) => row.territory === 'CRP Maio')).toMatchObject({
      year: '2026',
      minimum: '18',
      paid: '18.00',
      standing: 'paid',
    });
    expect(rows.find((row) => row.territory === 'CRP Brava')).toMatchObject({
      minimum: '15',
      paid: '7.50',
      standing: 'partly_paid',
    });
    expect(rows.find((row) => row.territory === 'CRP Brava')?.payments).toContain('recorded by Secrétariat TOGETHER');
  });

  it('takes back a payment recorded by mistake: it no longer counts, and the audit trail keeps it', async () => {
    const mistaken = (await (
      await secretariat.post('/api/dues/payments', { memberNo: 57, year: 2026, amount: 750, paidOn: '2026-12-02' })
    ).json()) as DuesResponse;
    expect(territory(mistaken, 'CRP Brava')).toMatchObject({ paidCents: 75_750, standing: 'paid' });
    const payment = territory(mistaken, 'CRP Brava').payments.find((entry) => entry.amountCents === 75_000)!;

    const member = await platform.client().signIn('samuel.thirion@example.org');
    expect((await member.request('DELETE', `/api/dues/payments/${payment.id}`)).status).toBe(403);

    const removed = await secretariat.request('DELETE', `/api/dues/payments/${payment.id}`);
    expect(removed.status).toBe(200);
    const brava = territory((await removed.json()) as DuesResponse, 'CRP Brava');
    expect(brava).toMatchObject({ paidCents: 750, standing: 'partly_paid' });
    expect(brava.payments.map((entry) => entry.amountCents)).toEqual([750]);
    const { entries } = await secretariat.json<AuditResponse>('/api/audit?subject=member:57');
    expect(entries[0]).toMatchObject({
      action: 'dues.payment_removed',
      by: { name: 'Secrétariat TOGETHER' },
      before: { id: payment.id, amountCents: 75_000, paidOn: '2026-12-02' },
      after: null,
    });

    const again = await secretariat.request('DELETE', `/api/dues/payments/${payment.id}`);
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain('no longer recorded');
  });

  it('refuses a payment for a member not in the register, or with a bad amount, and lets no member record one', async () => {
    expect(
      (await secretariat.post('/api/dues/payments', { memberNo: 999, year: 2026, amount: 5, paidOn: '2026-12-01' }))
        .status,
    ).toBe(404);
    expect(
      (await secretariat.post('/api/dues/payments', { memberNo: 57, year: 2026, amount: 1.234, paidOn: '2026-12-01' }))
        .status,
    ).toBe(422);
    const member = await platform.client().signIn('samuel.thirion@example.org');
    expect(
      (await member.post('/api/dues/payments', { memberNo: 57, year: 2026, amount: 5, paidOn: '2026-12-01' })).status,
    ).toBe(403);
    expect((await member.get('/api/dues/export?year=2026')).status).toBe(403);
  });
});
