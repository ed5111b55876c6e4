import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { Redis } from 'ioredis';
import type { AssemblyView } from '@shared/api/assemblies';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import type { MotionsResponse, ProxiesResponse } from '@shared/api/voting';
import type { ClientToServerEvents, Result, RoomSnapshot, ServerToClientEvents } from '@shared/events';
import type { RoomEvent } from '@shared/schemas/room';
import type { Motion } from '@shared/schemas/voting';
import { connectRedis } from '../../server/redis/connection';
import { startEmbeddedRedis } from '../../server/redis/embeddedRedis';
import { createContext, type Context } from '../../server/context';
import { redisKeys } from '../../server/store/keys';
import type { RegisterSnapshot } from '../../server/store/register';
import { exportStore, ImportRefused } from '../../server/store/portable';
import { importStore } from '../../server/store/portableImport';
import { restoreStore } from '../../server/commands/restoreStore';
import { verifyAudit } from '../../server/queries/verifyAudit';
import { momentJobId } from '../../server/queue/jobIds';
import { assemblyMoments } from '../../server/queue/moments';
import { closeQueues } from '../../server/queue/queues';
import { eventually, startPlatform, TestClient, uniquePrefix } from './support';

const day = 86_400_000;
const hour = 3_600_000;
const opensAt = Date.parse('2027-03-09T09:00:00Z');
const laterOpensAt = opensAt + 30 * day;
const root = new URL('../../', import.meta.url).pathname;

/** A PDF whose bytes are not UTF-8, as most real ones: the export must carry them exactly. */
const binaryPdf = Buffer.concat([
  Buffer.from('%PDF-1.4\n%'),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
  readFileSync(new URL('../fixtures/accounts-2026.pdf', import.meta.url)).subarray('%PDF-1.4\n'.length),
  Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)),
]);

type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The lines of an export file, parsed. */
const linesOf = (file: string) =>
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
const inOrder = (register: RegisterSnapshot) => ({
  ...register,
  people: [...register.people].sort((a, b) => a.id.localeCompare(b.id)),
  bodySeats: [...register.bodySeats].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
});

/** The export with its last line's value replaced by one no Redis type has: everything before it is fine. */
function damageLastLine(file: Buffer): string {
  const lines = gunzipSync(file).toString('utf8').trimEnd().split('\n');
  lines.push(JSON.stringify({ ...(JSON.parse(lines.pop()!) as object), value: 42 }));
  return `${lines.join('\n')}\n`;
}

