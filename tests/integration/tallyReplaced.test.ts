import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { MotionsResponse } from '@shared/api/voting';
import type { Motion } from '@shared/schemas/voting';
import { startPlatform, type TestClient } from './support';

const day = 86_400_000;
const hour = 3_600_000;
const opensAt = Date.parse('2027-02-10T09:00:00Z');

describe('the count of a named vote in which ballots were replaced', () => {
  let clock = opensAt - 40 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let member: TestClient;
  let assemblyId: string;
  let motion: Motion;

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    member = await platform.client().signIn('samuel.thirion@example.org');
    const created = await table.post('/api/assemblies', {
      kind: 'ordinary',
      title: 'Replaced ballots',
      opensAt: new Date(opensAt).toISOString(),
    });
    assemblyId = ((await created.json()) as AssemblyView).assembly.id;
    const withItem = await table.post(`/api/assemblies/${assemblyId}/agenda`, {
      kind: 'ordinary_decision',
      title: 'Budget 2027',
    });
    const itemId = ((await withItem.json()) as AssemblyView).assembly.agenda[0]!.id;
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
    clock = opensAt + hour;
    const opened = await table.post(`/api/assemblies/${assemblyId}/motions`, {
      itemId,
      kind: 'ordinary_decision',
      title: 'The budget',
      text: 'The budget of 2027 is adopted.',
      secret: false,
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    motion = (await opened.json()) as Motion;
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('reports each ballot a later one of the same member replaced', async () => {
    const { castable } = await member.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    const [first, second] = castable.map((ballot) => ballot.memberNo);
    const cast = (ballots: Array<{ memberNo: number; choice: 'for' | 'against' }>) =>
      member.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/ballots`, { ballots });
    expect((await cast(castable.map(({ memberNo }) => ({ memberNo, choice: 'for' })))).status).toBe(201);
    clock += 60_000;
    expect((await cast([{ memberNo: first!, choice: 'against' }])).status).toBe(201);
    clock += 60_000;
    expect(
      (
        await cast([
          { memberNo: first!, choice: 'for' },
          { memberNo: second!, choice: 'against' },
        ])
      ).status,
    ).toBe(201);

    clock = opensAt + day;
    await platform.runMoment(assemblyId, 'closed');
    const { motions } = await table.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    expect(motions[0]!.tally!.result.counts).toMatchObject({
      for: castable.length - 1,
      against: 1,
      replaced: 3,
      overriddenByOwnVote: 0,
    });
  });
});
