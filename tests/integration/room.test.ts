import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ClientToServerEvents, Result, RoomSnapshot } from '@shared/events';
import type { RoomEvent } from '@shared/schemas/room';
import { startWeb, type RunningWeb } from '../../server/web';
import { startPlatform, TestClient, eventually, roomSocket, type RoomClient } from './support';

const day = 86_400_000;
const hour = 3_600_000;

// 2026-10-24 12:00 in Brussels: the room closes 24 hours later, after the clocks went back.
const opensAt = Date.parse('2026-10-24T10:00:00Z');
const closesAt = Date.parse('2026-10-25T10:00:00Z');

describe('the live room of an assembly', () => {
  let clock = opensAt - 20 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let secondWeb: RunningWeb;
  let assemblyId: string;
  let itemId: string;
  let table: TestClient;
  const sockets: RoomClient[] = [];

  /** A browser's socket for a signed-in person, on one of the web processes. */
  async function roomClient(client: TestClient, port: number): Promise<RoomClient> {
    const socket = await roomSocket(port, client.cookie);
    sockets.push(socket);
    return socket;
  }
  const call = <T>(socket: RoomClient, event: keyof ClientToServerEvents, input: unknown) =>
    new Promise<Result<T>>((resolve) => (socket.emit as (...args: unknown[]) => void)(event, input, resolve));
  const post = (socket: RoomClient, body: string, clientId = `c${Math.random().toString(36).slice(2, 12)}`) =>
    call<RoomEvent>(socket, 'message:post', { assemblyId, thread: itemId, body, clientId });

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    secondWeb = await startWeb(platform.config, { now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'ordinary',
        title: 'Autumn assembly',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    assemblyId = created.assembly.id;
    const withItem = (await (
      await table.post(`/api/assemblies/${assemblyId}/agenda`, { kind: 'ordinary_decision', title: 'Budget 2027' })
    ).json()) as AssemblyView;
    itemId = withItem.assembly.agenda[0]!.id;
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await secondWeb?.close();
    await platform?.close();
  });

  it('lasts 86,400 seconds across the end of daylight-saving time', async () => {
    const view = await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`);
    expect(Date.parse(view.assembly.closesAt) - Date.parse(view.assembly.opensAt)).toBe(86_400_000);
    expect(view.assembly.closesAt).toBe(new Date(closesAt).toISOString());
  });

  it('refuses a message a millisecond before the opening, and takes one at the opening', async () => {
    const ekaterina = await roomClient(
      await platform.client().signIn('ekaterina.smoroda@example.org'),
      platform.web.port,
    );
    clock = opensAt - 1;
    const joined = await call<RoomSnapshot>(ekaterina, 'room:join', { assemblyId });
    expect(joined).toMatchObject({
      ok: true,
      value: { phase: 'convened', canPost: { ok: false, reason: 'window_not_yet_open' } },
    });
    const early = await post(ekaterina, 'Bonjour à toutes et à tous !');
    expect(early).toMatchObject({ ok: false, error: { code: 'window_not_yet_open' } });
    clock = opensAt;
    expect(await post(ekaterina, 'Bonjour à toutes et à tous !')).toMatchObject({
      ok: true,
      value: { message: { body: 'Bonjour à toutes et à tous !', author: { name: 'Ekaterina Smoroda' } } },
    });
  });

  it('takes a message at closesAt minus one millisecond, and refuses one at closesAt', async () => {
    const samuel = await roomClient(await platform.client().signIn('samuel.thirion@example.org'), platform.web.port);
    clock = closesAt - 1;
    expect(await post(samuel, 'Dernier mot du Cap-Vert.')).toMatchObject({ ok: true });
    const lastWord = await post(samuel, 'Dernier mot, envoyé deux fois.', 'last-word-at-the-close');
    clock = closesAt;
    const late = await post(samuel, 'Trop tard ?');
    expect(late).toMatchObject({ ok: false, error: { code: 'window_closed' } });
    // A message stored before the close whose acknowledgement was lost: sent again, it is answered as stored.
    const resent = await post(samuel, 'Dernier mot, envoyé deux fois.', 'last-word-at-the-close');
    expect(resent.ok && lastWord.ok && resent.value.message.id === lastWord.value.message.id).toBe(true);
    clock = opensAt + 3_600_000;
  });

  it('delivers a message posted through one web process to people on the other, with who it speaks for', async () => {
    const sender = await roomClient(
      await platform.client().signIn('lhoussaine.aitbrahim@example.org'),
      platform.web.port,
    );
    const reader = await roomClient(await platform.client().signIn('andre.desmet@example.org'), secondWeb.port);
    await call(sender, 'room:join', { assemblyId });
    await call(reader, 'room:join', { assemblyId });
    const received = new Promise<RoomEvent>((resolve) =>
      reader.on('room:event', (event) => event.message.body.startsWith('Agadir') && resolve(event)),
    );
    const sent = await post(sender, 'Agadir soutient le budget.');
    expect(sent.ok).toBe(true);
    const event = await received;
    expect(event.message.author.speaksFor.map((member) => member.memberNo)).toContain(68);
    expect(event.message.author.speaksFor).toHaveLength(19);
  });

  it('stores a message sent twice with the same id once', async () => {
    const socket = await roomClient(
      await platform.client().signIn('fayçal.kaabi@example.org'.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
      platform.web.port,
    );
    await call(socket, 'room:join', { assemblyId });
    const first = await post(socket, 'Kairouan est présent.', 'same-client-id-1');
    const again = await post(socket, 'Kairouan est présent.', 'same-client-id-1');
    expect(first.ok && again.ok && first.value.message.id === again.value.message.id).toBe(true);
    const snapshot = await call<RoomSnapshot>(socket, 'room:join', { assemblyId });
    expect(
      snapshot.ok && snapshot.value.messages.filter((message) => message.body === 'Kairouan est présent.'),
    ).toHaveLength(1);
  });

  it('gives a returning person everything it missed, from the last change it saw', async () => {
    const away = await roomClient(await platform.client().signIn('helder.guerreiro@example.org'), platform.web.port);
    const joined = await call<RoomSnapshot>(away, 'room:join', { assemblyId });
    const cursor = joined.ok ? joined.value.cursor : '';
    away.disconnect();
    const other = await roomClient(await platform.client().signIn('manuela.coutinho@example.org'), secondWeb.port);
    await call(other, 'room:join', { assemblyId });
    await post(other, 'Pendant votre absence : accord sur le budget.');
    const back = await roomClient(await platform.client().signIn('helder.guerreiro@example.org'), secondWeb.port);
    const missed = await call<RoomEvent[]>(back, 'room:history', { assemblyId, after: cursor });
    expect(missed.ok && missed.value.map((event) => event.message.body)).toEqual([
      'Pendant votre absence : accord sur le budget.',
    ]);
    // Entering the room again from that point brings only what changed since, and the new cursor.
    const rejoined = await call<RoomSnapshot>(back, 'room:join', { assemblyId, after: cursor });
    expect(rejoined.ok && rejoined.value.partial && rejoined.value.messages.map((message) => message.body)).toEqual([
      'Pendant votre absence : accord sur le budget.',
    ]);
    expect(rejoined.ok && missed.ok && rejoined.value.cursor).toBe(missed.ok && missed.value.at(-1)?.cursor);
  });

  it('keeps every message when the web process stops and starts again', async () => {
    const before = await call<RoomSnapshot>(await roomClient(table, secondWeb.port), 'room:join', { assemblyId });
    await secondWeb.close();
    secondWeb = await startWeb(platform.config, { now: () => new Date(clock) });
    const after = await call<RoomSnapshot>(await roomClient(table, secondWeb.port), 'room:join', { assemblyId });
    expect(after.ok && before.ok && after.value.messages.map((message) => message.id)).toEqual(
      before.ok && before.value.messages.map((message) => message.id),
    );
    expect(after.ok && after.value.messages.length).toBeGreaterThanOrEqual(5);
  });

  it('lets the author edit for ten minutes, keeping the history, and the Table hide with a reason', async () => {
    const author = await roomClient(await platform.client().signIn('christine.derenne@example.org'), platform.web.port);
    await call(author, 'room:join', { assemblyId });
    const posted = await post(author, 'Durbuy vote contre.');
    const messageId = posted.ok ? posted.value.message.id : '';
    const edited = await call<RoomEvent>(author, 'message:edit', { assemblyId, messageId, body: 'Durbuy vote pour.' });
    expect(edited).toMatchObject({
      ok: true,
      value: { message: { body: 'Durbuy vote pour.', versions: [{ body: 'Durbuy vote contre.' }] } },
    });
    clock += 10 * 60_000;
    expect(await call(author, 'message:edit', { assemblyId, messageId, body: 'Encore.' })).toMatchObject({
      ok: false,
      error: { code: 'message_edit_window_passed' },
    });

    const tableSocket = await roomClient(table, platform.web.port);
    await call(tableSocket, 'room:join', { assemblyId });
    const reader = await roomClient(await platform.client().signIn('michele.vercauteren@example.org'), secondWeb.port);
    await call(reader, 'room:join', { assemblyId });
    const seen = new Promise<RoomEvent>((resolve) =>
      reader.on('room:event', (event) => event.message.id === messageId && resolve(event)),
    );
    expect(await call(author, 'message:hide', { assemblyId, messageId, reason: 'Off topic' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const hidden = await call<RoomEvent>(tableSocket, 'message:hide', {
      assemblyId,
      messageId,
      reason: 'Vote announced before the ballot opens',
    });
    expect(hidden).toMatchObject({
      ok: true,
      value: { message: { body: 'Durbuy vote pour.', hidden: { reason: 'Vote announced before the ballot opens' } } },
    });
    expect(await seen).toMatchObject({
      message: { body: '', hidden: { reason: 'Vote announced before the ballot opens', by: 'Giusto Maniscalchi' } },
    });
  });

  it('records the first join of each voting member during the window as its presence', async () => {
    const { connectRedis } = await import('../../server/redis/connection');
    const { createContext } = await import('../../server/context');
    const redis = connectRedis(platform.config.REDIS_URL);
    const attendance = await createContext(redis, platform.config).room.attendance(assemblyId);
    redis.disconnect();
    expect(attendance.get(68)).toMatchObject({ personId: expect.any(String), via: 'own' });
    expect(attendance.get(34)?.at).toBe(new Date(opensAt).toISOString());
    expect([...attendance.keys()].length).toBeGreaterThanOrEqual(24 + 19 + 9);
  });

  it('disconnects a person who no longer represents any member', async () => {
    const former = await roomClient(await platform.client().signIn('raul.daoli@example.org'), platform.web.port);
    await call(former, 'room:join', { assemblyId });
    const removed = new Promise<string>((resolve) => former.on('room:removed', ({ reason }) => resolve(reason)));
    const secretariat = await platform.client().signIn('secretariat@example.org');
    await secretariat.post('/api/members/16/representative', {
      newPerson: { name: 'Giulia Rossi', email: 'giulia.rossi@example.org', language: 'en', timeZone: 'Europe/Rome' },
    });
    expect(await removed).toBe('You no longer represent any member of the network.');
    await eventually(() => (former.connected ? undefined : true), 'the disconnection');
  });

  it('refuses a connection without a session', async () => {
    const anonymous: RoomClient = connect(`http://127.0.0.1:${platform.web.port}`, {
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(anonymous);
    const error = await new Promise<Error>((resolve) => anonymous.once('connect_error', resolve));
    expect(error.message).toBe('sign_in_required');
  });
});

