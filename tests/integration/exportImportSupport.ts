import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { Redis } from 'ioredis';
import type { AssemblyView } from '@shared/api/assemblies';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import type { MotionsResponse, ProxiesResponse } from '@shared/api/voting';
import type { ClientToServerEvents, Result, RoomSnapshot, ServerToClientEvents } from '@shared/events';
import type { RoomEvent } from '@shared/schemas/room';
import type { Motion } from '@shared/schemas/voting';
import { connectRedis } from '../../server/redis/connection';
import { createContext, type Context } from '../../server/context';
import { redisKeys } from '../../server/store/keys';
import type { RegisterSnapshot } from '../../server/store/register';
import { exportStore } from '../../server/store/portable';
import { closeQueues } from '../../server/queue/queues';
import { eventually, startPlatform, TestClient } from './support';
import { castSecretOk, defaultTrustees, giveShares, makeElectionKey } from './secretVoting';

const day = 86_400_000;
const hour = 3_600_000;
const opensAt = Date.parse('2027-03-09T09:00:00Z');
const laterOpensAt = opensAt + 30 * day;
const root = new URL('../../', import.meta.url).pathname;

/** A PDF whose bytes are not UTF-8, as most real ones: the export must carry them exactly. */
export const binaryPdf = Buffer.concat([
  Buffer.from('%PDF-1.4\n%'),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
  readFileSync(new URL('../fixtures/accounts-2026.pdf', import.meta.url)).subarray('%PDF-1.4\n'.length),
  Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)),
]);

type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The lines of an export file, parsed. */
export const linesOf = (file: string) =>
  gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as {
          key?: unknown;
          type?: string;
          size?: number;
          lastId?: string;
          value?: unknown;
          format?: string;
        },
    );

/** A register with its hashes' values in one order: Redis keeps none, and an import writes fields sorted. */
export const inOrder = (register: RegisterSnapshot) => ({
  ...register,
  people: [...register.people].sort((a, b) => a.id.localeCompare(b.id)),
  bodySeats: [...register.bodySeats].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
});

/** The export with its last line's value replaced by one no Redis type has: everything before it is fine. */
export function damageLastLine(file: Buffer): string {
  const lines = gunzipSync(file).toString('utf8').trimEnd().split('\n');
  lines.push(JSON.stringify({ ...(JSON.parse(lines.pop()!) as object), value: 42 }));
  return `${lines.join('\n')}\n`;
}

/** Signs in where the outbox holds more than a page of messages already (TestClient.signIn counts them). */
export async function signInPast(client: TestClient, email: string): Promise<TestClient> {
  const before = new Set((await client.json<OutboxResponse>('/api/outbox')).messages.map((message) => message.id));
  expect((await client.post('/api/auth/sign-in', { email })).status).toBe(202);
  const summary = await eventually(
    async () =>
      (await client.json<OutboxResponse>('/api/outbox')).messages.find(
        (message) => !before.has(message.id) && message.to.includes(email),
      ),
    `the sign-in link of ${email}`,
  );
  const mail = await client.json<OutboxMessage>(`/api/outbox/${summary.id}`);
  const token = /#token=([A-Za-z0-9_.-]+)/.exec(mail.text)?.[1] ?? '';
  expect((await client.post('/api/auth/sign-in/complete', { token })).status).toBe(204);
  return client;
}

