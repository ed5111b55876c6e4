import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import { startPlatform } from './support';
import { expectRefusal } from './securitySupport';
import { base64url, claimsOf, linksAssemblies, minute, withClaims } from './securityLinksSupport';

describe('links, sessions and sign-in against an attacker', () => {
  const links = linksAssemblies();
  const { personalLink, post, get, signInLink } = links;

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
    links.state.clock += 20 * minute;
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
    const { platform } = links.state;
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
    const { platform } = links.state;
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
