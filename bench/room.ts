import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { io as connect, type Socket } from 'socket.io-client';
import type { Assembly } from '@shared/schemas/assembly';
import { configSchema } from '../server/config';
import { connectRedis, type RedisTarget } from '../server/redis/connection';
import { createContext } from '../server/context';
import { closeQueues } from '../server/queue/queues';
import { freePort } from '../server/process/freePort';
import { benchRedis, percentile, signedInRepresentatives, spawnProcess } from './support';

export interface RoomFigures {
  participants: number;
  rate: number;
  webProcesses: number;
  bare: Delivery;
  agora: Delivery;
  /** Resident memory of the web process(es) per connected participant, in KiB. */
  memoryPerParticipantKiB: number;
}
export interface Delivery {
  deliveriesPerSecond: number;
  expected: number;
  delivered: number;
  p50: number;
  p99: number;
  max: number;
}

/** An absolute timestamp in milliseconds with sub-millisecond precision, comparable across processes. */
const stamp = () => performance.timeOrigin + performance.now();

/** A process of the benchmark that says on which port it listens. */
async function listening(args: string[], env: NodeJS.ProcessEnv) {
  const { child, said } = await spawnProcess(args, env, /port (\d+)|listening on port (\d+)/);
  return { child, port: Number(said[1] ?? said[2]) };
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Messages sent before the timing starts, their deliveries not counted (their `sentAt` is 0). */
const warmUpMessages = 20;

/**
 * Sends `rate` messages a second for `seconds` through `send`, and measures every delivery. First
 * a few untimed messages, so a process's first messages (code not yet optimised, scripts not yet
 * loaded in Redis) do not stand for the steady room: at 2 messages a second, p99 of the
 * deliveries is the slowest message.
 */
async function drive(
  receivers: number,
  rate: number,
  seconds: number,
  send: (index: number, sentAt: number) => Promise<void>,
  latencies: number[],
): Promise<Delivery> {
  for (let index = 0; index < warmUpMessages; index++) {
    await send(index, 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const total = Math.round(rate * seconds);
  const start = stamp();
  const sends: Array<Promise<void>> = [];
  for (let index = 0; index < total; index++) {
    const due = start + (index * 1000) / rate;
    const wait = due - stamp();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sends.push(send(index, stamp()));
  }
  await Promise.all(sends);
  const expected = total * receivers;
  const deadline = stamp() + 10_000;
  while (latencies.length < expected && stamp() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const elapsedSeconds = (stamp() - start) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    deliveriesPerSecond: latencies.length / elapsedSeconds,
    expected,
    delivered: latencies.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

async function connectAll<T extends Socket>(make: (index: number) => T, count: number): Promise<T[]> {
  const sockets: T[] = [];
  for (let start = 0; start < count; start += 100) {
    const batch = Array.from({ length: Math.min(100, count - start) }, (_, offset) => make(start + offset));
    await Promise.all(
      batch.map(
        (socket) =>
          new Promise<void>((resolve, reject) => {
            socket.once('connect', () => resolve());
            socket.once('connect_error', reject);
          }),
      ),
    );
    sockets.push(...batch);
  }
  return sockets;
}

/**
 * One room: `participants` people connected, `rate` messages a second posted by some of them,
 * every delivery timed from the sender's clock to the receiver's. First a bare Socket.IO broadcast
 * server, then Agora's web process(es) with every message stored in Redis (AOF, fsync always)
 * before it is broadcast.
 */
export async function benchRoom(
  participants: number,
  rate: number,
  webProcesses: 1 | 2,
  seconds = 5,
): Promise<RoomFigures> {
  const senders = Math.min(participants, Math.max(10, Math.ceil((rate * 60) / 15)));

  // Bare Socket.IO.
  const bareServer = await listening(['bench/bareSocketServer.ts'], {});
  const bareLatencies: number[] = [];
  const bareSockets = await connectAll(
    (index) =>
      connect(`http://127.0.0.1:${bareServer.port}`, {
        transports: ['websocket'],
        forceNew: true,
        query: { index: String(index) },
      }),
    participants,
  );
  await Promise.all(bareSockets.map((socket) => new Promise<void>((resolve) => socket.emit('join', 'room', resolve))));
  for (const socket of bareSockets)
    socket.on(
      'message',
      (payload: { sentAt: number }) => void (payload.sentAt > 0 && bareLatencies.push(stamp() - payload.sentAt)),
    );
  const bare = await drive(
    participants,
    rate,
    seconds,
    (index, sentAt) =>
      new Promise((resolve) =>
        bareSockets[index % senders]!.emit('post', 'room', { sentAt, body: 'x'.repeat(200) }, resolve),
      ),
    bareLatencies,
  );
  for (const socket of bareSockets) socket.disconnect();
  bareServer.child.kill('SIGTERM');

  const redis = await benchRedis();
  try {
    const agora = await benchAgoraRoom(participants, rate, webProcesses, seconds, {
      target: redis.url,
      env: { REDIS_URL: redis.url, REDIS_PREFIX: 'benchroom' },
    });
    return { participants, rate, webProcesses, bare, ...agora };
  } finally {
    await redis.stop();
  }
}

/** The Redis a benchmark's processes use: how the benchmark reaches it, and the settings its processes get. */
export interface BenchBackend {
  target: RedisTarget;
  env: Record<string, string>;
}

/**
 * Agora's half of the room benchmark, on a given Redis (one server, or a primary with replicas
 * behind sentinels): `participants` connected to the web process(es), `rate` messages a second,
 * each stored (and, when replicas are required, confirmed by one) before it is broadcast.
 */
export async function benchAgoraRoom(
  participants: number,
  rate: number,
  webProcesses: 1 | 2,
  seconds: number,
  backend: BenchBackend,
): Promise<{ agora: Delivery; memoryPerParticipantKiB: number }> {
  const senders = Math.min(participants, Math.max(10, Math.ceil((rate * 60) / 15)));
  const config = configSchema.parse({ ...backend.env, PORT: '0' });
  const connection = connectRedis(backend.target);
  const ctx = createContext(connection, config);
  const now = new Date();
  const cookies = await signedInRepresentatives(ctx, participants, now);
  const assembly: Assembly = {
    id: 'abench',
    kind: 'ordinary',
    title: 'Bench',
    opensAt: new Date(now.getTime() - 3_600_000).toISOString(),
    closesAt: new Date(now.getTime() + 82_800_000).toISOString(),
    referenceTimeZone: 'Europe/Brussels',
    hybrid: false,
    status: 'convened',
    createdAt: now.toISOString(),
    createdBy: 'bench',
    agenda: [
      {
        id: 'ibench1',
        kind: 'information',
        title: 'Bench',
        description: '',
        subjectMemberNo: null,
        documentIds: [],
        addedAt: now.toISOString(),
      },
    ],
    dispatches: [{ no: 1, at: now.toISOString(), by: 'bench', reason: 'convocation' }],
    unsentChanges: false,
    cancelled: null,
  };
  await ctx.assemblies.create(assembly);

  const webs = await Promise.all(
    Array.from({ length: webProcesses }, async () =>
      listening(['server/main.ts'], {
        ...backend.env,
        PORT: String(await freePort()),
        HOST: '127.0.0.1',
      }),
    ),
  );
  const memoryBefore = webs.reduce((sum, web) => sum + rssOf(web.child.pid!), 0);
  const agoraLatencies: number[] = [];
  const sockets = await connectAll(
    (index) =>
      connect(`http://127.0.0.1:${webs[index % webs.length]!.port}`, {
        transports: ['websocket'],
        forceNew: true,
        extraHeaders: { cookie: cookies[index]! },
      }),
    participants,
  );
  await Promise.all(
    sockets.map(
      (socket) =>
        new Promise<void>((resolve) => socket.emit('room:join', { assemblyId: assembly.id }, () => resolve())),
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const memoryAfter = webs.reduce((sum, web) => sum + rssOf(web.child.pid!), 0);
  for (const socket of sockets) {
    socket.on('room:event', (event: { message: { body: string } }) => {
      const sentAt = Number(event.message.body.split(' ')[0]);
      if (sentAt > 0) agoraLatencies.push(stamp() - sentAt);
    });
  }
  const agora = await drive(
    participants,
    rate,
    seconds,
    (index, sentAt) =>
      new Promise((resolve, reject) =>
        sockets[index % senders]!.emit(
          'message:post',
          {
            assemblyId: assembly.id,
            thread: 'ibench1',
            body: `${sentAt} ${'x'.repeat(180)}`,
            clientId: randomBytes(9).toString('base64url'),
          },
          (result: { ok: boolean; error?: { message: string } }) =>
            result.ok ? resolve() : reject(new Error(result.error?.message)),
        ),
      ),
    agoraLatencies,
  );
  for (const socket of sockets) socket.disconnect();
  for (const web of webs) web.child.kill('SIGTERM');
  await closeQueues(ctx.queues);
  connection.disconnect();
  return { agora, memoryPerParticipantKiB: (memoryAfter - memoryBefore) / participants };
}
