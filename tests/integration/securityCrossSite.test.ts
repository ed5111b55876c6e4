import { beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { MeResponse } from '@shared/api/session';
import type { TestClient } from './support';
import { expectRefusal } from './securitySupport';
import { assemblyWithMarkup, pdf } from './securityBrowserSupport';

describe('what a browser receives: headers, cross-site requests and markup', () => {
  const withMarkup = assemblyWithMarkup();
  let platform: ReturnType<typeof withMarkup.platform>;
  let table: TestClient;
  let draftId: string;
  const { store, send, roomClient, opened } = withMarkup;
  beforeAll(() => {
    platform = withMarkup.platform();
    table = withMarkup.table();
    draftId = withMarkup.state.draftId;
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
});
