import { describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { RoomSnapshot } from '@shared/events';
import { connectRedis } from '../../server/redis/connection';
import { redisKeys } from '../../server/store/keys';
import { expectRefusal } from './securitySupport';
import { claimsOf, day, linksAssemblies, minute, opensA, withClaims } from './securityLinksSupport';

const hour = 3_600_000;

describe('links, sessions and sign-in against an attacker', () => {
  const links = linksAssemblies();
  const { personalLink, post, get, cookieOf, connected, call } = links;

  it('opens with a personal link its own assembly and nothing else, even for a member of the Table', async () => {
    const { platform, table, assemblyA, assemblyB, tablePersonalLinkA } = links.state;
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
    const { assemblyB } = links.state;
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

  it('keeps a personal-link session out of the rooms of other assemblies', async () => {
    const { assemblyA, assemblyB } = links.state;
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

  it('ends a personal-link session when the link expires, not 30 days later', async () => {
    const expiresAt = Number(claimsOf(personalLink.A).expiresAt);
    links.state.clock = expiresAt * 1000 - hour;
    const opened = await post('/api/auth/assembly-link', { token: personalLink.A });
    expect(opened.status).toBe(200);
    expect(opened.headers.get('set-cookie')).toMatch(/Max-Age=3600;/);
    const redis = connectRedis(links.state.platform.config.REDIS_URL);
    try {
      const sessionId = decodeURIComponent(cookieOf(opened).split('=')[1] ?? '');
      const ttl = await redis.ttl(redisKeys(links.state.platform.config.REDIS_PREFIX).session(sessionId));
      expect(ttl).toBeGreaterThan(3500);
      expect(ttl).toBeLessThanOrEqual(3600);
    } finally {
      redis.disconnect();
    }
  });

  it('refuses a personal link once it has expired, 90 days after the close', async () => {
    links.state.clock = opensA + day + 90 * day + minute;
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
