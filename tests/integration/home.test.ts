import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { HomeResponse } from '@shared/api/home';
import type { MeResponse } from '@shared/api/session';
import type { MotionsResponse } from '@shared/api/voting';
import type { Assembly } from '@shared/schemas/assembly';
import type { Motion } from '@shared/schemas/voting';
import { personalLink } from '../../server/auth/personalLink';
import { createContext } from '../../server/context';
import { connectRedis } from '../../server/redis/connection';
import { startPlatform, type TestClient } from './support';

/**
 * The demo's assemblies: one open now (with its statute change and its election already open), one
 * convened for later; two more votes opened in the open one.
 */
describe('the home: what waits for a person now, then what is to come', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let ekaterina: TestClient;
  let open: Assembly;
  const motions: Motion[] = [];

  beforeAll(async () => {
    platform = await startPlatform({ demoAssemblies: true });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    ekaterina = await platform.client().signIn('ekaterina.smoroda@example.org');
    const { assemblies } = await table.json<{ assemblies: Array<{ id: string; phase: string }> }>('/api/assemblies');
    const openId = assemblies.find((assembly) => assembly.phase === 'open')!.id;
    open = (await table.json<AssemblyView>(`/api/assemblies/${openId}`)).assembly;
    for (const [index, secret] of [false, true].entries()) {
      const response = await table.post(`/api/assemblies/${open.id}/motions`, {
        itemId: open.agenda[index]!.id,
        kind: 'ordinary_decision',
        title: `Vote ${index + 1}`,
        text: 'The text put to the vote.',
        secret,
      });
      expect(response.status, await response.clone().text()).toBe(201);
      motions.push((await response.json()) as Motion);
    }
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('shows a representative of 24 members the two votes waiting for all 24, then the assembly to come', async () => {
    const home = await ekaterina.json<HomeResponse>('/api/home');
    expect(home.open).toHaveLength(1);
    expect(home.open[0]).toMatchObject({
      assembly: { id: open.id, closesAt: open.closesAt, referenceTimeZone: 'Europe/Brussels' },
      votingFor: 24,
    });
    // The demo's statute change and election, then the two votes just opened; all 24 members wait on each.
    expect(home.open[0]!.waiting).toMatchObject([
      { kind: 'motion', title: 'Article 6 : assemblées ordinaires en ligne', members: 24 },
      { kind: 'motion', id: motions[0]!.id, title: 'Vote 1', members: 24 },
      { kind: 'motion', id: motions[1]!.id, title: 'Vote 2', members: 24 },
      { kind: 'election', body: 'direction', office: 'president', members: 24 },
    ]);
    expect(home.upcoming.map((assembly) => assembly.kind)).toEqual(['ordinary']);
    expect(Date.parse(home.upcoming[0]!.opensAt)).toBeGreaterThan(Date.now());
  });

  it('takes a vote off the list once the person has voted for every member they may', async () => {
    const { castable } = await ekaterina.json<MotionsResponse>(`/api/assemblies/${open.id}/motions`);
    const some = castable.slice(0, 10);
    const cast = (ballots: typeof castable) =>
      ekaterina.post(`/api/assemblies/${open.id}/motions/${motions[0]!.id}/ballots`, {
        ballots: ballots.map((ballot) => ({ memberNo: ballot.memberNo, choice: 'for' })),
      });
    expect((await cast(some)).status).toBe(201);
    const ours = new Set(motions.map((motion) => motion.id));
    const waitingOfOurs = async () =>
      (await ekaterina.json<HomeResponse>('/api/home')).open[0]!.waiting.filter((vote) => ours.has(vote.id));
    expect((await waitingOfOurs()).map((vote) => [vote.id, vote.members])).toEqual([
      [motions[0]!.id, 14],
      [motions[1]!.id, 24],
    ]);
    expect((await cast(castable.slice(10))).status).toBe(201);
    expect((await waitingOfOurs()).map((vote) => vote.id)).toEqual([motions[1]!.id]);
  });

  it('shows a person who came through a personal link the assembly of their link, with its votes', async () => {
    const personId = (await ekaterina.json<MeResponse>('/api/me')).person.id;
    const redis = connectRedis(platform.config.REDIS_URL);
    const link = await personalLink(createContext(redis, platform.config), open, personId);
    redis.disconnect();
    const viaLink = platform.client();
    const opened = await viaLink.post('/api/auth/assembly-link', { token: /#token=(.+)$/.exec(link)?.[1] });
    expect(opened.status).toBe(200);
    const home = await viaLink.json<HomeResponse>('/api/home');
    // The statute change, the second vote and the election: the first one has all her ballots.
    expect(home.open.map((tasks) => [tasks.assembly.id, tasks.waiting.length])).toEqual([[open.id, 3]]);
    expect(home.upcoming).toEqual([]);
  });

  it('asks nothing of a person who represents no member', async () => {
    const secretariat = await platform.client().signIn('secretariat@example.org');
    const home = await secretariat.json<HomeResponse>('/api/home');
    expect(home.open[0]).toMatchObject({ votingFor: 0, waiting: [] });
  });
});
