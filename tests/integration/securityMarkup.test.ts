import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { MeResponse } from '@shared/api/session';
import type { AssemblyDocument } from '@shared/schemas/assembly';
import type { RoomSnapshot } from '@shared/events';
import type { RoomEvent } from '@shared/schemas/room';
import { Markdown } from '../../client/src/features/room/Markdown';
import type { TestClient } from './support';
import { lastMailId, mailAfter } from './securitySupport';
import { assemblyWithMarkup, hostileName, hostileTitle, hour } from './securityBrowserSupport';

describe('what a browser receives: headers, cross-site requests and markup', () => {
  const withMarkup = assemblyWithMarkup();
  let platform: ReturnType<typeof withMarkup.platform>;
  let table: TestClient;
  let assemblyId: string;
  let itemId: string;
  let document: AssemblyDocument;
  const { roomClient, opened, call } = withMarkup;
  beforeAll(() => {
    platform = withMarkup.platform();
    table = withMarkup.table();
    assemblyId = withMarkup.state.assemblyId;
    itemId = withMarkup.state.itemId;
    document = withMarkup.document();
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
      withMarkup.state.clock = withMarkup.state.opensAt + hour;
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
