import { afterAll, beforeAll, expect } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ClientToServerEvents, Result, ServerToClientEvents } from '@shared/events';
import { startPlatform, type TestClient } from './support';
import { lastMailId, mailAfter } from './securitySupport';

type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents>;
export const day = 86_400_000;
export const minute = 60_000;
export const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// Two ordinary assemblies a week apart; the clock starts three weeks before the first.
export const opensA = Date.parse('2027-03-10T09:00:00Z');
export const opensB = opensA + 7 * day;

/** The claims of a link token, as anyone can read them (they are signed, not secret). */
export const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;
/** The same token with other claims and the original signature: a forgery. */
export const withClaims = (token: string, claims: Record<string, unknown>) =>
  `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${token.split('.')[1]}`;

/**
 * Two ordinary assemblies convened a week apart, the Table signed in, and Ekaterina Smoroda's personal links
 * from her convocations. `state` is set before the first test; its clock may be moved by the tests.
 */
export function linksAssemblies() {
  const state = {
    clock: opensA - 20 * day,
    platform: undefined as unknown as Awaited<ReturnType<typeof startPlatform>>,
    table: undefined as unknown as TestClient,
    assemblyA: '',
    assemblyB: '',
    tablePersonalLinkA: '',
  };
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  /** Ekaterina Smoroda's personal links, from her convocations. */
  const personalLink = { A: '', B: '' };
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
    platform = await startPlatform({ now: () => new Date(state.clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    Object.assign(state, { platform, table });
    state.assemblyA = await convened('Links assembly A', opensA);
    personalLink.A = await convocationLink('ekaterina.smoroda@example.org', 'Links assembly A');
    state.tablePersonalLinkA = await convocationLink('giusto.maniscalchi@example.org', 'Links assembly A');
    state.assemblyB = await convened('Links assembly B', opensB);
    personalLink.B = await convocationLink('ekaterina.smoroda@example.org', 'Links assembly B');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await platform?.close();
  });

  return { state, personalLink, post, get, cookieOf, signInLink, session, connected, refusedConnection, call };
}