describe('the reminder six hours before the close', () => {
  it('goes only to the voting members not yet seen in the room', async () => {
    const opens = Date.now() - 20 * hour;
    let clock = opens - 20 * day;
    const platform = await startPlatform({ now: () => new Date(clock) });
    try {
      const table = await platform.client().signIn('giusto.maniscalchi@example.org');
      const created = (await (
        await table.post('/api/assemblies', {
          kind: 'ordinary',
          title: 'Reminded assembly',
          opensAt: new Date(opens).toISOString(),
        })
      ).json()) as AssemblyView;
      await table.post(`/api/assemblies/${created.assembly.id}/agenda`, { kind: 'information', title: 'News' });
      await table.post(`/api/assemblies/${created.assembly.id}/convene`);
      clock = opens + 18 * hour;
      const ekaterina = await platform.client().signIn('ekaterina.smoroda@example.org');
      const socket: RoomClient = connect(`http://127.0.0.1:${platform.web.port}`, {
        transports: ['websocket'],
        extraHeaders: { cookie: ekaterina.cookie },
        reconnection: false,
      });
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      await new Promise((resolve) => socket.emit('room:join', { assemblyId: created.assembly.id }, resolve));
      socket.disconnect();

      const { connectRedis } = await import('../../server/redis/connection');
      const { createContext } = await import('../../server/context');
      const { assemblyMoment } = await import('../../jobs/handlers/assemblyMoment');
      const redis = connectRedis(platform.config.REDIS_URL);
      const before = await table.outboxCount();
      await assemblyMoment(createContext(redis, platform.config, { now: () => new Date(clock) }), {
        assemblyId: created.assembly.id,
        moment: 'closing_soon',
        opensAt: new Date(opens).toISOString(),
      });
      redis.disconnect();
      await table.mailTo('samuel.thirion@example.org', before, /six hours|six heures/);
      const { messages } = await table.json<{ messages: Array<{ to: string[]; subject: string }> }>('/api/outbox');
      const reminded = messages
        .slice(0, messages.length - before)
        .filter((message) => /six hours|six heures/.test(message.subject))
        .flatMap((message) => message.to);
      expect(reminded).not.toContain('ekaterina.smoroda@example.org');
      expect(reminded).not.toContain('carine.jansen@example.org'); // an associate: it does not vote
      expect(new Set(reminded).size).toBe(reminded.length);
    } finally {
      await platform.close();
    }
  });
});
