import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { MotionsResponse, ProxiesResponse } from '@shared/api/voting';
import type { ClientToServerEvents, Result } from '@shared/events';
import type { RoomEvent } from '@shared/schemas/room';
import type { Motion } from '@shared/schemas/voting';
import { startPlatform, type TestClient, roomSocket, type RoomClient } from './support';
import { expectRefusal, StoreWatch } from './securitySupport';
import { castSecret, defaultTrustees, makeElectionKey } from './secretVoting';

const day = 86_400_000;
const hour = 3_600_000;
const minute = 60_000;
const opensAt = Date.parse('2027-05-12T08:00:00Z');
const closesAt = opensAt + day;

describe('acting for members one does not speak for, and outside the 24 hours', () => {
  let clock = opensAt - 20 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let store: StoreWatch;
  let table: TestClient;
  /** Ekaterina Smoroda represents members 33 to 56 (Europe); Manuela Coutinho 22 to 28 (Europe); Samuel Thirion 57 to 65 (Africa). */
  let ekaterina: TestClient;
  let manuela: TestClient;
  let samuel: TestClient;
  let assemblyId: string;
  let itemId: string;
  let named: Motion;
  let secret: Motion;
  const sockets: RoomClient[] = [];

  async function roomClient(client: TestClient): Promise<RoomClient> {
    const socket = await roomSocket(platform.web.port, client.cookie);
    sockets.push(socket);
    return socket;
  }
  const call = <T>(socket: RoomClient, event: keyof ClientToServerEvents, input: unknown) =>
    new Promise<Result<T>>((resolve) => (socket.emit as (...args: unknown[]) => void)(event, input, resolve));
  let clientIds = 0;
  const post = (socket: RoomClient, body: string) =>
    call<RoomEvent>(socket, 'message:post', { assemblyId, thread: itemId, body, clientId: `rights-${++clientIds}` });
  type Choice = 'for' | 'against';
  /** Casts as the browser does: a secret motion's ballots encrypted, to its encrypted ballots. */
  const vote = (client: TestClient, motion: Motion, ballots: Array<{ memberNo: number; choice: Choice }>) =>
    motion.secret
      ? castSecret(client, assemblyId, motion.id, new Map(ballots.map(({ memberNo, choice }) => [memberNo, choice])))
      : client.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/ballots`, { ballots });

  /** Runs an attempt and shows that nothing of the install's stored state changed. */
  async function changesNothing(attempt: () => Promise<void>): Promise<void> {
    const before = await store.snapshot();
    await attempt();
    expect(await store.snapshot()).toEqual(before);
  }

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    store = new StoreWatch(platform.config);
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    ekaterina = await platform.client().signIn('ekaterina.smoroda@example.org');
    manuela = await platform.client().signIn('manuela.coutinho@example.org');
    samuel = await platform.client().signIn('samuel.thirion@example.org');
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'ordinary',
        title: 'Assembly of the rights',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    assemblyId = created.assembly.id;
    itemId = (
      (await (
        await table.post(`/api/assemblies/${assemblyId}/agenda`, {
          kind: 'ordinary_decision',
          title: 'Accounts of 2026',
        })
      ).json()) as AssemblyView
    ).assembly.agenda[0]!.id;
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
    // The trustees make the election key, so that a secret motion can open on it.
    await makeElectionKey(
      [table, ...(await Promise.all(defaultTrustees.slice(1).map((email) => platform.client().signIn(email))))],
      assemblyId,
    );
    // Every convocation is out before anything is compared.
    await table.convocationsSent(assemblyId);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    store?.close();
    await platform?.close();
  });

  it('refuses a message a minute before the opening, and stores nothing', async () => {
    clock = opensAt - minute;
    const socket = await roomClient(ekaterina);
    await changesNothing(async () => {
      expect(await post(socket, 'Too early?')).toEqual({
        ok: false,
        error: {
          code: 'window_not_yet_open',
          params: { context: 'room', opensAt: new Date(opensAt).toISOString() },
          message: `The room is not open yet: it opens at ${new Date(opensAt).toISOString()}.`,
        },
      });
    });
  });

  it('lets only the representative of a member give its proxy, to a member of its own continent', async () => {
    await changesNothing(async () => {
      const notHers = await manuela.post(`/api/assemblies/${assemblyId}/proxies`, {
        grantorMemberNo: 34,
        holderMemberNo: 22,
      });
      expect(notHers.status).toBe(403);
      expect(await expectRefusal(notHers, 'a proxy given by someone else')).toMatchObject({
        code: 'not_representative',
        message: 'Only the representative of member 34 can give or revoke its proxy.',
      });
      const overseas = await ekaterina.post(`/api/assemblies/${assemblyId}/proxies`, {
        grantorMemberNo: 35,
        holderMemberNo: 57,
      });
      expect(overseas.status).toBe(422);
      expect((await expectRefusal(overseas, 'a proxy to another continent')).code).toBe('proxy_cross_continent');
    });
    expect(
      (await ekaterina.post(`/api/assemblies/${assemblyId}/proxies`, { grantorMemberNo: 34, holderMemberNo: 22 }))
        .status,
    ).toBe(201);
    const { proxies } = await manuela.json<ProxiesResponse>(`/api/assemblies/${assemblyId}/proxies`);
    expect(proxies.map((proxy) => [proxy.grantor.memberNo, proxy.holder.memberNo])).toEqual([[34, 22]]);
  });

  it('refuses a vote for a member one neither represents nor holds the proxy of, recording nothing', async () => {
    clock = opensAt + hour;
    named = (await (
      await table.post(`/api/assemblies/${assemblyId}/motions`, {
        itemId,
        kind: 'ordinary_decision',
        title: 'Accounts of 2026',
        text: 'The accounts of 2026 are approved.',
        secret: false,
      })
    ).json()) as Motion;
    secret = (await (
      await table.post(`/api/assemblies/${assemblyId}/motions`, {
        itemId,
        kind: 'ordinary_decision',
        title: 'Discharge of the Direction',
        text: 'The Direction is discharged.',
        secret: true,
      })
    ).json()) as Motion;

    const attempts: Array<[string, TestClient, Motion, Array<{ memberNo: number; choice: Choice }>, string]> = [
      [
        'a member of another representative',
        manuela,
        named,
        [{ memberNo: 35, choice: 'for' }],
        'You neither represent Coordination Group — Dimitrovgrad nor hold its proxy.',
      ],
      [
        'a member whose proxy someone else holds',
        samuel,
        named,
        [{ memberNo: 34, choice: 'against' }],
        'You neither represent Coordination Group — Ulyanovsk-city nor hold its proxy.',
      ],
      ['a member that does not exist', manuela, named, [{ memberNo: 9999, choice: 'for' }], '#9999 does not vote.'],
      [
        'a member of another representative, in a secret ballot',
        samuel,
        secret,
        [{ memberNo: 40, choice: 'for' }],
        'You neither represent Coordination Group — Terengovsky District - Теренговский район nor hold its proxy.',
      ],
    ];
    await changesNothing(async () => {
      for (const [what, client, motion, ballots, reason] of attempts) {
        const response = await vote(client, motion, ballots);
        expect(response.status, what).toBe(403);
        expect(await expectRefusal(response, what)).toMatchObject({
          code: 'ballot_not_allowed',
          message: `No vote was recorded: ${reason}`,
        });
      }
    });
    const { motions } = await manuela.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    expect(motions.find((view) => view.motion.id === named.id)?.myBallots).toEqual([]);

    // The proxy she holds lets her vote for member 34, and only it.
    const byProxy = await vote(manuela, named, [
      { memberNo: 34, choice: 'for' },
      { memberNo: 22, choice: 'for' },
    ]);
    expect(byProxy.status).toBe(201);
    expect(
      ((await byProxy.json()) as { receipts: Array<{ memberNo: number; castAs: string }> }).receipts.map(
        ({ memberNo, castAs }) => [memberNo, castAs],
      ),
    ).toEqual([
      [34, 'proxy'],
      [22, 'own'],
    ]);
  });

  it('refuses to revoke or replace a proxy for someone who does not represent the member', async () => {
    const { proxies } = await manuela.json<ProxiesResponse>(`/api/assemblies/${assemblyId}/proxies`);
    await changesNothing(async () => {
      const revoke = await manuela.post(`/api/assemblies/${assemblyId}/proxies/${proxies[0]!.id}/revoke`);
      expect(revoke.status).toBe(403);
      expect((await expectRefusal(revoke, 'a proxy revoked by its holder')).message).toBe(
        'Only the representative of member 34 can give or revoke its proxy.',
      );
      const mandate = await fetch(
        `${platform.base}/api/assemblies/${assemblyId}/proxies/${proxies[0]!.id}/mandate?name=mandate.pdf`,
        {
          method: 'POST',
          headers: { cookie: samuel.cookie, 'content-type': 'application/pdf' },
          body: '%PDF-1.4\n%%EOF\n',
        },
      );
      expect(mandate.status).toBe(403);
    });
  });

  it('limits a person to 20 messages a minute in the room', async () => {
    const socket = await roomClient(samuel);
    const answers: Array<Result<RoomEvent>> = [];
    for (let i = 1; i <= 21; i++) answers.push(await post(socket, `Message ${i} from Cape Verde`));
    expect(answers.slice(0, 20).every((answer) => answer.ok)).toBe(true);
    expect(answers[20]).toMatchObject({
      ok: false,
      error: {
        code: 'too_many_messages',
        message: expect.stringMatching(/^You posted many messages in a short time; wait \d+ seconds\.$/),
      },
    });
  });

  it('refuses messages, changes, votes and proxies at the close, and stores nothing', async () => {
    const socket = await roomClient(manuela);
    clock = closesAt - minute;
    const last = await post(socket, 'The last word before the close.');
    expect(last.ok).toBe(true);
    const messageId = last.ok ? last.value.message.id : '';
    clock = closesAt;
    await changesNothing(async () => {
      expect(await post(socket, 'Too late?')).toEqual({
        ok: false,
        error: {
          code: 'window_closed',
          params: { context: 'room', closesAt: new Date(closesAt).toISOString() },
          message: `The room closed at ${new Date(closesAt).toISOString()}: messages are no longer accepted.`,
        },
      });
      expect(
        await call(socket, 'message:edit', { assemblyId, messageId, body: 'Changed after the close' }),
      ).toMatchObject({ ok: false, error: { code: 'window_closed' } });
      expect(await call(socket, 'message:withdraw', { assemblyId, messageId })).toMatchObject({
        ok: false,
        error: { code: 'window_closed' },
      });
      const late = await vote(ekaterina, named, [{ memberNo: 35, choice: 'against' }]);
      expect(late.status).toBe(409);
      expect(await expectRefusal(late, 'a vote at the close')).toMatchObject({
        code: 'window_closed',
        message: 'The vote closed with the room: ballots are no longer accepted.',
      });
      const proxy = await ekaterina.post(`/api/assemblies/${assemblyId}/proxies`, {
        grantorMemberNo: 36,
        holderMemberNo: 23,
      });
      expect(proxy.status).toBe(409);
      expect((await expectRefusal(proxy, 'a proxy at the close')).code).toBe('assembly_not_open_for_proxies');
    });
  });
});
