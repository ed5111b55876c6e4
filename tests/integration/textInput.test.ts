import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ImportRefusal } from '@shared/api/register';
import type { MeResponse } from '@shared/api/session';
import type { Result } from '@shared/events';
import type { AssemblyDocument } from '@shared/schemas/assembly';
import type { RoomEvent } from '@shared/schemas/room';
import { roomSocket, startPlatform, type RoomClient, type TestClient } from './support';
import { StoreWatch } from './securitySupport';

const day = 86_400_000;
const hour = 3_600_000;
const control = 'The text contains an invisible control character: remove it';
const direction = 'The text contains a character that reverses the writing direction: remove it';
/** The first bytes of a PNG image (signature and header chunk). */
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.alloc(64),
]);

describe('control and direction characters are refused, never stored', () => {
  const opensAt = Date.parse('2027-10-06T07:00:00Z');
  let clock = opensAt - 20 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let store: StoreWatch;
  let table: TestClient;
  let member: TestClient;
  let secretariat: TestClient;
  let assemblyId = '';
  const sockets: RoomClient[] = [];

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    store = new StoreWatch(platform.config);
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    member = await platform.client().signIn('ekaterina.smoroda@example.org');
    secretariat = await platform.client().signIn('secretariat@example.org');
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'ordinary',
        title: 'Assembly of the texts',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    assemblyId = created.assembly.id;
    expect(
      (await table.post(`/api/assemblies/${assemblyId}/agenda`, { kind: 'information', title: 'News' })).status,
    ).toBe(201);
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
    await table.convocationsSent(assemblyId);
    clock = opensAt + hour;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    store?.close();
    await platform?.close();
  });

  it('answers 422 to a name with NUL, an escape and a right-to-left override, naming the problem, and stores nothing', async () => {
    const before = await store.snapshot();
    const response = await member.request('PATCH', '/api/me', { name: 'Ev\u0000il\u001b[31m\u202etxt.exe' });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as ApiError;
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(`The profile has a problem: ${control}`);
    expect(error.issues).toEqual([{ path: 'name', message: control }]);
    expect(await store.snapshot()).toEqual(before);
    expect((await member.json<MeResponse>('/api/me')).person.name).toBe('Ekaterina Smoroda');

    const reversed = await member.request('PATCH', '/api/me', { name: 'Ekaterina \u202eSmoroda' });
    expect(reversed.status).toBe(422);
    expect(((await reversed.json()) as ApiError).error.issues).toEqual([{ path: 'name', message: direction }]);
  });

  it('stores a name typed in decomposed form (NFD) as NFC', async () => {
    const response = await member.request('PATCH', '/api/me', { name: 'Ekate\u0301rina Smoroda' });
    expect(response.status).toBe(200);
    expect((await member.json<MeResponse>('/api/me')).person.name).toBe('Ekat\u00e9rina Smoroda');
    expect((await member.request('PATCH', '/api/me', { name: 'Ekaterina Smoroda' })).status).toBe(200);
  });

  it('refuses a room message with a right-to-left override, and posts one over several lines', async () => {
    const socket = await roomSocket(platform.web.port, member.cookie);
    sockets.push(socket);
    const call = <T>(event: string, payload: unknown) =>
      new Promise<Result<T>>((resolve) => (socket.emit as (...all: unknown[]) => void)(event, payload, resolve));
    expect((await call('room:join', { assemblyId })).ok).toBe(true);
    const before = await store.snapshot();
    const refused = await call<RoomEvent>('message:post', {
      assemblyId,
      thread: 'general',
      body: 'I vote \u202etsniaga',
      clientId: 'text-rlo-0001',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(refused)).toContain(direction);
    expect(await store.snapshot()).toEqual(before);

    const posted = await call<RoomEvent>('message:post', {
      assemblyId,
      thread: 'general',
      body: 'Two points:\r\n\t- the accounts\n\t- the budget',
      clientId: 'text-lines-0001',
    });
    expect(posted.ok && posted.value.message.body).toBe('Two points:\n\t- the accounts\n\t- the budget');
  });

  it('refuses a register file whose cell holds a control character, naming its line and column', async () => {
    const importCsv = (csv: string) =>
      fetch(`${platform.base}/api/register/import`, {
        method: 'POST',
        headers: { cookie: secretariat.cookie, 'content-type': 'text/csv' },
        body: csv,
      });
    const exported = await (await secretariat.get('/api/register/export')).text();
    const lines = exported.split('\r\n');
    lines[2] = lines[2]!.replace(/^(\d+,[^,]*,[^,]*,[^,]*,)([^,]+)/, '$1$2\u0000');
    lines[5] = lines[5]!.replace(/^(\d+,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)/, '$1\u202e');
    const before = await store.snapshot();
    const response = await importCsv(lines.join('\r\n'));
    expect(response.status).toBe(422);
    const { problems } = (await response.json()) as ImportRefusal;
    expect(problems.map(({ line, column, code, value }) => ({ line, column, code, value }))).toEqual([
      { line: 3, column: 'country', code: 'bad_character', value: expect.stringContaining('\u0000') },
      { line: 6, column: 'organisation', code: 'bad_character', value: expect.stringContaining('\u202e') },
    ]);
    expect(await store.snapshot()).toEqual(before);
  });

  it('removes the control and direction characters of an uploaded file name (nobody typed it)', async () => {
    const draft = (await (
      await table.post('/api/assemblies', {
        kind: 'ordinary',
        title: 'Draft with a document',
        opensAt: new Date(opensAt + 30 * day).toISOString(),
      })
    ).json()) as AssemblyView;
    const withItem = (await (
      await table.post(`/api/assemblies/${draft.assembly.id}/agenda`, { kind: 'information', title: 'Documents' })
    ).json()) as AssemblyView;
    const name = encodeURIComponent('scan\u202egnp.exe\u0085\u2066');
    const response = await fetch(
      `${platform.base}/api/assemblies/${draft.assembly.id}/agenda/${withItem.assembly.agenda[0]!.id}/documents?name=${name}`,
      {
        method: 'POST',
        headers: { cookie: table.cookie, 'content-type': 'image/png' },
        body: new Uint8Array(png),
      },
    );
    expect(response.status).toBe(201);
    expect(((await response.json()) as AssemblyDocument).name).toBe('scangnp.exe.png');
  });
});
