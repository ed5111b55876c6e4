import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { Result, RoomSnapshot, ServerToClientEvents } from '@shared/events';
import { announceAssemblyMoment } from '../../server/commands/announceAssemblyMoment';
import { createContext, type Context } from '../../server/context';
import { closeQueues } from '../../server/queue/queues';
import { connectRedis } from '../../server/redis/connection';
import { startPlatform, TestClient, roomSocket, type RoomClient } from './support';

const day = 86_400_000;
const opensAt = Date.parse('2026-10-24T10:00:00Z');
type PhaseNotice = Parameters<ServerToClientEvents['room:phase']>[0];

describe("announcing a room's opening and close", () => {
  let clock = opensAt - 20 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let redis: ReturnType<typeof connectRedis>;
  let ctx: Context;
  let assemblyId: string;
  let closesAt: number;
  let member: TestClient;
  const sockets: RoomClient[] = [];

  /** A member's connection that joined the room, with every phase it was told of. */
  async function joinedRoom(): Promise<{ snapshot: RoomSnapshot; notices: PhaseNotice[] }> {
    const socket = await roomSocket(platform.web.port, member.cookie);
    sockets.push(socket);
    const notices: PhaseNotice[] = [];
    socket.on('room:phase', (notice) => notices.push(notice));
    const joined = await new Promise<Result<RoomSnapshot>>((resolve) =>
      socket.emit('room:join', { assemblyId }, resolve),
    );
    if (!joined.ok) throw new Error(joined.error.message);
    return { snapshot: joined.value, notices };
  }
  /** The moment's job run as the worker runs it; twice is a job retried after its worker died. */
  const runMoment = (moment: 'opened' | 'closed') =>
    announceAssemblyMoment(ctx, { assemblyId, moment, opensAt: new Date(opensAt).toISOString() });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    redis = connectRedis(platform.config.REDIS_URL);
    ctx = createContext(redis, platform.config, { now: () => new Date(clock) });
    const table = await platform.client().signIn('giusto.maniscalchi@example.org');
    const created = await table.post('/api/assemblies', {
      kind: 'ordinary',
      title: 'Spring assembly',
      opensAt: new Date(opensAt).toISOString(),
    });
    const view = (await created.json()) as AssemblyView;
    assemblyId = view.assembly.id;
    closesAt = Date.parse(view.assembly.closesAt);
    await table.post(`/api/assemblies/${assemblyId}/agenda`, { kind: 'ordinary_decision', title: 'Budget 2027' });
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
    member = await platform.client().signIn('ekaterina.smoroda@example.org');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await closeQueues(ctx?.queues);
    redis?.disconnect();
    await platform?.close();
  });

  it('reads the phase from the clock on joining, before any announcement', async () => {
    clock = opensAt - 1;
    expect((await joinedRoom()).snapshot).toMatchObject({ phase: 'convened', phaseSeq: 0 });
    clock = opensAt;
    expect((await joinedRoom()).snapshot).toMatchObject({ phase: 'open', phaseSeq: 0 });
  });

  it('announces the opening once to a connected person when the job runs twice', async () => {
    clock = opensAt - 1;
    const early = await joinedRoom();
    clock = opensAt;
    await runMoment('opened');
    await runMoment('opened');
    await settle();
    expect(early.notices.map(({ phase, seq }) => ({ phase, seq }))).toEqual([{ phase: 'open', seq: 1 }]);
    expect((await joinedRoom()).snapshot).toMatchObject({ phase: 'open', phaseSeq: 1 });
  });

  it('announces the close once, after the opening, when the job runs twice', async () => {
    const connected = await joinedRoom();
    clock = closesAt;
    await runMoment('closed');
    await runMoment('closed');
    await settle();
    expect(connected.notices.map(({ phase, seq }) => ({ phase, seq }))).toEqual([{ phase: 'closed', seq: 2 }]);
    expect((await joinedRoom()).snapshot).toMatchObject({ phase: 'closed', phaseSeq: 2 });
  });
});