/** `npm run export` / `npm run import` as a person types them, with its own environment. */
export function runCli(
  script: 'exportStore' | 'importStore',
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    const child = spawn(process.execPath, ['--import', 'tsx', `server/cli/${script}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, REDIS_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

interface ExportedStore {
  dir: string;
  exported: string;
  clock: () => number;
  platform: Awaited<ReturnType<typeof startPlatform>>;
  redis: Redis;
  source: Context;
  heldId: string;
  laterId: string;
  documentId: string;
  proxyId: string;
  /** The held assembly's secret motion, counted from encrypted ballots, and its archive's SHA-256. */
  secretId: string;
  archiveSha256: string;
}

/**
 * A store exported once for the file's tests: an assembly held from convocation to tally, with a document,
 * a proxy, its mandate, the room, its trustees' election key and a secret vote counted from encrypted
 * ballots and their shares, and another convened for later. Its fields are set before the first test.
 */
export function exportedStore() {
  let clock = opensAt - 20 * day;
  const dir = mkdtempSync(join(tmpdir(), 'agora-export-'));
  // The rest is set by the end of beforeAll, before the first test reads it.
  const store = { dir, exported: join(dir, 'source.jsonl.gz'), clock: () => clock } as ExportedStore;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let redis: Redis;
  let source: Context;
  let table: TestClient;
  let heldId: string;
  let laterId: string;
  let documentId: string;
  let proxyId: string;
  let secretId: string;
  let archiveSha256: string;
  const sockets: RoomClient[] = [];
  const exported = store.exported;
  const call = <T>(socket: RoomClient, event: keyof ClientToServerEvents, input: unknown) =>
    new Promise<Result<T>>((resolve) => (socket.emit as (...args: unknown[]) => void)(event, input, resolve));

  async function enterRoom(client: TestClient): Promise<RoomClient> {
    const socket: RoomClient = connect(`http://127.0.0.1:${platform.web.port}`, {
      transports: ['websocket'],
      extraHeaders: { cookie: client.cookie },
      reconnection: false,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    expect(await call<RoomSnapshot>(socket, 'room:join', { assemblyId: heldId })).toMatchObject({ ok: true });
    return socket;
  }

  async function draft(title: string, at: number, items: string[]): Promise<AssemblyView> {
    const created = (await (
      await table.post('/api/assemblies', { kind: 'ordinary', title, opensAt: new Date(at).toISOString() })
    ).json()) as AssemblyView;
    for (const item of items)
      expect(
        (await table.post(`/api/assemblies/${created.assembly.id}/agenda`, { kind: 'ordinary_decision', title: item }))
          .status,
      ).toBe(201);
    return table.json<AssemblyView>(`/api/assemblies/${created.assembly.id}`);
  }

  const sentToAll = async (assemblyId: string) => (await table.convocationsSent(assemblyId)).counts;

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    redis = connectRedis(platform.config.REDIS_URL);
    source = createContext(redis, platform.config, { now: () => new Date(clock) });
    // Everyone signs in first: the outbox page shows the latest 200 messages, and 216 convocations follow.
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    const faycal = await platform.client().signIn(defaultTrustees[1]!);
    const kostantinos = await platform.client().signIn(defaultTrustees[2]!);
    const samuel = await platform.client().signIn('samuel.thirion@example.org');
    const ekaterina = await platform.client().signIn('ekaterina.smoroda@example.org');
    const lhoussaine = await platform.client().signIn('lhoussaine.aitbrahim@example.org');

    // An assembly held from convocation to tally, with a document, a proxy and its mandate.
    const held = await draft('Spring ordinary assembly', opensAt, ['Accounts of 2026', 'Budget of 2027']);
    heldId = held.assembly.id;
    const [accounts, budget] = held.assembly.agenda;
    const upload = await fetch(
      `${platform.base}/api/assemblies/${heldId}/agenda/${accounts!.id}/documents?name=Comptes%202026.pdf`,
      {
        method: 'POST',
        headers: { cookie: table.cookie, 'content-type': 'application/pdf' },
        body: new Uint8Array(binaryPdf),
      },
    );
    expect(upload.status).toBe(201);
    documentId = ((await upload.json()) as { id: string }).id;
    expect((await table.post(`/api/assemblies/${heldId}/convene`)).status).toBe(200);
    await sentToAll(heldId);
    // Its trustees make the election key its secret vote is encrypted with.
    const trustees = await makeElectionKey([table, faycal, kostantinos], heldId);

    expect(
      (await samuel.post(`/api/assemblies/${heldId}/proxies`, { grantorMemberNo: 57, holderMemberNo: 68 })).status,
    ).toBe(201);
    proxyId = (await samuel.json<ProxiesResponse>(`/api/assemblies/${heldId}/proxies`)).proxies[0]!.id;
    const mandate = await fetch(
      `${platform.base}/api/assemblies/${heldId}/proxies/${proxyId}/mandate?name=Mandat.pdf`,
      {
        method: 'POST',
        headers: { cookie: samuel.cookie, 'content-type': 'application/octet-stream' },
        body: new Uint8Array(binaryPdf),
      },
    );
    expect(mandate.status).toBe(201);

    // Another, convened for later: its reminders and timers must exist again after an import.
    const later = await draft('Autumn ordinary assembly', laterOpensAt, ['Action plan']);
    laterId = later.assembly.id;
    expect((await table.post(`/api/assemblies/${laterId}/convene`)).status).toBe(200);
    await sentToAll(laterId);

    // The day itself: the room, a named and a secret vote.
    clock = opensAt + hour;
    const posted = await call<RoomEvent>(await enterRoom(ekaterina), 'message:post', {
      assemblyId: heldId,
      thread: accounts!.id,
      body: 'Bonjour à toutes et à tous ! 🌍',
      clientId: 'c-export-1',
    });
    expect(posted).toMatchObject({ ok: true });
    expect(
      await call<RoomEvent>(await enterRoom(lhoussaine), 'message:post', {
        assemblyId: heldId,
        thread: budget!.id,
        body: 'مرحبا — the budget, line 4?',
        clientId: 'c-export-2',
      }),
    ).toMatchObject({ ok: true });
    const motions: Motion[] = [];
    for (const [item, secret] of [
      [accounts!, false],
      [budget!, true],
    ] as const) {
      const opened = await table.post(`/api/assemblies/${heldId}/motions`, {
        itemId: item.id,
        kind: 'ordinary_decision',
        title: item.title,
        text: `${item.title} are approved.`,
        secret,
      });
      expect(opened.status, await opened.clone().text()).toBe(201);
      motions.push((await opened.json()) as Motion);
    }
    const [named, secret] = motions;
    secretId = secret!.id;
    for (const [client, choice] of [
      [ekaterina, 'for'],
      [lhoussaine, 'against'],
    ] as const) {
      const { castable } = await client.json<MotionsResponse>(`/api/assemblies/${heldId}/motions`);
      const cast = await client.post(`/api/assemblies/${heldId}/motions/${named!.id}/ballots`, {
        ballots: castable.map((ballot) => ({ memberNo: ballot.memberNo, choice })),
      });
      expect(cast.status, await cast.clone().text()).toBe(201);
      await castSecretOk(client, heldId, secretId, new Map(castable.map((ballot) => [ballot.memberNo, choice])));
    }

    // The close job counts the named vote; the secret one once two trustees have given their shares.
    clock = opensAt + day + hour;
    await platform.runMoment(heldId, 'closed');
    for (const trustee of [trustees[0]!, trustees[2]!])
      expect((await giveShares(trustee, heldId)).map((response) => response.status)).toEqual([201]);
    const tallied = await eventually(async () => {
      const { motions: views } = await table.json<MotionsResponse>(`/api/assemblies/${heldId}/motions`);
      return views.every((view) => view.tally !== null) ? views : undefined;
    }, 'both votes counted');
    archiveSha256 = tallied.find((view) => view.motion.id === secretId)!.secretCount!.archive!.sha256;
    // The close then drafts the minutes, in a job of its own: the export carries them.
    await eventually(async () => (await source.minutes.version(heldId, 1)) ?? undefined, 'the minutes of the close');

    for (const socket of sockets) socket.disconnect();
    await platform.close();
    await exportStore(redis, redisKeys(source.config.REDIS_PREFIX), exported);
    Object.assign(store, { platform, redis, source, heldId, laterId, documentId, proxyId, secretId, archiveSha256 });
  }, 180_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await closeQueues(source.queues);
    redis?.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  return store;
}
