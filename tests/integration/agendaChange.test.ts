import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { MotionsResponse } from '@shared/api/voting';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events';
import type { Motion, MotionTally } from '@shared/schemas/voting';
import { startPlatform, TestClient } from './support';

const day = 86_400_000;
const hour = 3_600_000;
const opensAt = Date.parse('2027-04-20T08:00:00Z');

describe('changing the agenda on the day (R.7, extraordinary assembly)', () => {
  let clock = opensAt - 40 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let assemblyId = '';
  const voters = new Map<string, TestClient>();
  let socket: Socket<ServerToClientEvents, ClientToServerEvents>;

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    for (const email of ['ekaterina.smoroda@example.org', 'samuel.thirion@example.org'])
      voters.set(email, await platform.client().signIn(email));
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'extraordinary',
        title: 'EGA du printemps',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    assemblyId = created.assembly.id;
    for (const [kind, title] of [
      ['agenda_change', 'Ordre du jour'],
      ['rules_change', 'Règlement intérieur, article 3'],
      ['information', 'Nouvelles du réseau'],
    ]) {
      await table.post(`/api/assemblies/${assemblyId}/agenda`, { kind, title });
    }
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
  });
  afterAll(async () => {
    socket?.disconnect();
    await platform?.close();
  });

  it('adds an item once the motion is adopted and the Table closes the vote, and tells the room at once', async () => {
    clock = opensAt + hour;
    const { assembly } = await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`);
    socket = connect(`http://127.0.0.1:${platform.web.port}`, {
      transports: ['websocket'],
      extraHeaders: { cookie: voters.get('samuel.thirion@example.org')!.cookie },
      reconnection: false,
    });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    await new Promise((resolve) => socket.emit('room:join', { assemblyId }, resolve));
    const told = new Promise<void>((resolve) => socket.once('room:agenda', () => resolve()));

    // Without saying how the agenda changes, the motion is refused.
    const vague = await table.post(`/api/assemblies/${assemblyId}/motions`, {
      itemId: assembly.agenda[0]!.id,
      kind: 'agenda_change',
      title: 'Ajout',
      text: 'On ajoute un point.',
      secret: false,
    });
    expect(vague.status).toBe(422);
    expect(((await vague.json()) as ApiError).error.issues?.[0]?.path).toBe('agendaChange');
    const opened = await table.post(`/api/assemblies/${assemblyId}/motions`, {
      itemId: assembly.agenda[0]!.id,
      kind: 'agenda_change',
      title: 'Ajout d’un point',
      text: 'L’assemblée ajoute à son ordre du jour la motion de soutien à Kairouan.',
      secret: false,
      agendaChange: { action: 'add', item: { kind: 'ordinary_decision', title: 'Motion de soutien à Kairouan' } },
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    const motion = (await opened.json()) as Motion;

    for (const [email, choice] of [
      ['ekaterina.smoroda@example.org', 'for'],
      ['samuel.thirion@example.org', 'against'],
    ] as const) {
      const client = voters.get(email)!;
      const { castable } = await client.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
      expect(
        (
          await client.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/ballots`, {
            ballots: castable.map((ballot) => ({ memberNo: ballot.memberNo, choice })),
          })
        ).status,
      ).toBe(201);
    }
    expect(
      (await voters.get('samuel.thirion@example.org')!.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/close`))
        .status,
    ).toBe(403);
    const closed = await table.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/close`);
    expect(closed.status, await closed.clone().text()).toBe(200);
    expect(((await closed.json()) as MotionTally).result).toMatchObject({
      outcome: 'adopted',
      counts: { for: 24, against: 9 },
    });
    await told;

    const after = await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`);
    expect(after.assembly.agenda.map((item) => item.title)).toEqual([
      'Ordre du jour',
      'Règlement intérieur, article 3',
      'Nouvelles du réseau',
      'Motion de soutien à Kairouan',
    ]);
    // The vote is over: no more ballots, no second close.
    const late = await voters
      .get('samuel.thirion@example.org')!
      .post(`/api/assemblies/${assemblyId}/motions/${motion.id}/ballots`, {
        ballots: [{ memberNo: 57, choice: 'for' }],
      });
    expect(((await late.json()) as ApiError).error.code).toBe('motion_closed');
    expect((await table.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/close`)).status).toBe(409);
  });

  it('leaves the agenda as it is when the change is rejected', async () => {
    const { assembly } = await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`);
    const opened = await table.post(`/api/assemblies/${assemblyId}/motions`, {
      itemId: assembly.agenda[0]!.id,
      kind: 'agenda_change',
      title: 'Retrait du point 3',
      text: 'L’assemblée retire le point 3.',
      secret: false,
      agendaChange: { action: 'drop', itemId: assembly.agenda[2]!.id },
    });
    const motion = (await opened.json()) as Motion;
    const client = voters.get('samuel.thirion@example.org')!;
    const { castable } = await client.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    await client.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/ballots`, {
      ballots: castable.map((ballot) => ({ memberNo: ballot.memberNo, choice: 'against' })),
    });
    const closed = (await (
      await table.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/close`)
    ).json()) as MotionTally;
    expect(closed.result.outcome).toBe('rejected');
    expect((await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`)).assembly.agenda).toHaveLength(4);
  });
});
