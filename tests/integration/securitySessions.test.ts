import { describe, expect, it } from 'vitest';
import { eventually } from './support';
import { expectRefusal } from './securitySupport';
import { linksAssemblies } from './securityLinksSupport';

describe('links, sessions and sign-in against an attacker', () => {
  const links = linksAssemblies();
  const { get, session, connected, refusedConnection, call } = links;

  it('refuses a made-up, damaged or signed-out session cookie, on the API and on the room', async () => {
    const { platform } = links.state;
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

  it('closes the room connections of a session when it signs out, and only those', async () => {
    const { platform, assemblyA } = links.state;
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
    const { platform, assemblyA } = links.state;
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
});
