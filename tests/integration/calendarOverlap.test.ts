import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView, CalendarResponse } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import { en } from '@shared/i18n/en';
import { fr } from '@shared/i18n/fr';
import { refusalSentence } from '@shared/refusals';
import { startPlatform, TestClient } from './support';

const day = 86_400_000;
const hour = 3_600_000;

describe("the Table's calendar: one room open at a time, two ordinary assemblies a year (R.6, R.7, S.6)", () => {
  const clock = Date.parse('2027-01-11T09:00:00Z');
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  const at = (offset: number) => new Date(clock + offset).toISOString();

  const draft = async (title: string, opensAt: string, kind = 'ordinary') =>
    table.post('/api/assemblies', { kind, title, opensAt });
  const drafted = async (title: string, opensAt: string, kind = 'ordinary') => {
    const response = await draft(title, opensAt, kind);
    expect(response.status).toBe(201);
    const view = (await response.json()) as AssemblyView;
    await table.post(`/api/assemblies/${view.assembly.id}/agenda`, { kind: 'information', title: 'News' });
    return view.assembly;
  };

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
  });
  afterAll(() => platform?.close());

  it('refuses to draft an assembly whose room would be open at the same time as a convened one, naming it and its dates', async () => {
    const spring = await drafted('Printemps 2027', at(30 * day));
    expect((await table.post(`/api/assemblies/${spring.id}/convene`)).status).toBe(200);

    const overlapping = await draft('Extraordinaire du printemps', at(30 * day + 6 * hour), 'extraordinary');
    expect(overlapping.status).toBe(409);
    const { error } = (await overlapping.json()) as ApiError;
    expect(error.code).toBe('assembly_overlaps');
    expect(error.params).toEqual({
      assemblyId: spring.id,
      title: 'Printemps 2027',
      opensAt: spring.opensAt,
      closesAt: spring.closesAt,
    });
    expect(error.message).toContain('"Printemps 2027"');
    // The reader's language words it, with the dates.
    const french = refusalSentence(error.code, error.params!, {
      language: 'fr',
      t: (key, options) =>
        (key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], fr) as string).replace(
          /\{\{(\w+)\}\}/g,
          (_whole, name: string) => String(options?.[name]),
        ),
      word: (_kind, value) => value.slice(0, 10),
    });
    expect(french).toMatch(/^Sa salle serait ouverte en même temps que celle de «\s?Printemps 2027\s?»/);
    expect(french).toContain(spring.opensAt.slice(0, 10));
    expect(en.refusal.assembly_overlaps).toContain('{{closesAt}}');
  });

  it('refuses to move a draft onto a convened window, and to convene one of two drafts that overlap', async () => {
    const later = await drafted('Extraordinaire', at(70 * day), 'extraordinary');
    const moved = await table.request('PATCH', `/api/assemblies/${later.id}`, {
      kind: 'extraordinary',
      title: 'Extraordinaire',
      opensAt: at(30 * day - 3 * hour),
      hybrid: false,
    });
    expect(moved.status).toBe(409);
    expect(((await moved.json()) as ApiError).error.params).toMatchObject({ title: 'Printemps 2027' });

    // Two drafts may share dates while the Table hesitates; convening the second is refused.
    const first = await drafted('Option A', at(100 * day), 'extraordinary');
    const second = await drafted('Option B', at(100 * day + 12 * hour), 'extraordinary');
    expect((await table.post(`/api/assemblies/${first.id}/convene`)).status).toBe(200);
    const refused = await table.post(`/api/assemblies/${second.id}/convene`);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as ApiError).error.params).toMatchObject({ title: 'Option A' });
    // The day after the first closes, it can go.
    const moved2 = await table.request('PATCH', `/api/assemblies/${second.id}`, {
      kind: 'extraordinary',
      title: 'Option B',
      opensAt: at(101 * day),
      hybrid: false,
    });
    expect(moved2.status).toBe(200);
  });

  it('warns about ordinary assemblies closer together than two a year, drafts included', async () => {
    const before = await table.json<CalendarResponse>('/api/calendar');
    expect(before.tooClose).toEqual([]);
    const summer = await drafted('Été 2027', at(45 * day));
    const { tooClose } = await table.json<CalendarResponse>('/api/calendar');
    expect(tooClose).toEqual([
      {
        first: expect.objectContaining({ title: 'Printemps 2027', draft: false }),
        second: { id: summer.id, title: 'Été 2027', opensAt: summer.opensAt, draft: true },
        earliestAt: expect.stringMatching(/^2027-04-1/),
      },
    ]);
    // Moved two months after the first, the warning goes.
    await table.request('PATCH', `/api/assemblies/${summer.id}`, {
      kind: 'ordinary',
      title: 'Été 2027',
      opensAt: at(95 * day),
      hybrid: false,
    });
    expect((await table.json<CalendarResponse>('/api/calendar')).tooClose).toEqual([]);
  });
});
