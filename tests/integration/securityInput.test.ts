import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { MeResponse } from '@shared/api/session';
import type { Result } from '@shared/events';
import type { AssemblyDocument } from '@shared/schemas/assembly';
import type { RoomEvent } from '@shared/schemas/room';
import { startPlatform, type TestClient, roomSocket, type RoomClient } from './support';
import { badInputs, expectRefusal, StoreWatch, unreadableBodies } from './securitySupport';
import { routeTable } from '../../server/http/routes';
import { roomEvents } from '../../server/socket/roomEvents';
import { routeExamples, type Ids, type Who } from './routeExamples';

const day = 86_400_000;
const hour = 3_600_000;
const pdf = readFileSync(new URL('../fixtures/accounts-2026.pdf', import.meta.url));
/** The first bytes of a PNG image (signature and header chunk). */
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.alloc(64),
]);
const windowsProgram = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126), Buffer.from('PE\0\0'), Buffer.alloc(256)]);
const linuxProgram = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120)]);

/** Every route of the table that takes a JSON body, with a body it would accept. */
const jsonRoutes = routeTable
  .filter((route) => route.body)
  .map((route) => ({
    route,
    key: `${route.method} ${route.path}`,
    example: routeExamples[`${route.method} ${route.path}`],
  }));

describe('malformed, oversized and disguised input', () => {
  const opensAt = Date.parse('2027-10-06T07:00:00Z');
  let clock = opensAt - 20 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let store: StoreWatch;
  const people = {} as Record<Who, TestClient>;
  const ids: Ids = { assemblyId: '', itemId: '', draftId: '' };
  const sockets: RoomClient[] = [];

  async function roomClient(client: TestClient): Promise<RoomClient> {
    const socket = await roomSocket(platform.web.port, client.cookie);
    sockets.push(socket);
    return socket;
  }
  const call = <T>(socket: RoomClient, event: string, ...args: unknown[]) =>
    new Promise<Result<T>>((resolve) => (socket.emit as (...all: unknown[]) => void)(event, ...args, resolve));
  const raw = (
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string | Buffer,
    who: Who = 'table',
  ) =>
    fetch(`${platform.base}${path}`, {
      method,
      headers: { cookie: people[who].cookie, ...headers },
      body: typeof body === 'string' || body === undefined ? body : new Uint8Array(body),
    });

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    store = new StoreWatch(platform.config);
    people.anonymous = platform.client();
    people.table = await platform.client().signIn('giusto.maniscalchi@example.org');
    people.secretariat = await platform.client().signIn('secretariat@example.org');
    people.direction = await platform.client().signIn('florian.riegert@example.org');
    people.member = await platform.client().signIn('ekaterina.smoroda@example.org');
    const table = people.table;
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'ordinary',
        title: 'Assembly under fuzz',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    ids.assemblyId = created.assembly.id;
    ids.itemId = (
      (await (
        await table.post(`/api/assemblies/${ids.assemblyId}/agenda`, {
          kind: 'ordinary_decision',
          title: 'Accounts of 2026',
        })
      ).json()) as AssemblyView
    ).assembly.agenda[0]!.id;
    expect((await table.post(`/api/assemblies/${ids.assemblyId}/convene`)).status).toBe(200);
    ids.draftId = (
      (await (
        await table.post('/api/assemblies', {
          kind: 'ordinary',
          title: 'Draft under fuzz',
          opensAt: new Date(opensAt + 30 * day).toISOString(),
        })
      ).json()) as AssemblyView
    ).assembly.id;
    await table.convocationsSent(ids.assemblyId);
    clock = opensAt + hour;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    store?.close();
    await platform?.close();
  });

  it('has a body it would accept for every route of the table that takes JSON', () => {
    expect(jsonRoutes.filter(({ example }) => !example).map(({ key }) => key)).toEqual([]);
    for (const { route, example } of jsonRoutes) {
      const address = new RegExp(`^${route.path.replace(/:\w+/g, '[^/]+')}$`);
      expect(example?.path(ids), route.path).toMatch(address);
    }
  });

  it.each(jsonRoutes.map(({ route, example }, index) => [example?.name ?? route.path, route, index] as const))(
    'refuses every malformed body when %s, with a sentence, storing nothing',
    async (_name, route, index) => {
      const example = routeExamples[`${route.method} ${route.path}`]!;
      const path = example.path(ids);
      const client = people[example.who];
      const segments = path.split('/');
      const params = Object.fromEntries(
        route.path
          .split('/')
          .flatMap((segment, at) => (segment.startsWith(':') ? [[segment.slice(1), segments[at] ?? '']] : [])),
      );
      const adds = route.body?.fromPath?.(params) ?? {};
      const shape = (body: unknown) => ({ ...(body as object), ...adds });
      // Two huge texts together stay under the 256 KB a body may have, so each case reaches the schema.
      const cases = badInputs(route.body!.schema, example.valid(ids), {
        seed: 1000 + index,
        count: 36,
        hugeTextLength: 50_000,
        shape,
      });
      expect(cases.length).toBeGreaterThan(10);
      const before = await store.snapshot();
      for (const input of cases) {
        const response = await client.request(route.method, path, input.body);
        const error = await expectRefusal(response, `${example.name}, ${input.what}`);
        expect([response.status, error.code], `${example.name}, ${input.what}`).toEqual([422, 'invalid_input']);
        expect(error.issues?.length, input.what).toBeGreaterThan(0);
      }
      const acceptsEmpty = route.body!.schema.safeParse(shape({})).success;
      for (const bad of unreadableBodies()) {
        if (acceptsEmpty && bad.code === 'invalid_input') continue;
        const response = await raw(route.method, path, { 'content-type': 'application/json' }, bad.text, example.who);
        const error = await expectRefusal(response, `${example.name}, ${bad.what}`);
        expect([response.status, error.code], `${example.name}, ${bad.what}`).toEqual([bad.status, bad.code]);
      }
      expect(await store.snapshot()).toEqual(before);
    },
  );

  it('drops the fields a route does not take: a person cannot give itself another address or a role', async () => {
    const response = await people.member.request('PATCH', '/api/me', {
      name: 'Ekaterina Smoroda',
      email: 'attacker@example.org',
      secretariat: true,
      personId: 'secretariat',
      represents: [{ memberNo: 1 }],
    });
    expect(response.status).toBe(200);
    const me = (await response.json()) as MeResponse;
    expect(me.person).toMatchObject({ name: 'Ekaterina Smoroda', email: 'ekaterina.smoroda@example.org' });
    expect(me.actor.secretariat).toBe(false);
    expect(me.actor.represents.map((member) => member.memberNo)).not.toContain(1);
    expect(me.permissions['register.edit']).toBe(false);
  });

  it('explains a body it cannot read: unknown compression, damaged gzip, another character set, a bare value', async () => {
    const before = await store.snapshot();
    const body = JSON.stringify({ name: 'Somebody else' });
    const cases: Array<[string, Record<string, string>, string | Buffer, number, string, string]> = [
      [
        'an unknown compression',
        { 'content-type': 'application/json', 'content-encoding': 'xz' },
        body,
        415,
        'bad_encoding',
        'The request body is compressed in a way Agora does not read: send it as it is, or with gzip, deflate or br.',
      ],
      [
        'damaged gzip',
        { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body,
        400,
        'bad_request',
        'The request could not be read (its body is damaged or incomplete); nothing was done.',
      ],
      [
        'gzip of a body over the limit',
        { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        gzipSync(JSON.stringify({ name: 'x'.repeat(400_000) })),
        413,
        'too_large',
        'The request is too large: Agora takes at most 256 KB here.',
      ],
      [
        'a character set it does not read',
        { 'content-type': 'application/json; charset=iso-8859-1' },
        body,
        415,
        'bad_charset',
        'The request body is in a character set Agora does not read: send it in UTF-8.',
      ],
      [
        'a bare string',
        { 'content-type': 'application/json' },
        '"Somebody else"',
        400,
        'bad_json',
        'The request body must be a JSON object.',
      ],
    ];
    for (const [what, headers, content, status, code, message] of cases) {
      const response = await raw('PATCH', '/api/me', headers, content, 'member');
      expect(response.status, what).toBe(status);
      expect(await expectRefusal(response, what), what).toEqual({ code, message });
    }
    expect(await store.snapshot()).toEqual(before);
  });

  it('answers a damaged address or query with a 4xx and a sentence', async () => {
    const cases: Array<[string, string, number, string]> = [
      ['a damaged escape in the path', '/api/assemblies/%E0%A4%A', 400, 'bad_address'],
      ['a lone percent sign', '/api/members/%', 400, 'bad_address'],
      ['a member number that is not one', '/api/members/12abc', 404, 'not_found'],
      ['an enormous member number', `/api/members/${'9'.repeat(400)}`, 404, 'not_found'],
      ['an assembly id of 5,000 characters', `/api/assemblies/${'a'.repeat(5000)}`, 404, 'assembly_not_found'],
      ['a text that does not exist', '/api/texts/constitution/-1', 404, 'text_version_not_found'],
      ['a search given twice', '/api/archive?q=budget&q=accounts', 422, 'invalid_input'],
      ['a search of 5,000 characters', `/api/archive?q=${'budget '.repeat(700)}`, 422, 'invalid_input'],
    ];
    for (const [what, path, status, code] of cases) {
      const response = await raw('GET', path, {});
      expect(response.status, what).toBe(status);
      expect((await expectRefusal(response, what)).code, what).toBe(code);
    }
  });

  it('takes a file by its content, never by its name or declared type, and stores no disguised one', async () => {
    const upload = (name: string, type: string, content: Buffer) =>
      raw(
        'POST',
        `/api/assemblies/${ids.draftId}/agenda/${draftItem}/documents?name=${encodeURIComponent(name)}`,
        { 'content-type': type },
        content,
      );
    const draftItem = (
      (await (
        await people.table.post(`/api/assemblies/${ids.draftId}/agenda`, { kind: 'information', title: 'Documents' })
      ).json()) as AssemblyView
    ).assembly.agenda.at(-1)!.id;
    const before = await store.snapshot();
    const refused: Array<[string, string, string, Buffer, string, string]> = [
      [
        'a Windows program named like a PDF',
        'budget.pdf',
        'application/pdf',
        windowsProgram,
        'file_type_refused',
        'This file is not a document Agora accepts (its content is application/x-msdownload, whatever its name says). Send a PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image.',
      ],
      [
        'a Linux program named like a PDF',
        'budget.pdf',
        'application/pdf',
        linuxProgram,
        'file_type_refused',
        'This file is not a document Agora accepts (its content is application/x-elf, whatever its name says). Send a PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image.',
      ],
      [
        'a web page named like a PDF',
        'budget.pdf',
        'application/pdf',
        Buffer.from('<!doctype html><script>fetch("/api/me")</script>'),
        'file_type_refused',
        'This file is not a document Agora accepts (its content is not a known document format). Send a PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image.',
      ],
      [
        'an SVG image with a script',
        'logo.png',
        'image/png',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        'file_type_refused',
        'This file is not a document Agora accepts (its content is not a known document format). Send a PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image.',
      ],
      [
        'a PDF named and typed as an image',
        'scan.png',
        'image/png',
        pdf,
        'file_type_mismatch',
        "The file's name says it is a PNG image, but its content is a PDF document; nothing was stored. Send it under its real name and type.",
      ],
      [
        'a PDF typed as an image',
        'scan.pdf',
        'image/png',
        pdf,
        'file_type_mismatch',
        "The file's type says it is a PNG image, but its content is a PDF document; nothing was stored. Send it under its real name and type.",
      ],
      [
        'an image named like a PDF',
        'report.pdf',
        'application/octet-stream',
        png,
        'file_type_mismatch',
        "The file's name says it is a PDF document, but its content is a PNG image; nothing was stored. Send it under its real name and type.",
      ],
    ];
    for (const [what, name, type, content, code, message] of refused) {
      const response = await upload(name, type, content);
      expect(response.status, what).toBe(415);
      expect(await expectRefusal(response, what), what).toEqual({ code, message });
    }
    const empty = await upload('empty.pdf', 'application/pdf', Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect((await expectRefusal(empty, 'an empty file')).message).toBe('The file is empty.');
    const justOver = await upload(
      'long.pdf',
      'application/pdf',
      Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 1 - pdf.length)]),
    );
    expect(justOver.status).toBe(413);
    expect(await expectRefusal(justOver, 'a file just over 10 MB')).toEqual({
      code: 'file_too_large',
      message: 'The file is 10.0 MB; documents can be at most 10 MB.',
    });
    const huge = await upload('huge.pdf', 'application/pdf', Buffer.concat([pdf, Buffer.alloc(12 * 1024 * 1024)]));
    expect(huge.status).toBe(413);
    expect(await expectRefusal(huge, 'a file of 12 MB')).toEqual({
      code: 'too_large',
      message: 'The request is too large: Agora takes at most 10 MB here.',
    });
    expect(await store.snapshot()).toEqual(before);

    // A file whose name says nothing, or something else, is kept under a name that says what it is.
    const unnamed = await upload('scan', 'application/octet-stream', png);
    expect(unnamed.status).toBe(201);
    expect((await unnamed.json()) as AssemblyDocument).toMatchObject({ name: 'scan.png', mimeType: 'image/png' });
    const html = await upload('page.html', 'text/html', pdf);
    expect(html.status).toBe(201);
    const stored = (await html.json()) as AssemblyDocument;
    expect(stored).toMatchObject({ name: 'page.html.pdf', mimeType: 'application/pdf' });
    const served = await raw('GET', `/api/assemblies/${ids.draftId}/documents/${stored.id}`, {});
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-disposition')).toBe('attachment; filename=page.html.pdf');
  });

  describe('on the live room', () => {
    let socket: RoomClient;
    let messageId: string;
    /** A payload each event of the room's table would accept. */
    const valid = (): Record<keyof typeof roomEvents, object> => ({
      'room:join': { assemblyId: ids.assemblyId, after: '0' },
      'room:history': { assemblyId: ids.assemblyId, after: '0' },
      'message:post': {
        assemblyId: ids.assemblyId,
        thread: ids.itemId,
        body: 'Hello',
        replyTo: null,
        clientId: 'fuzz-valid-0001',
      },
      'message:edit': { assemblyId: ids.assemblyId, messageId, body: 'Edited' },
      'message:withdraw': { assemblyId: ids.assemblyId, messageId },
      'message:hide': { assemblyId: ids.assemblyId, messageId, reason: 'Off the subject' },
      'message:pin': { assemblyId: ids.assemblyId, messageId, pinned: true },
    });

    beforeAll(async () => {
      socket = await roomClient(people.table);
      expect((await call(socket, 'room:join', { assemblyId: ids.assemblyId })).ok).toBe(true);
      const posted = await call<RoomEvent>(socket, 'message:post', {
        assemblyId: ids.assemblyId,
        thread: 'general',
        body: 'The Table opens the discussion.',
        clientId: 'table-opens-1',
      });
      messageId = posted.ok ? posted.value.message.id : '';
    });

    it('refuses every malformed event payload with its reason, storing nothing', async () => {
      const before = await store.snapshot();
      const samples = valid();
      for (const [index, [event, { schema }]] of Object.entries(roomEvents).entries()) {
        const sample = samples[event as keyof typeof roomEvents];
        // Under the 64 KB a connection may send at once, so each payload reaches the handler.
        for (const input of badInputs(schema, sample, { seed: 2000 + index, count: 30, hugeTextLength: 8_000 })) {
          const answer = await call(socket, event, input.body);
          expect(answer, `${event}, ${input.what}`).toMatchObject({
            ok: false,
            error: { code: 'invalid_input', message: expect.stringMatching(/\w{3}/) },
          });
        }
        for (const [what, payload] of [
          ['nothing', []],
          ['a string', ['hello']],
          ['a number', [42]],
          ['null', [null]],
          ['a list', [[sample]]],
        ] as const) {
          const answer = await call(socket, event, ...payload);
          expect(answer, `${event} with ${what}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        }
      }
      expect(await store.snapshot()).toEqual(before);
      expect(socket.connected).toBe(true);
    });

    it('closes a connection that sends more than 64 KB at once or a damaged packet, and serves the others', async () => {
      const before = await store.snapshot();
      const flooding = await roomClient(people.member);
      const closed = new Promise<string>((resolve) => flooding.once('disconnect', resolve));
      flooding.emit(
        'message:post',
        {
          assemblyId: ids.assemblyId,
          thread: 'general',
          body: 'x'.repeat(70_000),
          replyTo: null,
          clientId: 'flood-0001',
        },
        () => {},
      );
      expect(await closed).toMatch(/transport (close|error)/);

      const damaging = await roomClient(people.member);
      const damaged = new Promise<string>((resolve) => damaging.once('disconnect', resolve));
      // A Socket.IO event packet whose JSON is cut: the server cannot decode it.
      (damaging.io.engine as unknown as { write(data: string): void }).write('2["message:post",{"assemblyId":');
      expect(await damaged).toMatch(/transport (close|error)|io server disconnect/);
      expect(await store.snapshot()).toEqual(before);

      expect(await call(socket, 'room:history', { assemblyId: ids.assemblyId, after: '0' })).toMatchObject({
        ok: true,
      });
      const again = await roomClient(people.member);
      expect(await call(again, 'room:join', { assemblyId: ids.assemblyId })).toMatchObject({ ok: true });
    });
  });
});
