import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { ClientToServerEvents, Result, RoomSnapshot, ServerToClientEvents } from '@shared/events';
import { eventually, startPlatform, type TestClient } from './support';
import { expectRefusal, lastMailId, mailAfter } from './securitySupport';

type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents>;
const day = 86_400_000;
const minute = 60_000;
const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// Two ordinary assemblies a week apart; the clock starts three weeks before the first.
const opensA = Date.parse('2027-03-10T09:00:00Z');
const opensB = opensA + 7 * day;

/** The claims of a link token, as anyone can read them (they are signed, not secret). */
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;
/** The same token with other claims and the original signature: a forgery. */
const withClaims = (token: string, claims: Record<string, unknown>) =>
  `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${token.split('.')[1]}`;

describe('links, sessions and sign-in against an attacker', () => {
  let clock = opensA - 20 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let assemblyA: string;
  let assemblyB: string;
  /** Ekaterina Smoroda's personal links, from her convocations. */
  const personalLink = { A: '', B: '' };
  let tablePersonalLinkA = '';
  const sockets: RoomClient[] = [];

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${platform.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const get = (path: string, cookie: string) => fetch(`${platform.base}${path}`, { headers: { cookie } });
  const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  /** Asks for a sign-in link and reads it from the person's mailbox (the outbox). */
  async function signInLink(email: string): Promise<string> {
    const before = await lastMailId(table);
    expect((await post('/api/auth/sign-in', { email })).status).toBe(202);
    const mail = await mailAfter(table, email, before, /sign-in link|lien de connexion/);
    return /#token=([A-Za-z0-9_.-]+)/.exec(mail.text)?.[1] ?? '';
  }

  /** A session cookie from a fresh sign-in link. */
  async function session(email: string): Promise<string> {
    const completed = await post('/api/auth/sign-in/complete', { token: await signInLink(email) });
    expect(completed.status).toBe(204);
    return cookieOf(completed);
  }

  /** The personal link of a convocation, as the e-mail carries it. */
  async function convocationLink(email: string, title: string): Promise<string> {
    const mail = await mailAfter(table, email, '0-0', new RegExp(title));
    return /\/join#token=([A-Za-z0-9_.-]+)/.exec(mail.text)?.[1] ?? '';
  }

  async function convened(title: string, opensAt: number): Promise<string> {
    const created = (await (
      await table.post('/api/assemblies', { kind: 'ordinary', title, opensAt: new Date(opensAt).toISOString() })
    ).json()) as AssemblyView;
    await table.post(`/api/assemblies/${created.assembly.id}/agenda`, {
      kind: 'ordinary_decision',
      title: 'Accounts of 2026',
    });
    expect((await table.post(`/api/assemblies/${created.assembly.id}/convene`)).status).toBe(200);
    return created.assembly.id;
  }

  async function roomClient(cookie: string): Promise<RoomClient> {
    const socket: RoomClient = connect(`http://127.0.0.1:${platform.web.port}`, {
      transports: ['websocket'],
      extraHeaders: { cookie },
      reconnection: false,
    });
    sockets.push(socket);
    return socket;
  }
  async function connected(cookie: string): Promise<RoomClient> {
    const socket = await roomClient(cookie);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return socket;
  }
  const refusedConnection = async (cookie: string) => {
    const socket = await roomClient(cookie);
    return new Promise<Error>((resolve) => socket.once('connect_error', resolve));
  };
  const call = <T>(socket: RoomClient, event: keyof ClientToServerEvents, input: unknown) =>
    new Promise<Result<T>>((resolve) => (socket.emit as (...args: unknown[]) => void)(event, input, resolve));

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    assemblyA = await convened('Links assembly A', opensA);
    personalLink.A = await convocationLink('ekaterina.smoroda@example.org', 'Links assembly A');
    tablePersonalLinkA = await convocationLink('giusto.maniscalchi@example.org', 'Links assembly A');
    assemblyB = await convened('Links assembly B', opensB);
    personalLink.B = await convocationLink('ekaterina.smoroda@example.org', 'Links assembly B');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await platform?.close();
  });

  it('lets a sign-in link open one session, then answers that it was already used', async () => {
    const token = await signInLink('manuela.coutinho@example.org');
    const first = await post('/api/auth/sign-in/complete', { token });
    expect(first.status).toBe(204);
    const again = await post('/api/auth/sign-in/complete', { token });
    const error = await expectRefusal(again, 'a link used twice');
    expect(again.status).toBe(410);
    expect(error).toMatchObject({
      code: 'link_used',
      message: 'This sign-in link was already used. Each link works once: ask for a new one.',
    });
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a sign-in link changed in any way, even where base64 decoding would not notice, and the real link still works', async () => {
    const token = await signInLink('helder.guerreiro@example.org');
    const [body, mac] = token.split('.') as [string, string];
    const swap = (text: string, at: number) =>
      `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
    const sibling = (char: string) => base64url[base64url.indexOf(char) ^ 1]!;
    const claims = claimsOf(token);
    const altered: Record<string, string> = {
      'a character of the claims': `${swap(body, 12)}.${mac}`,
      'a character of the signature': `${body}.${swap(mac, 20)}`,
      // 43 characters carry 256 bits and 2 spare ones: this text decodes to the very same signature bytes.
      'the spare bits of the last character': `${body}.${mac.slice(0, -1)}${sibling(mac.at(-1)!)}`,
      'a padding sign added': `${token}=`,
      'a character added': `${token}A`,
      'a line break inside': `${body}.${mac.slice(0, 10)}\n${mac.slice(10)}`,
      'the signature cut': `${body}.${mac.slice(0, -2)}`,
      'no signature': body,
      'a third part': `${token}.${mac}`,
      'the claims of another person': withClaims(token, { ...claims, personId: 'secretariat' }),
      'a later expiry': withClaims(token, { ...claims, expiresAt: Number(claims.expiresAt) + 365 * 86_400 }),
      'an empty token': '',
    };
    for (const [what, forged] of Object.entries(altered)) {
      const response = await post('/api/auth/sign-in/complete', { token: forged });
      const error = await expectRefusal(response, what);
      expect(response.status, what).toBe(400);
      expect(error, what).toMatchObject({
        code: 'link_damaged',
        message:
          'This sign-in link is damaged or incomplete. Copy the whole link from the e-mail, or ask for a new one.',
      });
      expect(response.headers.get('set-cookie'), what).toBeNull();
    }
    expect((await post('/api/auth/sign-in/complete', { token })).status).toBe(204);
  });

  it('refuses a sign-in link after its 20 minutes, and opens no session', async () => {
    const token = await signInLink('florian.riegert@example.org');
    clock += 20 * minute;
    const late = await post('/api/auth/sign-in/complete', { token });
    const error = await expectRefusal(late, 'an expired link');
    expect(late.status).toBe(410);
    expect(error).toMatchObject({
      code: 'link_expired',
      message: 'This sign-in link has expired. Ask for a new one: it arrives in a minute.',
    });
    expect(late.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a link made for one purpose when used for the other, without spending it', async () => {
    const signInToken = await signInLink('samuel.thirion@example.org');
    const asPersonalLink = await post('/api/auth/assembly-link', { token: signInToken });
    expect(asPersonalLink.status).toBe(400);
    expect((await expectRefusal(asPersonalLink, 'a sign-in link as a personal link')).message).toBe(
      'This personal link is damaged or incomplete. Copy the whole link from the convocation e-mail, or sign in with your e-mail address.',
    );
    expect(asPersonalLink.headers.get('set-cookie')).toBeNull();

    const asSignIn = await post('/api/auth/sign-in/complete', { token: personalLink.A });
    expect(asSignIn.status).toBe(400);
    expect((await expectRefusal(asSignIn, 'a personal link as a sign-in link')).code).toBe('link_damaged');
    expect(asSignIn.headers.get('set-cookie')).toBeNull();

    // Neither is a session cookie either.
    for (const token of [signInToken, personalLink.A]) {
      const me = await get('/api/me', `agora_session=${encodeURIComponent(token)}`);
      expect(me.status).toBe(401);
      expect((await expectRefusal(me, 'a link as a cookie')).code).toBe('sign_in_required');
    }
    expect((await post('/api/auth/sign-in/complete', { token: signInToken })).status).toBe(204);
  });

  it('opens with a personal link its own assembly and nothing else, even for a member of the Table', async () => {
    const opened = await post('/api/auth/assembly-link', { token: personalLink.A });
    expect(opened.status).toBe(200);
    const cookie = cookieOf(opened);
    expect((await get(`/api/assemblies/${assemblyA}`, cookie)).status).toBe(200);

    const elsewhere: Array<[string, string, unknown?]> = [
      ['GET', `/api/assemblies/${assemblyB}`],
      ['GET', `/api/assemblies/${assemblyB}/motions`],
      ['GET', `/api/assemblies/${assemblyB}/proxies`],
      ['POST', `/api/assemblies/${assemblyB}/proxies`, { grantorMemberNo: 34, holderMemberNo: 22 }],
      ['POST', `/api/assemblies/${assemblyB}/motions/m1/ballots`, { ballots: [{ memberNo: 34, choice: 'for' }] }],
      ['POST', `/api/assemblies/${assemblyB}/candidacies`, { body: 'direction', office: 'president', memberNo: 34 }],
      ['GET', `/api/assemblies/${assemblyB}/minutes`],
      ['GET', '/api/members'],
      ['GET', '/api/assemblies'],
    ];
    for (const [method, path, body] of elsewhere) {
      const response = await fetch(`${platform.base}${path}`, {
        method,
        headers: { cookie, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(await expectRefusal(response, `${method} ${path}`)).toMatchObject({
        code: 'link_scope',
        message:
          'Your personal link opens only the assembly it was sent for. To do this, sign in with your e-mail address.',
      });
    }

    // The president of the Table, through his personal link, reads his assembly but cannot run it.
    const tableLink = await post('/api/auth/assembly-link', { token: tablePersonalLinkA });
    const tableCookie = cookieOf(tableLink);
    for (const [method, path, body] of [
      [
        'POST',
        `/api/assemblies/${assemblyA}/motions`,
        { itemId: 'iabcdef', kind: 'ordinary_decision', title: 'A vote', text: 'Do it.', secret: false },
      ],
      ['POST', `/api/assemblies/${assemblyA}/cancel`, { reason: 'Cancelled through a personal link' }],
      [
        'PATCH',
        `/api/assemblies/${assemblyA}`,
        { kind: 'ordinary', title: 'Renamed', opensAt: new Date(opensA).toISOString() },
      ],
    ] as const) {
      const response = await fetch(`${platform.base}${path}`, {
        method,
        headers: { cookie: tableCookie, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect((await expectRefusal(response, path)).code).toBe('link_scope');
    }
    expect((await table.json<AssemblyView>(`/api/assemblies/${assemblyA}`)).assembly).toMatchObject({
      title: 'Links assembly A',
      status: 'convened',
    });
  });

  it('refuses a personal link rewritten for another assembly or another person', async () => {
    const claims = claimsOf(personalLink.A);
    for (const [what, forged] of [
      ['another assembly', withClaims(personalLink.A, { ...claims, scope: assemblyB })],
      ['another person', withClaims(personalLink.A, { ...claims, personId: 'secretariat' })],
      ['no limit to an assembly', withClaims(personalLink.A, { ...claims, scope: undefined })],
      [
        'the assembly B link with the signature of A',
        `${personalLink.B.split('.')[0]}.${personalLink.A.split('.')[1]}`,
      ],
    ] as const) {
      const response = await post('/api/auth/assembly-link', { token: forged });
      expect(response.status, what).toBe(400);
      expect((await expectRefusal(response, what)).code).toBe('link_damaged');
      expect(response.headers.get('set-cookie'), what).toBeNull();
    }
  });

  it('refuses a made-up, damaged or signed-out session cookie, on the API and on the room', async () => {
    const signedOut = await session('andre.desmet@example.org');
    expect(
      (await fetch(`${platform.base}/api/auth/sign-out`, { method: 'POST', headers: { cookie: signedOut } })).status,
    ).toBe(204);
    const cookies: Record<string, string> = {
      'a made-up session': `agora_session=${'A'.repeat(43)}`,
      'a damaged escape': 'agora_session=%E0%A4%A',
      'a session id with a key pattern': 'agora_session=*',
      'a signed-out session': signedOut,
    };
    for (const [what, cookie] of Object.entries(cookies)) {
      const me = await get('/api/me', cookie);
      expect(me.status, what).toBe(401);
      expect((await expectRefusal(me, what)).message).toBe(
        'Please sign in first: ask for a sign-in link with your e-mail address.',
      );
      const change = await fetch(`${platform.base}/api/me`, {
        method: 'PATCH',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Someone else' }),
      });
      expect(change.status, what).toBe(401);
      expect((await refusedConnection(cookie)).message, what).toBe('sign_in_required');
    }
  });

  it('keeps a personal-link session out of the rooms of other assemblies', async () => {
    const opened = await post('/api/auth/assembly-link', { token: personalLink.A });
    const socket = await connected(cookieOf(opened));
    const joined = await call<RoomSnapshot>(socket, 'room:join', { assemblyId: assemblyA });
    expect(joined).toMatchObject({ ok: true, value: { assemblyId: assemblyA } });
    const refusal = {
      ok: false,
      error: {
        code: 'link_scope',
        params: { context: 'room' },
        message: 'Your personal link opens another assembly. Sign in with your e-mail address to reach this one.',
      },
    };
    expect(await call(socket, 'room:join', { assemblyId: assemblyB })).toEqual(refusal);
    expect(await call(socket, 'room:history', { assemblyId: assemblyB, after: '0' })).toEqual(refusal);
    expect(
      await call(socket, 'message:post', {
        assemblyId: assemblyB,
        thread: 'general',
        body: 'Through the wrong door',
        clientId: 'wrong-door-1',
      }),
    ).toEqual(refusal);
    expect(
      await call(socket, 'message:hide', { assemblyId: assemblyB, messageId: '1-0', reason: 'Through the wrong door' }),
    ).toEqual(refusal);
  });

  it('closes the room connections of a session when it signs out, and only those', async () => {
    const laptop = await session('michele.vercauteren@example.org');
    const phone = await session('michele.vercauteren@example.org');
    const onLaptop = await connected(laptop);
    const onPhone = await connected(phone);
    await call(onLaptop, 'room:join', { assemblyId: assemblyA });
    await call(onPhone, 'room:join', { assemblyId: assemblyA });
    const removed = new Promise<string>((resolve) => onLaptop.once('room:removed', ({ reason }) => resolve(reason)));

    expect(
      (await fetch(`${platform.base}/api/auth/sign-out`, { method: 'POST', headers: { cookie: laptop } })).status,
    ).toBe(204);
    expect(await removed).toBe('You signed out. Sign in again to come back to the room.');
    await eventually(() => (onLaptop.connected ? undefined : true), 'the laptop connection to close');
    expect(await call(onPhone, 'room:join', { assemblyId: assemblyA })).toMatchObject({ ok: true });

    // Signing out everywhere closes the phone too; its cookie opens nothing any more.
    const elsewhere = await session('michele.vercauteren@example.org');
    const phoneRemoved = new Promise<string>((resolve) =>
      onPhone.once('room:removed', ({ reason }) => resolve(reason)),
    );
    expect(
      (await fetch(`${platform.base}/api/auth/sign-out-everywhere`, { method: 'POST', headers: { cookie: elsewhere } }))
        .status,
    ).toBe(204);
    expect(await phoneRemoved).toBe('You signed out. Sign in again to come back to the room.');
    expect((await refusedConnection(phone)).message).toBe('sign_in_required');
  });

  it('acts no more through a connection whose session ended', async () => {
    const cookie = await session('christine.derenne@example.org');
    const socket = await connected(cookie);
    // The session ends behind the connection's back (as when it times out): the next action is refused.
    const { connectRedis } = await import('../../server/redis/connection');
    const { redisKeys } = await import('../../server/store/keys');
    const redis = connectRedis(platform.config.REDIS_URL);
    await redis.del(redisKeys(platform.config.REDIS_PREFIX).session(decodeURIComponent(cookie.split('=')[1]!)));
    redis.disconnect();
    expect(await call(socket, 'room:join', { assemblyId: assemblyA })).toEqual({
      ok: false,
      error: {
        code: 'sign_in_required',
        params: { context: 'room' },
        message: 'Please sign in, or open the personal link of your convocation.',
      },
    });
  });

  it('limits sign-in links to 5 an hour per address, answering 429 with how long to wait', async () => {
    const ask = () => post('/api/auth/sign-in', { email: 'raul.daoli@example.org' });
    for (let i = 0; i < 5; i++) expect((await ask()).status).toBe(202);
    const limited = await ask();
    expect(limited.status).toBe(429);
    const error = await expectRefusal(limited, 'the sixth link in an hour');
    expect(error.code).toBe('too_many_requests');
    expect(error.message).toMatch(
      /^Too many sign-in links were asked for\. Please wait \d+ minute\(s\) and try again; the links already sent still work\.$/,
    );
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(error.retryAfter).toBe(retryAfter);
  });

  it('limits one network address to 30 links an hour, whatever addresses it tries', async () => {
    const from = (client: string, email: string) => post('/api/auth/sign-in', { email }, { 'x-forwarded-for': client });
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await from('203.0.113.9', `guess${i}@example.org`)).status);
    expect(statuses.slice(0, 30).every((status) => status === 202)).toBe(true);
    expect(statuses[30]).toBe(429);
    const limited = await from('203.0.113.9', 'another.guess@example.org');
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await expectRefusal(limited, 'the 32nd link')).code).toBe('too_many_requests');
    // Another network address is not held back by this one.
    expect((await from('198.51.100.4', 'another.guess@example.org')).status).toBe(202);
  });

  it('keeps the outbox, which holds the links of everyone, from a visitor that a proxy on the machine forwards', async () => {
    const { messages } = (await (await fetch(`${platform.base}/api/outbox`)).json()) as {
      messages: Array<{ id: string }>;
    };
    expect(messages.length).toBeGreaterThan(0);
    const forwarded: Array<Record<string, string>> = [
      { 'x-forwarded-for': '203.0.113.9' },
      { forwarded: 'for=203.0.113.9' },
      { 'x-real-ip': '203.0.113.9' },
    ];
    for (const headers of forwarded) {
      for (const path of ['/api/outbox', `/api/outbox/${messages[0]!.id}`]) {
        const response = await fetch(`${platform.base}${path}`, { headers });
        expect(response.status, path).toBe(403);
        expect(await expectRefusal(response, path)).toEqual({
          code: 'outbox_local_only',
          message:
            'The outbox can only be read on the machine that runs Agora (set OUTBOX_OPEN=true to show it to every visitor of a demo).',
        });
      }
    }
  });

  it('keeps the session in an HttpOnly, SameSite=Lax cookie for the whole site, not Secure on plain http', async () => {
    const completed = await post('/api/auth/sign-in/complete', {
      token: await signInLink('kostantinos.simitsis@example.org'),
    });
    const cookie = completed.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^agora_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    const signedOut = await fetch(`${platform.base}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(signedOut.headers.get('set-cookie')).toMatch(/^agora_session=;.*HttpOnly.*SameSite=Lax/);
  });

  it('refuses a personal link once it has expired, 90 days after the close', async () => {
    clock = opensA + day + 90 * day + minute;
    const late = await post('/api/auth/assembly-link', { token: personalLink.A });
    expect(late.status).toBe(410);
    expect(await expectRefusal(late, 'an expired personal link')).toMatchObject({
      code: 'link_expired',
      message:
        'This personal link has expired. Sign in with your e-mail address to reach the assembly and its minutes.',
    });
    expect(late.headers.get('set-cookie')).toBeNull();
    // The link of the later assembly still opens it.
    expect((await post('/api/auth/assembly-link', { token: personalLink.B })).status).toBe(200);
  });
});

describe('the session cookie behind https', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform({ config: { PUBLIC_URL: 'https://agora.example.org' } });
  });
  afterAll(() => platform?.close());

  it('is Secure when people reach Agora over https', async () => {
    const client = platform.client();
    const before = await client.outboxCount();
    await client.post('/api/auth/sign-in', { email: 'sergiu.florean@example.org' });
    const mail = await client.mailTo('sergiu.florean@example.org', before);
    expect(mail.text).toContain('https://agora.example.org/sign-in/complete#token=');
    const token = /#token=([A-Za-z0-9_.-]+)/.exec(mail.text)?.[1] ?? '';
    const completed = await fetch(`${platform.base}/api/auth/sign-in/complete`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(completed.status).toBe(204);
    const cookie = completed.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const refused = ((await (await fetch(`${platform.base}/api/members`)).json()) as ApiError).error.code;
    expect(refused).toBe('sign_in_required');
  });
});
