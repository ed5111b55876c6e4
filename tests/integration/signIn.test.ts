import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import type { MeResponse } from '@shared/api/session';
import { startWeb, type RunningWeb } from '../../server/web';
import { startWorker, type RunningWorker } from '../../jobs/worker';
import { connectRedis } from '../../server/redis/connection';
import { redisKeys } from '../../server/store/keys';
import { registerStore } from '../../server/store/register';
import { seedDemo } from '../../server/seed/demoRegister';
import { eventually, testConfig } from './support';

describe('sign-in by e-mail link', () => {
  const config = testConfig();
  let clock = Date.parse('2026-11-21T10:00:00Z');
  let web: RunningWeb;
  let worker: RunningWorker;
  let base: string;

  const post = (path: string, body: unknown, cookie = '') =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
  const get = (path: string, cookie = '') => fetch(`${base}${path}`, { headers: { cookie } });

  /** The newest e-mail to `to` that arrived after `after` messages were already there. */
  async function mailTo(to: string, after: number): Promise<OutboxMessage> {
    const summary = await eventually(async () => {
      const { messages, total } = (await (await get('/api/outbox')).json()) as OutboxResponse;
      // Only what arrived since: an e-mail of an earlier test may still be on its way.
      return messages.slice(0, total - after).find((message) => message.to.includes(to));
    }, `an e-mail to ${to}`);
    return (await (await get(`/api/outbox/${summary.id}`)).json()) as OutboxMessage;
  }
  const outboxCount = async () => ((await (await get('/api/outbox')).json()) as OutboxResponse).total;
  const tokenIn = (message: OutboxMessage) => /#token=([A-Za-z0-9_.-]+)/.exec(message.text)?.[1] ?? '';

  async function signIn(email: string): Promise<{ cookie: string; token: string }> {
    const before = await outboxCount();
    expect((await post('/api/auth/sign-in', { email })).status).toBe(202);
    const token = tokenIn(await mailTo(email, before));
    const response = await post('/api/auth/sign-in/complete', { token });
    expect(response.status, await response.clone().text()).toBe(204);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return { cookie, token };
  }

  beforeAll(async () => {
    const redis = connectRedis(config.REDIS_URL);
    await seedDemo(registerStore(redis, redisKeys(config.REDIS_PREFIX)), new Date(clock));
    redis.disconnect();
    worker = await startWorker(config);
    web = await startWeb(config, { now: () => new Date(clock) });
    base = `http://127.0.0.1:${web.port}`;
  });
  afterAll(async () => {
    await web?.close();
    await worker?.close();
  });

  it('sends a link in the person language that opens a session, in an httpOnly SameSite cookie', async () => {
    const before = await outboxCount();
    const asked = await post('/api/auth/sign-in', { email: 'Ekaterina.Smoroda@example.org ' });
    expect(asked.status).toBe(202);
    const mail = await mailTo('ekaterina.smoroda@example.org', before);
    expect(mail.subject).toBe('Your sign-in link to Agora (TOGETHER)');
    expect(mail.text).toContain(`http://localhost:${web.port}/sign-in/complete#token=`);
    expect(mail.html).toContain('Sign in');

    const completed = await post('/api/auth/sign-in/complete', { token: tokenIn(mail) });
    expect(completed.status).toBe(204);
    const setCookie = completed.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^agora_session=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');

    const me = (await (await get('/api/me', setCookie.split(';')[0])).json()) as MeResponse;
    expect(me.person.name).toBe('Ekaterina Smoroda');
    expect(me.actor.represents).toHaveLength(24);
    expect(me.permissions['register.view']).toBe(true);
    expect(me.permissions['register.edit']).toBe(false);
  });

  it('writes the link in French for a French-speaking person', async () => {
    const before = await outboxCount();
    await post('/api/auth/sign-in', { email: 'lhoussaine.aitbrahim@example.org' });
    const mail = await mailTo('lhoussaine.aitbrahim@example.org', before);
    expect(mail.subject).toBe('Votre lien de connexion à Agora (TOGETHER)');
  });

  it('writes the link in the language of the page it was asked from; the person keeps theirs until they change it', async () => {
    const email = 'lhoussaine.aitbrahim@example.org';
    let before = await outboxCount();
    expect((await post('/api/auth/sign-in', { email, language: 'en' })).status).toBe(202);
    const english = await mailTo(email, before);
    expect(english.subject).toBe('Your sign-in link to Agora (TOGETHER)');
    const response = await post('/api/auth/sign-in/complete', { token: tokenIn(english) });
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(((await (await get('/api/me', cookie)).json()) as MeResponse).person.language).toBe('fr');

    // What the person picks while signed in is theirs: their next e-mails speak it.
    const changed = await fetch(`${base}/api/me`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ language: 'en' }),
    });
    expect(((await changed.json()) as MeResponse).person.language).toBe('en');
    before = await outboxCount();
    await post('/api/auth/sign-in', { email });
    expect((await mailTo(email, before)).subject).toBe('Your sign-in link to Agora (TOGETHER)');
  });

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    const known = await post('/api/auth/sign-in', { email: 'andre.desmet@example.org' });
    const before = await outboxCount();
    const unknown = await post('/api/auth/sign-in', { email: 'nobody@example.org' });
    expect(unknown.status).toBe(known.status);
    expect(await unknown.json()).toEqual(await known.json());
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { messages } = (await (await get('/api/outbox')).json()) as OutboxResponse;
    expect(messages.some((message) => message.to.includes('nobody@example.org'))).toBe(false);
    expect(messages.length).toBeLessThanOrEqual(before + 1);
  });

  it('refuses a link used twice, a tampered link and an expired link, each with its reason', async () => {
    const { token } = await signIn('giusto.maniscalchi@example.org');
    const reused = await post('/api/auth/sign-in/complete', { token });
    expect(reused.status).toBe(410);
    expect(((await reused.json()) as ApiError).error.code).toBe('link_used');

    const before = await outboxCount();
    await post('/api/auth/sign-in', { email: 'helder.guerreiro@example.org' });
    const fresh = tokenIn(await mailTo('helder.guerreiro@example.org', before));
    const tampered = fresh.slice(0, 5) + (fresh[5] === 'A' ? 'B' : 'A') + fresh.slice(6);
    const damaged = await post('/api/auth/sign-in/complete', { token: tampered });
    expect(damaged.status).toBe(400);
    expect(((await damaged.json()) as ApiError).error.code).toBe('link_damaged');

    clock += 21 * 60_000;
    const expired = await post('/api/auth/sign-in/complete', { token: fresh });
    expect(expired.status).toBe(410);
    expect(((await expired.json()) as ApiError).error.message).toContain('expired');
  });

  it('answers a link cut short when copied as damaged, like a forged one', async () => {
    for (const path of ['/api/auth/sign-in/complete', '/api/auth/assembly-link']) {
      const cut = await post(path, { token: 'eyJwdXJw' });
      expect(cut.status).toBe(400);
      expect(((await cut.json()) as ApiError).error.code).toBe('link_damaged');
    }
  });

  it('limits how many links one address can ask for', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await post('/api/auth/sign-in', { email: 'florian.riegert@example.org' })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('keeps the register for signed-in people, and signs out everywhere at once', async () => {
    const anonymous = await get('/api/members');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as ApiError).error).toMatchObject({
      code: 'sign_in_required',
      missing: 'signed_in',
    });

    const phone = await signIn('samuel.thirion@example.org');
    const laptop = await signIn('samuel.thirion@example.org');
    expect((await get('/api/members', phone.cookie)).status).toBe(200);
    expect((await post('/api/auth/sign-out-everywhere', {}, laptop.cookie)).status).toBe(204);
    expect((await get('/api/members', phone.cookie)).status).toBe(401);
    expect((await get('/api/members', laptop.cookie)).status).toBe(401);
  });

  it('refuses a bad e-mail address with a sentence', async () => {
    const response = await post('/api/auth/sign-in', { email: 'not an address' });
    expect(response.status).toBe(422);
    expect(((await response.json()) as ApiError).error.message).toContain('Not a valid e-mail address');
  });
});
