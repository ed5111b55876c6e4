import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { AssemblyView } from '@shared/api/assemblies';
import type { AssemblyDocument } from '@shared/schemas/assembly';
import type { ClientToServerEvents, Result, ServerToClientEvents } from '@shared/events';
import { startPlatform, type TestClient } from './support';
import { StoreWatch } from './securitySupport';

type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents>;
const day = 86_400_000;
export const hour = 3_600_000;
export const pdf = readFileSync(new URL('../fixtures/accounts-2026.pdf', import.meta.url));
export const hostileName = '<img src=x onerror=alert(1)>" Rapport.pdf';
export const hostileTitle = 'Budget <script>alert("item")</script>';

/**
 * A draft assembly never convened, and an assembly convened 16 days before it opens whose agenda item has a
 * title with markup and a document with a hostile name; the Table signed in, on a clock the tests move.
 */
export function assemblyWithMarkup() {
  const start = Date.parse('2027-09-01T08:00:00Z');
  const opensAt = start + 16 * day;
  const state = { clock: start, opensAt, draftId: '', assemblyId: '', itemId: '' };
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let watch: StoreWatch;
  let table: TestClient;
  let document: AssemblyDocument;
  const sockets: RoomClient[] = [];
  /** What the install stores, watched once the platform runs. */
  const store = { snapshot: () => watch.snapshot() };

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
    platform = await startPlatform({ now: () => new Date(state.clock) });
    watch = new StoreWatch(platform.config);
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    state.draftId = (
      (await (
        await table.post('/api/assemblies', {
          kind: 'ordinary',
          title: 'Draft never convened from elsewhere',
          opensAt: new Date(opensAt + 7 * day).toISOString(),
        })
      ).json()) as AssemblyView
    ).assembly.id;
    await table.post(`/api/assemblies/${state.draftId}/agenda`, { kind: 'information', title: 'News' });

    state.assemblyId = (
      (await (
        await table.post('/api/assemblies', {
          kind: 'ordinary',
          title: 'Assembly with markup',
          opensAt: new Date(opensAt).toISOString(),
        })
      ).json()) as AssemblyView
    ).assembly.id;
    state.itemId = (
      (await (
        await table.post(`/api/assemblies/${state.assemblyId}/agenda`, {
          kind: 'ordinary_decision',
          title: hostileTitle,
        })
      ).json()) as AssemblyView
    ).assembly.agenda[0]!.id;
    const upload = await send(
      'POST',
      `/api/assemblies/${state.assemblyId}/agenda/${state.itemId}/documents?name=${encodeURIComponent(hostileName)}`,
      table.cookie,
      { 'content-type': 'application/pdf' },
      pdf,
    );
    expect(upload.status).toBe(201);
    document = (await upload.json()) as AssemblyDocument;
    expect((await table.post(`/api/assemblies/${state.assemblyId}/convene`)).status).toBe(200);
    await table.convocationsSent(state.assemblyId);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    watch?.close();
    await platform?.close();
  });

  return {
    state,
    store,
    roomClient,
    opened,
    call,
    send,
    platform: () => platform,
    table: () => table,
    document: () => document,
  };
}
