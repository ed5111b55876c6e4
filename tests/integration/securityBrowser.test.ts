import { existsSync, readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { AssemblyView } from '@shared/api/assemblies';
import type { MeResponse } from '@shared/api/session';
import type { AssemblyDocument } from '@shared/schemas/assembly';
import type { ClientToServerEvents, Result, RoomSnapshot, ServerToClientEvents } from '@shared/events';
import type { RoomEvent } from '@shared/schemas/room';
import { Markdown } from '../../client/src/features/room/Markdown';
import { defaultClientDir } from '../../server/web';
import { startPlatform, type TestClient } from './support';
import { expectRefusal, lastMailId, mailAfter, StoreWatch } from './securitySupport';

type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents>;
const day = 86_400_000;
const hour = 3_600_000;
const pdf = readFileSync(new URL('../fixtures/accounts-2026.pdf', import.meta.url));
const built = existsSync(`${defaultClientDir}/index.html`);

describe('what a browser receives: headers, cross-site requests and markup', () => {
  const start = Date.parse('2027-09-01T08:00:00Z');
  const opensAt = start + 16 * day;
  let clock = start;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let store: StoreWatch;
  let table: TestClient;
  let draftId: string;
  let assemblyId: string;
  let itemId: string;
  let document: AssemblyDocument;
  const sockets: RoomClient[] = [];
  const hostileName = '<img src=x onerror=alert(1)>" Rapport.pdf';
  const hostileTitle = 'Budget <script>alert("item")</script>';

  async function roomClient(cookie: string, headers: Record<string, string> = {}): Promise<RoomClient> {
    const socket: RoomClient = connect(`http://127.0.0.1:${platform.web.port}`, {
      transports: ['websocket'],
      extraHeaders: { cookie, ...headers },
      reconnection: false,
    });
    sockets.push(socket);
    return socket;
  }
  const opened = (socket: RoomClient) =>
    new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
  const call = <T>(socket: RoomClient, event: keyof ClientToServerEvents, input: unknown) =>
    new Promise<Result<T>>((resolve) => (socket.emit as (...args: unknown[]) => void)(event, input, resolve));
  const send = (
    method: string,
    path: string,
    cookie: string,
    headers: Record<string, string>,
    body?: string | Buffer,
  ) =>
    fetch(`${platform.base}${path}`, {
      method,
      headers: { cookie, ...headers },
      body: typeof body === 'string' || body === undefined ? body : new Uint8Array(body),
    });

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    store = new StoreWatch(platform.config);
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    draftId = (
      (await (
        await table.post('/api/assemblies', {
          kind: 'ordinary',
          title: 'Draft never convened from elsewhere',
          opensAt: new Date(opensAt + 7 * day).toISOString(),
        })
      ).json()) as AssemblyView
    ).assembly.id;
    await table.post(`/api/assemblies/${draftId}/agenda`, { kind: 'information', title: 'News' });

    assemblyId = (
      (await (
        await table.post('/api/assemblies', {
          kind: 'ordinary',
          title: 'Assembly with markup',
          opensAt: new Date(opensAt).toISOString(),
        })
      ).json()) as AssemblyView
    ).assembly.id;
    itemId = (
      (await (
        await table.post(`/api/assemblies/${assemblyId}/agenda`, { kind: 'ordinary_decision', title: hostileTitle })
      ).json()) as AssemblyView
    ).assembly.agenda[0]!.id;
    const upload = await send(
      'POST',
      `/api/assemblies/${assemblyId}/agenda/${itemId}/documents?name=${encodeURIComponent(hostileName)}`,
      table.cookie,
      { 'content-type': 'application/pdf' },
      pdf,
    );
    expect(upload.status).toBe(201);
    document = (await upload.json()) as AssemblyDocument;
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
    await table.convocationsSent(assemblyId);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    store?.close();
    await platform?.close();
  });

  describe('security headers', () => {
    const expectHeaders = (response: Response, what: string) => {
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), what).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy'), what).toBe('same-origin');
      expect(response.headers.get('x-powered-by'), what).toBeNull();
      const policy = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        policy.split(';').map((part) => {
          const [name, ...sources] = part.trim().split(/\s+/);
          return [name, sources.join(' ')];
        }),
      );
      expect(directives.get('default-src'), `${what}: ${policy}`).toBe("'self'");
      expect(directives.get('script-src'), what).toBe("'self'");
      expect(directives.get('object-src'), what).toBe("'none'");
      expect(directives.get('frame-ancestors'), what).toBe("'self'");
      expect(directives.get('form-action'), what).toBe("'self'");
      expect(directives.get('base-uri'), what).toBe("'self'");
      expect(policy, what).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    };

    it('are on the pages, the API and its refusals', async () => {
      const responses: Array<[string, Response]> = [
        ['the home page', await fetch(`${platform.base}/`)],
        ['a page of the client', await fetch(`${platform.base}/sign-in`)],
        ['an API answer', await fetch(`${platform.base}/api/health`)],
        ['a refusal', await fetch(`${platform.base}/api/members`)],
        ['an unknown API address', await fetch(`${platform.base}/api/nothing-here`)],
        [
          'a damaged body',
          await send('POST', '/api/auth/sign-in', '', { 'content-type': 'application/json' }, '{"email":'),
        ],
      ];
      for (const [what, response] of responses) expectHeaders(response, what);
    });

    it.skipIf(!built)('leave the built client nothing inline to run, and its files carry them too', async () => {
      const page = await (await fetch(`${platform.base}/`)).text();
      const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, inline] of scripts) {
        expect(inline?.trim(), 'an inline script').toBe('');
        expect(attributes).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
      }
      expect(page).not.toMatch(/\son[a-z]+=|<style\b|javascript:/i);
      for (const [, path] of page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) {
        const asset = await fetch(`${platform.base}${path}`);
        expect(asset.status, path).toBe(200);
        expectHeaders(asset, path!);
      }
    });

    it('serve a document as a download, typed by its content, in a sandbox', async () => {
      const download = await send('GET', `/api/assemblies/${assemblyId}/documents/${document.id}`, table.cookie, {});
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      // The name is quoted with its quote escaped: it cannot add a parameter to the header.
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename="<img src=x onerror=alert(1)>\\" Rapport.pdf"`,
      );
    });
  });

  describe('a change asked by another site (CSRF)', () => {
    it('is refused whatever it carries, and nothing changes', async () => {
      const evil = [
        ['another origin', { origin: 'https://evil.example' }],
        ['a look-alike host', { origin: `http://127.0.0.1.evil.example:${platform.web.port}` }],
        ['a sandboxed frame', { origin: 'null' }],
        ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
        ['a sibling site of the same domain', { 'sec-fetch-site': 'same-site' }],
      ] as const;
      const before = await store.snapshot();
      for (const [what, headers] of evil) {
        const attempts: Array<[string, Response]> = [
          ['convene', await send('POST', `/api/assemblies/${draftId}/convene`, table.cookie, headers)],
          [
            'rename',
            await send(
              'PATCH',
              '/api/me',
              table.cookie,
              { ...headers, 'content-type': 'application/json' },
              JSON.stringify({ name: 'Pwned' }),
            ),
          ],
          ['sign out everywhere', await send('POST', '/api/auth/sign-out-everywhere', table.cookie, headers)],
          [
            'sign the victim in as the attacker',
            await send(
              'POST',
              '/api/auth/sign-in/complete',
              '',
              { ...headers, 'content-type': 'application/json' },
              JSON.stringify({ token: 'x.y' }),
            ),
          ],
          [
            'upload',
            await send(
              'POST',
              `/api/assemblies/${draftId}/agenda/i0000/documents?name=a.pdf`,
              table.cookie,
              { ...headers, 'content-type': 'application/pdf' },
              pdf,
            ),
          ],
        ];
        for (const [action, response] of attempts) {
          expect(response.status, `${action} from ${what}`).toBe(403);
          expect(await expectRefusal(response, `${action} from ${what}`)).toEqual({
            code: 'cross_site',
            message:
              "This request came from another web site, so Agora did not act on it. Make the change from Agora's own pages.",
          });
        }
      }
      expect(await store.snapshot()).toEqual(before);
      const me = await table.json<MeResponse>('/api/me');
      expect(me.person.name).toBe('Giusto Maniscalchi');
    });

    it('is refused when sent as a web form, even without an Origin', async () => {
      const before = await store.snapshot();
      for (const [type, body] of [
        ['application/x-www-form-urlencoded', 'name=Pwned'],
        [
          'multipart/form-data; boundary=x',
          '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nPwned\r\n--x--\r\n',
        ],
      ] as const) {
        for (const [method, path] of [
          ['POST', `/api/assemblies/${draftId}/convene`],
          ['PATCH', '/api/me'],
        ] as const) {
          const response = await send(method, path, table.cookie, { 'content-type': type }, body);
          expect(response.status, `${type} ${path}`).toBe(415);
          expect(await expectRefusal(response, type)).toEqual({
            code: 'form_refused',
            message: 'Agora takes changes as JSON (or a file as its own bytes), never as a web form; nothing was done.',
          });
        }
      }
      // A form's third encoding is never read as JSON.
      const plain = await send(
        'PATCH',
        '/api/me',
        table.cookie,
        { 'content-type': 'text/plain' },
        JSON.stringify({ name: 'Pwned' }),
      );
      expect(plain.status).toBe(422);
      expect((await expectRefusal(plain, 'text/plain')).code).toBe('invalid_input');
      expect(await store.snapshot()).toEqual(before);
      expect((await table.json<AssemblyView>(`/api/assemblies/${draftId}`)).phase).toBe('draft');
    });

    it('is accepted from the pages of Agora, at the address people use or the one it was sent to', async () => {
      const ownPages: Array<Record<string, string>> = [
        { origin: platform.base, 'sec-fetch-site': 'same-origin' },
        { origin: `http://localhost:${platform.web.port}` },
      ];
      for (const headers of ownPages) {
        const response = await send(
          'PATCH',
          '/api/me',
          table.cookie,
          { ...headers, 'content-type': 'application/json' },
          JSON.stringify({ name: 'Giusto Maniscalchi' }),
        );
        expect(response.status).toBe(200);
      }
    });

    it('cannot open the live room with the cookie of the person', async () => {
      const hijack = await roomClient(table.cookie, { origin: 'https://evil.example' });
      expect(((await new Promise<Error>((resolve) => hijack.once('connect_error', resolve))) as Error).message).toBe(
        'cross_site',
      );
      const own = await roomClient(table.cookie, { origin: platform.base });
      await opened(own);
      expect(own.connected).toBe(true);
    });
  });

  describe('markup in what people write', () => {
    it('keeps the name of a person as text: as it is in the API, escaped in the e-mail', async () => {
      const person = await platform.client().signIn('dominique.lachat@example.org');
      const name = '<img src=x onerror=alert(1)> Dominique & "Lachat"';
      const renamed = await person.request('PATCH', '/api/me', { name });
      expect(renamed.status).toBe(200);
      expect(renamed.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await renamed.json()) as MeResponse).person.name).toBe(name);

      const before = await lastMailId(table);
      await platform.client().post('/api/auth/sign-in', { email: 'dominique.lachat@example.org' });
      const mail = await mailAfter(table, 'dominique.lachat@example.org', before, /sign-in link|lien de connexion/);
      expect(mail.text).toContain(name);
      expect(mail.html).toContain('&#60;img src=x onerror=alert(1)&#62; Dominique &#38; &#34;Lachat&#34;');
      expect(mail.html).not.toContain('<img');
    });

    it('keeps document names and agenda titles as text in the convocation e-mail', async () => {
      expect(document.name).toBe(hostileName);
      const view = await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`);
      expect(view.documents.map((entry) => entry.name)).toEqual([hostileName]);
      expect(view.assembly.agenda[0]?.title).toBe(hostileTitle);

      const mail = await mailAfter(table, 'ekaterina.smoroda@example.org', '0-0', /Assembly with markup/);
      expect(mail.text).toContain(hostileName);
      expect(mail.html).toContain('&#60;img src=x onerror=alert(1)&#62;&#34; Rapport.pdf');
      expect(mail.html).toContain('Budget &#60;script&#62;alert(&#34;item&#34;)&#60;/script&#62;');
      expect(mail.html).not.toMatch(/<img|<script/);
    });

    it('stores a room message with markup as text, and the room shows it as text', async () => {
      clock = opensAt + hour;
      const ekaterina = await platform.client().signIn('ekaterina.smoroda@example.org');
      const socket = await roomClient(ekaterina.cookie);
      await opened(socket);
      const body = [
        '<script>alert(1)</script> **Agreed** with <img src=x onerror=alert(2)>',
        '[the agenda](javascript:alert(3)) and [the accounts](https://example.org/accounts) <a href="javascript:alert(4)">here</a>',
        '- <b>one</b>\n- `<i>code</i>`',
      ].join('\n\n');
      const posted = await call<RoomEvent>(socket, 'message:post', {
        assemblyId,
        thread: itemId,
        body,
        clientId: 'markup-message-1',
      });
      expect(posted).toMatchObject({ ok: true, value: { message: { body } } });
      const joined = await call<RoomSnapshot>(socket, 'room:join', { assemblyId });
      const stored = joined.ok
        ? joined.value.messages.find((message) => message.clientId === 'markup-message-1')
        : undefined;
      expect(stored?.body).toBe(body);

      // The room's own component, given what the server stored.
      const markup = renderToStaticMarkup(createElement(Markdown, { source: stored?.body ?? '' }));
      expect(markup).not.toMatch(/<script|<img|<b>|<i>|<a href="javascript|href="javascript/i);
      expect(markup).toContain(
        '&lt;script&gt;alert(1)&lt;/script&gt; <strong>Agreed</strong> with &lt;img src=x onerror=alert(2)&gt;',
      );
      expect(markup).toContain('[the agenda](javascript:alert(3))');
      expect(markup).toContain(
        '<a href="https://example.org/accounts" rel="noopener noreferrer nofollow ugc" target="_blank">the accounts</a>',
      );
      expect(markup).toContain('&lt;a href=&quot;javascript:alert(4)&quot;&gt;here&lt;/a&gt;');
      expect(markup).toContain('<ul><li>&lt;b&gt;one&lt;/b&gt;</li><li><code>&lt;i&gt;code&lt;/i&gt;</code></li></ul>');
    });
  });
});
