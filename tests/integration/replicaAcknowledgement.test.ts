import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { HealthResponse } from '@shared/api/service';
import type { MotionsResponse } from '@shared/api/voting';
import type { Motion } from '@shared/schemas/voting';
import { startSentinelCluster, type SentinelCluster } from '../sentinelCluster';
import { eventually, startPlatform, type TestClient } from './support';

const day = 86_400_000;

describe('a ballot acknowledged only once a replica holds it', () => {
  let cluster: SentinelCluster;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let clock = Date.now();
  let voter: TestClient;
  let ballots: string;
  let members: number[];

  beforeAll(async () => {
    cluster = await startSentinelCluster({ replicas: 1 });
    platform = await startPlatform({
      now: () => new Date(clock),
      config: {
        REDIS_SENTINELS: cluster.sentinels,
        REDIS_SENTINEL_NAME: cluster.name,
        REDIS_REPLICA_TIMEOUT_MS: '300',
      },
    });
    // The sentinels find each other within seconds of starting: until then /api/health says no quorum.
    await eventually(
      async () =>
        ((await (await fetch(`${platform.base}/api/health`)).json()) as HealthResponse).redis.ok ? true : undefined,
      'the sentinels to reach their quorum',
      30_000,
    );
    const table = await platform.client().signIn('giusto.maniscalchi@example.org');
    const opensAt = clock + 16 * day;
    const { assembly } = await table.convenedAssembly('Ordinary assembly', opensAt);
    clock = opensAt + 60_000;
    const opened = await table.post(`/api/assemblies/${assembly.id}/motions`, {
      itemId: assembly.agenda[0]!.id,
      kind: 'ordinary_decision',
      title: 'Accounts',
      text: 'The accounts are approved.',
      secret: false,
    });
    expect(opened.status).toBe(201);
    const motion = (await opened.json()) as Motion;
    voter = await platform.client().signIn('ekaterina.smoroda@example.org');
    const { castable } = await voter.json<MotionsResponse>(`/api/assemblies/${assembly.id}/motions`);
    members = castable.map((ballot) => ballot.memberNo);
    ballots = `/api/assemblies/${assembly.id}/motions/${motion.id}/ballots`;
  }, 120_000);
  afterAll(async () => {
    await platform?.close();
    await cluster?.stop();
  });

  it('gives receipts while the replica confirms, and reports it on /api/health', async () => {
    const cast = await voter.post(ballots, { ballots: members.map((memberNo) => ({ memberNo, choice: 'for' })) });
    expect(cast.status, await cast.clone().text()).toBe(201);
    const health = (await (await fetch(`${platform.base}/api/health`)).json()) as HealthResponse;
    expect(health.redis).toMatchObject({
      ok: true,
      role: 'master',
      replicas: { online: 1, required: 1 },
      sentinels: { known: 3, reachable: 3, quorum: true },
    });
  });

  it('refuses with 503 and a sentence, rather than acknowledge, when no replica confirms', async () => {
    await cluster.killReplicas();
    const cast = await voter.post(ballots, { ballots: members.map((memberNo) => ({ memberNo, choice: 'against' })) });
    expect(cast.status).toBe(503);
    expect(cast.headers.get('retry-after')).toBe('5');
    const { error } = (await cast.json()) as ApiError;
    expect(error.code).toBe('store_unconfirmed');
    expect(error.message).toMatch(/could not confirm that a second copy of this was saved/);

    const health = await eventually(async () => {
      const response = await fetch(`${platform.base}/api/health`);
      const report = (await response.json()) as HealthResponse;
      return response.status === 503 && report.redis.replicas?.online === 0 ? report : undefined;
    }, 'the health page to count no replica');
    expect(health.redis.ok).toBe(false);
    expect(health.redis.message).toMatch(/0 replica\(s\) in sync, 1 needed/);
  });
});
