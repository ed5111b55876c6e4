import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { MotionsResponse } from '@shared/api/voting';
import type { Motion } from '@shared/schemas/voting';
import { startPlatform, type TestClient } from './support';

const day = 86_400_000;
const opensAt = Date.parse('2027-04-14T09:00:00Z');

describe('a ballot is presence (RULES.md §4 Readings)', () => {
  let clock = opensAt - 40 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let assemblyId: string;
  let motion: Motion;
  let table: TestClient;

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    assemblyId = (await table.convenedAssembly('Assembly voted from afar', opensAt)).assembly.id;
    // Gabon (66) gives its proxy to Morocco (68) before the window.
    const radhouen = await platform.client().signIn('radhouen.bouden@example.org');
    const granted = await radhouen.post(`/api/assemblies/${assemblyId}/proxies`, {
      grantorMemberNo: 66,
      holderMemberNo: 68,
    });
    expect(granted.status, await granted.clone().text()).toBe(201);
    clock = opensAt + 3_600_000;
    const { assembly } = await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`);
    const opened = await table.post(`/api/assemblies/${assemblyId}/motions`, {
      itemId: assembly.agenda[0]!.id,
      kind: 'ordinary_decision',
      title: 'The accounts',
      text: 'The accounts of 2026 are approved.',
      secret: false,
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    motion = (await opened.json()) as Motion;
  }, 60_000);
  afterAll(() => platform?.close());

  const presence = async () => (await table.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`)).presence;

  it('counts present the members voted for by a person who never opened the room, and the grantor of a proxy used as represented', async () => {
    expect(await presence()).toMatchObject({ present: 0, represented: 0 });

    // Samuel votes for his nine Cape Verdean members without joining the room.
    const samuel = await platform.client().signIn('samuel.thirion@example.org');
    const own = await samuel.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/ballots`, {
      ballots: [57, 58, 59, 60, 61, 62, 63, 64, 65].map((memberNo) => ({ memberNo, choice: 'for' })),
    });
    expect(own.status, await own.clone().text()).toBe(201);
    expect(await presence()).toMatchObject({ present: 9, represented: 0 });

    // Lhoussaine votes only with Gabon's proxy: Morocco (68), its holder, is present; Gabon is represented.
    const lhoussaine = await platform.client().signIn('lhoussaine.aitbrahim@example.org');
    const byProxy = await lhoussaine.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/ballots`, {
      ballots: [{ memberNo: 66, choice: 'against' }],
    });
    expect(byProxy.status, await byProxy.clone().text()).toBe(201);
    expect(await presence()).toMatchObject({ present: 10, represented: 1 });
  });
});
