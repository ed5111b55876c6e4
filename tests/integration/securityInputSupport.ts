import { afterAll, beforeAll, expect } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { Result } from '@shared/events';
import { startPlatform, type TestClient, roomSocket, type RoomClient } from './support';
import { StoreWatch } from './securitySupport';
import type { Ids, Who } from './routeExamples';

const day = 86_400_000;
const hour = 3_600_000;

/**
 * An ordinary assembly convened and open for an hour (with one agenda item), a draft assembly 30 days later,
 * and the people of every role signed in: what malformed input is thrown at.
 */
export function assemblyUnderFuzz() {
  const opensAt = Date.parse('2027-10-06T07:00:00Z');
  let clock = opensAt - 20 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let watch: StoreWatch;
  const people = {} as Record<Who, TestClient>;
  const ids: Ids = { assemblyId: '', itemId: '', draftId: '' };
  const sockets: RoomClient[] = [];
  /** What the install stores, watched once the platform runs. */
  const store = { snapshot: () => watch.snapshot() };

  async function roomClient(client: TestClient): Promise<RoomClient> {
    const socket = await roomSocket(platform.web.port, client.cookie);
    sockets.push(socket);
    return socket;
  }
  const call = <T>(socket: RoomClient, event: string, ...args: unknown[]) =>
    new Promise<Result<T>>((resolve) => (socket.emit as (...all: unknown[]) => void)(event, ...args, resolve));
  const raw = (
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string | Buffer,
    who: Who = 'table',
  ) =>
    fetch(`${platform.base}${path}`, {
      method,
      headers: { cookie: people[who].cookie, ...headers },
      body: typeof body === 'string' || body === undefined ? body : new Uint8Array(body),
    });

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    watch = new StoreWatch(platform.config);
    people.anonymous = platform.client();
    people.table = await platform.client().signIn('giusto.maniscalchi@example.org');
    people.secretariat = await platform.client().signIn('secretariat@example.org');
    people.direction = await platform.client().signIn('florian.riegert@example.org');
    people.member = await platform.client().signIn('ekaterina.smoroda@example.org');
    const table = people.table;
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'ordinary',
        title: 'Assembly under fuzz',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    ids.assemblyId = created.assembly.id;
    ids.itemId = (
      (await (
        await table.post(`/api/assemblies/${ids.assemblyId}/agenda`, {
          kind: 'ordinary_decision',
          title: 'Accounts of 2026',
        })
      ).json()) as AssemblyView
    ).assembly.agenda[0]!.id;
    expect((await table.post(`/api/assemblies/${ids.assemblyId}/convene`)).status).toBe(200);
    ids.draftId = (
      (await (
        await table.post('/api/assemblies', {
          kind: 'ordinary',
          title: 'Draft under fuzz',
          opensAt: new Date(opensAt + 30 * day).toISOString(),
        })
      ).json()) as AssemblyView
    ).assembly.id;
    await table.convocationsSent(ids.assemblyId);
    clock = opensAt + hour;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    watch?.close();
    await platform?.close();
  });

  return { people, ids, store, roomClient, call, raw };
}