/** Signs in where the outbox holds more than a page of messages already (TestClient.signIn counts them). */
async function signInPast(client: TestClient, email: string): Promise<TestClient> {
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
function runCli(
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

describe('export and import of the whole store', () => {
  let clock = opensAt - 20 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let redis: Redis;
  let source: Context;
  let table: TestClient;
  let heldId: string;
  let laterId: string;
  let documentId: string;
  let proxyId: string;
  const sockets: RoomClient[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'agora-export-'));
  const exported = join(dir, 'source.jsonl.gz');

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
    for (const [client, choice] of [
      [ekaterina, 'for'],
      [lhoussaine, 'against'],
    ] as const) {
      const { castable } = await client.json<MotionsResponse>(`/api/assemblies/${heldId}/motions`);
      for (const motion of motions) {
        const cast = await client.post(`/api/assemblies/${heldId}/motions/${motion.id}/ballots`, {
          ballots: castable.map((ballot) => ({ memberNo: ballot.memberNo, choice })),
        });
        expect(cast.status, await cast.clone().text()).toBe(201);
      }
    }

    // The close job counts.
    clock = opensAt + day + hour;
    await platform.runMoment(heldId, 'closed');
    const { motions: tallied } = await table.json<MotionsResponse>(`/api/assemblies/${heldId}/motions`);
    expect(tallied.every((view) => view.tally !== null)).toBe(true);
    // The close then drafts the minutes, in a job of its own: the export carries them.
    await eventually(async () => (await source.minutes.version(heldId, 1)) ?? undefined, 'the minutes of the close');

    for (const socket of sockets) socket.disconnect();
    await platform.close();
    await exportStore(redis, redisKeys(source.config.REDIS_PREFIX), exported);
  }, 120_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await closeQueues(source.queues);
    redis?.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one line per key, sorted, without the prefix, binary values as base64, streams with their ids', async () => {
    const [header, ...lines] = linesOf(exported);
    expect(header).toMatchObject({ format: 'agora-export', version: 1 });
    expect(JSON.stringify(header)).not.toMatch(/20\d\d-/); // no date: the same store gives the same bytes
    const keys = lines.map((line) => line.key as string);
    expect(keys).toEqual([...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(keys).toEqual(
      expect.arrayContaining([
        'members',
        'people',
        'audit',
        'audit:head',
        'assemblies',
        'secret:links',
        'outbox',
        `document:${documentId}`,
        `proxy:${proxyId}:mandate`,
        `assembly:${heldId}:room:log`,
      ]),
    );
    expect(
      keys.filter(
        (key) =>
          key.startsWith(redisKeys(source.config.REDIS_PREFIX).prefix) ||
          /^(jobs:|socket\.io|session:|link:|rate:|outbox:seen:)/.test(key),
      ),
    ).toEqual([]);
    expect((header as { keys: number }).keys).toBe(new Set(keys).size);

    const byKey = new Map(lines.filter((line) => line.type).map((line) => [line.key as string, line]));
    const document = byKey.get(`document:${documentId}`)!;
    expect(document.type).toBe('string');
    expect(Buffer.from((document.value as { base64: string }).base64, 'base64').equals(binaryPdf)).toBe(true);
    expect(byKey.get('members')).toMatchObject({ type: 'hash', size: 108 });

    const { messages, cursor } = await source.room.all(heldId);
    const log = byKey.get(`assembly:${heldId}:room:log`)!;
    expect(log).toMatchObject({ type: 'stream', lastId: cursor });
    expect((log.value as Array<[string, unknown]>).map(([id]) => id)).toEqual(messages.map((message) => message.id));
    const head = await source.audit.head();
    const audit = lines
      .filter((line) => line.key === 'audit')
      .flatMap((line) => line.value as Array<[string, Array<[string, string]>]>);
    expect(audit).toHaveLength(head.seq);
    expect(Object.fromEntries(audit.at(-1)![1])).toMatchObject({ seq: String(head.seq), hash: head.hash });
  });

  it('imports into an empty prefix exactly: exported again, the file is byte for byte the same', async () => {
    const config = { ...platform.config, REDIS_PREFIX: uniquePrefix() };
    const target = createContext(redis, config, { now: () => new Date(clock) });
    try {
      const { summary, rescheduled } = await restoreStore(target, exported);
      expect(summary.keys).toBe((linesOf(exported)[0] as { keys: number }).keys);
      const again = join(dir, 'again.jsonl.gz');
      await exportStore(redis, redisKeys(target.config.REDIS_PREFIX), again);
      expect(readFileSync(again).equals(readFileSync(exported))).toBe(true);

      // Only the assembly still to come has its timed jobs again; the held one, closed, needs none.
      expect(rescheduled.map((assembly) => assembly.id)).toEqual([laterId]);
      const later = (await target.assemblies.get(laterId))!;
      for (const moment of assemblyMoments)
        expect(await target.queues.moments.getJob(momentJobId(laterId, moment, later.opensAt)), moment).toBeDefined();
      const held = (await target.assemblies.get(heldId))!;
      expect(await target.queues.moments.getJob(momentJobId(heldId, 'closed', held.opensAt))).toBeUndefined();
    } finally {
      await closeQueues(target.queues);
    }
  });

  it('gives a store that works: register, assembly, documents, room, votes and audit chain read back the same', async () => {
    const config = { ...platform.config, REDIS_PREFIX: uniquePrefix() };
    const target = createContext(redis, config, { now: () => new Date(clock) });
    try {
      await restoreStore(target, exported);
      expect(inOrder(await target.register.snapshot())).toEqual(inOrder(await source.register.snapshot()));
      expect((await target.register.snapshot()).members).toHaveLength(108);
      expect(await target.assemblies.all()).toEqual(await source.assemblies.all());
      expect((await target.assemblies.document(heldId, documentId))?.content.equals(binaryPdf)).toBe(true);
      expect((await target.proxies.mandate(proxyId))?.equals(binaryPdf)).toBe(true);
      expect(await target.room.all(heldId)).toEqual(await source.room.all(heldId));
      expect(await target.deliveries.list(laterId)).toEqual(await source.deliveries.list(laterId));
      for (const motion of await source.votes.motions(heldId))
        expect(await target.votes.tally(motion.id)).toEqual(await source.votes.tally(motion.id));
      expect(await target.audit.head()).toEqual(await source.audit.head());
      expect(await target.links.secret()).toBe(await source.links.secret());
      expect(await verifyAudit(target)).toEqual(await verifyAudit(source));
    } finally {
      await closeQueues(target.queues);
    }

    // Through the app: the Table signs in on the restored install and finds the results and the document.
    const restored = await startPlatform({
      now: () => new Date(clock),
      seed: false,
      config: { REDIS_PREFIX: config.REDIS_PREFIX },
    });
    try {
      const president = await signInPast(restored.client(), 'giusto.maniscalchi@example.org');
      const { motions } = await president.json<MotionsResponse>(`/api/assemblies/${heldId}/motions`);
      expect(motions.map((view) => view.tally)).toEqual(
        await Promise.all(motions.map((view) => source.votes.tally(view.motion.id))),
      );
      const download = await president.get(`/api/assemblies/${heldId}/documents/${documentId}`);
      expect(Buffer.from(await download.arrayBuffer()).equals(binaryPdf)).toBe(true);
    } finally {
      await restored.close();
    }
  });

  it('keys of every Redis type, binary names and values, and streams whose last id is past their entries, survive the round trip', async () => {
    const [from, to] = [redisKeys(uniquePrefix()), redisKeys(uniquePrefix())];
    const key = (name: string | Buffer) => Buffer.concat([Buffer.from(`${from.prefix}:`), Buffer.from(name)]);
    await redis.set(key(Buffer.from([0xff, 0x00, 0x41])), Buffer.from([0x00, 0xc3, 0x28, 0xff]));
    await redis.hset(key('hash'), Buffer.from([0xc3]), 'lone byte as a field', 'é', Buffer.from([0xfe]));
    await redis.rpush(key('list'), 'b', 'a', 'b', Buffer.from([0x80]));
    for (let i = 0; i < 2500; i++) await redis.rpush(key('long'), `entry ${i}`);
    await redis.sadd(key('set'), 'z', 'a', Buffer.from([0xf0]));
    await redis.zadd(key('zset'), '1.5', 'one', 'inf', 'top', '-inf', 'bottom', '0.1', 'tenth', '1e300', 'huge');
    await redis.xadd(key('stream'), '5-1', 'f', 'v', 'f', 'twice the same field');
    await redis.xadd(key('stream'), '7-0', 'bytes', Buffer.from([0xff]));
    await redis.xsetid(key('stream'), '9-3');
    await redis.xadd(key('emptied'), '3-0', 'a', 'b');
    await redis.xdel(key('emptied'), '3-0');
    await redis.set(key('session:x'), 'expires', 'EX', 600);
    await redis.set(key('jobs:mail:1'), 'a queued job');
    await redis.xadd(key('socket.io'), '*', 'a', 'b');

    const first = join(dir, 'types.jsonl.gz');
    const second = join(dir, 'types-again.jsonl.gz');
    expect(await exportStore(redis, from, first)).toEqual({
      keys: 8,
      types: { string: 1, hash: 1, list: 2, set: 1, zset: 1, stream: 2 },
    });
    await importStore(redis, to, first);
    await exportStore(redis, to, second);
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
    expect(
      linesOf(first)
        .filter((line) => line.key === 'long')
        .map((line) => (line.value as unknown[]).length),
    ).toEqual([1000, 1000, 500]);

    const there = (name: string | Buffer) => Buffer.concat([Buffer.from(`${to.prefix}:`), Buffer.from(name)]);
    expect(
      (await redis.getBuffer(there(Buffer.from([0xff, 0x00, 0x41]))))?.equals(Buffer.from([0x00, 0xc3, 0x28, 0xff])),
    ).toBe(true);
    expect(await redis.call('ZRANGE', there('zset'), '0', '-1', 'WITHSCORES')).toEqual(
      await redis.call('ZRANGE', key('zset'), '0', '-1', 'WITHSCORES'),
    );
    expect(await redis.exists(there('session:x'), there('jobs:mail:1'), there('socket.io'))).toBe(0);
    // New entries still come after the old ones, even where the old ones were deleted.
    expect(await redis.xadd(there('stream'), '9-3', 'a', 'b').catch((error: Error) => error.message)).toMatch(
      /equal or smaller/,
    );
    expect(await redis.xadd(there('emptied'), '3-0', 'a', 'b').catch((error: Error) => error.message)).toMatch(
      /equal or smaller/,
    );
  });

  it('gives the same bytes for the same data, whatever the order it was written in', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `field ${i}`); // past the compact encodings: Redis's own order is random
    const files: string[] = [];
    for (const order of [names, [...names].reverse()]) {
      const keys = redisKeys(uniquePrefix());
      for (const name of order) {
        await redis.hset(`${keys.prefix}:hash`, name, `value of ${name}`);
        await redis.sadd(`${keys.prefix}:set`, name);
      }
      files.push(join(dir, `${keys.prefix}.jsonl.gz`));
      await exportStore(redis, keys, files.at(-1)!);
    }
    expect(readFileSync(files[1]!).equals(readFileSync(files[0]!))).toBe(true);
  });

  it('refuses a store that holds data, and leaves it as it was', async () => {
    const target = redisKeys(uniquePrefix());
    await redis.hset(`${target.prefix}:members`, '1', '{"memberNo":1}');
    const refusal = await importStore(redis, target, exported).catch((error: Error) => error);
    expect(refusal).toBeInstanceOf(ImportRefused);
    expect((refusal as Error).message).toBe(
      `The store under the prefix "${target.prefix}" already holds data (for instance the key ${target.prefix}:members): an export is imported only into an empty store.`,
    );
    expect(await redis.keys(`${target.prefix}:*`)).toEqual([`${target.prefix}:members`]);
  });

  it.each([
    [
      'a file that is not gzip',
      () => Buffer.from('member_no,territory_no\n57,47\n'),
      /is not an Agora export, or it is damaged \(incorrect header check\)/,
    ],
    ['a gzip of something else', () => gzipSync('{"hello":"world"}\n'), /is not an Agora export\.$/],
    [
      'a truncated file',
      () => readFileSync(exported).subarray(0, Math.floor(readFileSync(exported).length / 2)),
      /is truncated: it ends in the middle of the export\.$/,
    ],
    [
      'an export of a later version',
      () => gzipSync(`${JSON.stringify({ format: 'agora-export', version: 2, keys: 0, types: {} })}\n`),
      /is an Agora export of version 2; this Agora reads version 1: update Agora, then import it\.$/,
    ],
    [
      'an export whose last key was cut off',
      () =>
        gzipSync(
          `${gunzipSync(readFileSync(exported)).toString('utf8').trimEnd().split('\n').slice(0, -1).join('\n')}\n`,
        ),
      /is truncated or damaged: its header announces \d+ keys, it holds \d+\.$/,
    ],
    [
      'an export whose very last value is damaged',
      () => gzipSync(damageLastLine(readFileSync(exported))),
      /is damaged at line \d+: its value is (malformed|not a list of items)\.$/,
    ],
  ])('refuses %s and writes nothing', async (_case, content, message) => {
    const file = join(dir, `refused-${Math.random().toString(36).slice(2)}.gz`);
    writeFileSync(file, content());
    const target = redisKeys(uniquePrefix());
    const refusal = await importStore(redis, target, file).catch((error: Error) => error);
    expect(refusal).toBeInstanceOf(ImportRefused);
    expect((refusal as Error).message).toMatch(message);
    expect((refusal as Error).message).not.toContain('\n');
    expect(await redis.keys(`${target.prefix}:*`)).toEqual([]);
  });

  it('runs as npm run export / import with REDIS_URL: the same bytes, and a refusal exits with 2 in one line', async () => {
    const file = join(dir, 'cli.jsonl.gz');
    const exportedByCli = await runCli('exportStore', [file], {
      REDIS_URL: platform.config.REDIS_URL,
      REDIS_PREFIX: redisKeys(source.config.REDIS_PREFIX).prefix,
      DATA_DIR: dir,
    });
    expect(exportedByCli.code, exportedByCli.stderr).toBe(0);
    expect(exportedByCli.stdout).toContain(
      `keys of the prefix "${redisKeys(source.config.REDIS_PREFIX).prefix}" written to ${file}`,
    );
    expect(readFileSync(file).equals(readFileSync(exported))).toBe(true);

    const prefix = uniquePrefix();
    const imported = await runCli('importStore', [file], {
      REDIS_URL: platform.config.REDIS_URL,
      REDIS_PREFIX: prefix,
      DATA_DIR: dir,
    });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`restored under the prefix "${prefix}"`);

    const twice = await runCli('importStore', [file], {
      REDIS_URL: platform.config.REDIS_URL,
      REDIS_PREFIX: prefix,
      DATA_DIR: dir,
    });
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim().split('\n').at(-1)).toMatch(
      new RegExp(
        `^import: The store under the prefix "${prefix}" already holds data .*an export is imported only into an empty store\\.$`,
      ),
    );
  }, 60_000);

  it('runs without REDIS_URL on the data folder: starts its own Redis and stops it, or uses the one running', async () => {
    const data = join(dir, 'data');
    const imported = await runCli('importStore', [exported], { DATA_DIR: data });
    expect(imported.code, imported.stderr).toBe(0);
    const pidFile = join(data, 'redis', 'redis.pid');
    expect(existsSync(pidFile)).toBe(false); // stopped after the command, its data saved

    const exportedByCli = await runCli('exportStore', [], { DATA_DIR: data });
    expect(exportedByCli.code, exportedByCli.stderr).toBe(0);
    const file = /written to (.*\.jsonl\.gz)/.exec(exportedByCli.stdout)?.[1] ?? '';
    expect(file).toMatch(new RegExp(`${data}/agora-export-\\d{4}-\\d{2}-\\d{2}\\.jsonl\\.gz$`));
    expect(readFileSync(file).equals(readFileSync(exported))).toBe(true);

    // While Agora runs (its Redis on the data folder), the command uses that server and leaves it running.
    const running = await startEmbeddedRedis({ dir: join(data, 'redis') });
    try {
      const whileRunning = await runCli('exportStore', [join(dir, 'while-running.jsonl.gz')], { DATA_DIR: data });
      expect(whileRunning.code, whileRunning.stderr).toBe(0);
      expect(readFileSync(join(dir, 'while-running.jsonl.gz')).equals(readFileSync(exported))).toBe(true);
      expect(running.process.exitCode).toBeNull();
      const refused = await runCli('importStore', [exported], { DATA_DIR: data });
      expect(refused.code).toBe(2);
    } finally {
      await running.stop();
    }
  }, 90_000);
});
