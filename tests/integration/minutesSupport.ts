import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, expect } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { AssemblyView } from '@shared/api/assemblies';
import type { MinutesResponse, MinutesVersionView } from '@shared/api/minutes';
import type { MotionsResponse, ProxyView } from '@shared/api/voting';
import type { ClientToServerEvents, Result, ServerToClientEvents } from '@shared/events';
import type { RoomEvent } from '@shared/schemas/room';
import type { Motion } from '@shared/schemas/voting';
import { connectRedis } from '../../server/redis/connection';
import { createContext } from '../../server/context';
import { assemblyMoment } from '../../jobs/handlers/assemblyMoment';
import { startSmtpReceiver, type ReceivedAttachment, type SmtpReceiver } from '../../jobs/mail/outboxReceiver';
import { eventually, startPlatform, TestClient } from './support';
import { castSecretOk, defaultTrustees, giveShares, makeElectionKey, type Trustee } from './secretVoting';

type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents>;
export const day = 86_400_000;
export const hour = 3_600_000;
// Saturday 13 March 2027, 10:00 in Brussels.
export const opensAt = Date.parse('2027-03-13T09:00:00Z');
export const title = 'Assemblée extraordinaire de Sibiu';
/** The first message of the room, in the room's Markdown: the minutes print it with type styles. */
export const markdownMessage =
  '### Priorités\n\nLe budget 2028 donne la priorité aux **plateformes** et aux *échanges* :\n\n- [Brava](https://brava.example.org)\n- `PMA Agadir`\n\n> Le Conseil l’a demandé.';

/** The number of pages; every compressed stream must inflate, and the pages must draw text. */
export function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  let drawsText = false;
  for (let found = text.indexOf('>>\nstream\n'); found >= 0; found = text.indexOf('>>\nstream\n', found + 1)) {
    const start = found + '>>\nstream\n'.length;
    const end = text.indexOf('\nendstream', start);
    const dictionary = text.slice(text.lastIndexOf('<<', found), found);
    if (!dictionary.includes('/FlateDecode')) continue;
    const inflated = inflateSync(pdf.subarray(start, end)).toString('latin1');
    if (/\bBT\b[\s\S]*\bT[Jj]\b/.test(inflated)) drawsText = true;
  }
  expect(drawsText).toBe(true);
  return Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(text)?.[1] ?? 0);
}

/** The same value with the keys of every object in order (what the digest of the minutes is taken of). */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, entry]) => [key, canonical(entry)]),
    );
  return value;
}

/**
 * An extraordinary assembly with two agenda items, convened 40 days before it opens on a clock the tests move,
 * its election key made by its three default trustees; eight people signed in, and a mail relay that keeps
 * what it receives.
 */
export function minutesAssembly() {
  const state = { clock: opensAt - 40 * day, assemblyId: '', budgetItem: '', seatItem: '' };
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let receiver: SmtpReceiver;
  const received: Array<{ to: string[]; subject: string; text: string; attachments: ReceivedAttachment[] }> = [];
  const clients = new Map<string, TestClient>();
  let trustees: Trustee[] = [];
  const sockets: RoomClient[] = [];
  const as = (email: string) => clients.get(email)!;
  const table = () => as('giusto.maniscalchi@example.org');
  const secretary = () => as('faycal.kaabi@example.org');
  const samuel = () => as('samuel.thirion@example.org');

  async function room(email: string): Promise<RoomClient> {
    const socket: RoomClient = connect(`http://127.0.0.1:${platform.web.port}`, {
      transports: ['websocket'],
      extraHeaders: { cookie: as(email).cookie },
      reconnection: false,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const joined = await call(socket, 'room:join', { assemblyId: state.assemblyId });
    expect(joined.ok, JSON.stringify(joined)).toBe(true);
    return socket;
  }
  const call = <T>(socket: RoomClient, event: keyof ClientToServerEvents, input: unknown) =>
    new Promise<Result<T>>((resolve) => (socket.emit as (...args: unknown[]) => void)(event, input, resolve));
  const post = async (socket: RoomClient, thread: string, body: string, replyTo: string | null = null) => {
    const result = await call<RoomEvent>(socket, 'message:post', {
      assemblyId: state.assemblyId,
      thread,
      body,
      replyTo,
      clientId: `c${Math.random().toString(36).slice(2, 12)}`,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value.message.id;
  };
  const voteAll = async (email: string, motion: Motion, choice: 'for' | 'against' | 'abstain') => {
    const { castable } = await as(email).json<MotionsResponse>(`/api/assemblies/${state.assemblyId}/motions`);
    const response = await as(email).post(`/api/assemblies/${state.assemblyId}/motions/${motion.id}/ballots`, {
      ballots: castable.map((ballot) => ({ memberNo: ballot.memberNo, choice })),
    });
    expect(response.status, await response.clone().text()).toBe(201);
  };
  /** A secret vote: every member this person may cast for, the same choice, encrypted as the browser does. */
  const voteSecret = async (email: string, motion: Motion, choice: 'for' | 'against' | 'abstain') => {
    const { castable } = await as(email).json<MotionsResponse>(`/api/assemblies/${state.assemblyId}/motions`);
    const choices = new Map(castable.map((ballot) => [ballot.memberNo, choice] as const));
    const { receipts } = await castSecretOk(as(email), state.assemblyId, motion.id, choices);
    expect(receipts).toHaveLength(castable.length);
  };
  const openMotion = async (itemId: string, kind: string, secretBallot: boolean, motionTitle: string) => {
    const response = await table().post(`/api/assemblies/${state.assemblyId}/motions`, {
      itemId,
      kind,
      title: motionTitle,
      text: `${motionTitle}: the text put to the vote.`,
      secret: secretBallot,
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as Motion;
  };
  const minutes = (client: TestClient = table()) =>
    client.json<MinutesResponse>(`/api/assemblies/${state.assemblyId}/minutes`);
  const version = (n: number, client: TestClient = table()) =>
    client.json<MinutesVersionView>(`/api/assemblies/${state.assemblyId}/minutes/${n}`);
  const put = (client: TestClient, path: string, body: unknown) => client.request('PUT', path, body);
  const mailsAbout = (subject: RegExp) => received.filter((mail) => subject.test(mail.subject));

  beforeAll(async () => {
    // A relay that keeps what it receives, attachments included, and passes every message on to the outbox people read.
    let keep: (
      message: Parameters<Parameters<typeof startSmtpReceiver>[0]>[0],
      messageId: string | null,
    ) => Promise<unknown> = async () => {};
    receiver = await startSmtpReceiver(async (message, messageId, attachments) => {
      received.push({ to: message.to, subject: message.subject, text: message.text, attachments });
      await keep(message, messageId);
    });
    platform = await startPlatform({ now: () => new Date(state.clock), workerConfig: { SMTP_URL: receiver.url } });
    const redis = connectRedis(platform.config.REDIS_URL);
    const outbox = createContext(redis, platform.config).outbox;
    keep = (message, messageId) => outbox.add(message, messageId);
    for (const email of [
      'giusto.maniscalchi@example.org',
      'faycal.kaabi@example.org',
      'samuel.thirion@example.org',
      'lhoussaine.aitbrahim@example.org',
      'radhouen.bouden@example.org',
      'carine.jansen@example.org',
      'secretariat@example.org',
      'kostantinos.simitsis@example.org',
    ]) {
      clients.set(email, await platform.client().signIn(email));
    }
    const created = (await (
      await table().post('/api/assemblies', { kind: 'extraordinary', title, opensAt: new Date(opensAt).toISOString() })
    ).json()) as AssemblyView;
    state.assemblyId = created.assembly.id;
    state.budgetItem = (
      (await (
        await table().post(`/api/assemblies/${state.assemblyId}/agenda`, {
          kind: 'ordinary_decision',
          title: 'Budget 2028',
        })
      ).json()) as AssemblyView
    ).assembly.agenda[0]!.id;
    state.seatItem = (
      (await (
        await table().post(`/api/assemblies/${state.assemblyId}/agenda`, {
          kind: 'statute_change',
          title: 'Article 4: the seat',
        })
      ).json()) as AssemblyView
    ).assembly.agenda[1]!.id;
    expect((await table().post(`/api/assemblies/${state.assemblyId}/convene`)).status).toBe(200);
    // The trustees make the key the secret vote is encrypted with (before it may open).
    trustees = await makeElectionKey(defaultTrustees.map(as), state.assemblyId);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await platform?.close();
    await receiver?.close();
  });

  /** Proxies the day before, the room on the day, then a named vote and a secret one. */
  async function holdTheAssembly(): Promise<{ named: Motion; secret: Motion }> {
    const { assemblyId, budgetItem, seatItem } = state;
    // Proxies the day before: one given and revoked, then the one in force (66 to 68, both in Africa).
    state.clock = opensAt - day;
    const radhouen = as('radhouen.bouden@example.org');
    const first = (await (
      await radhouen.post(`/api/assemblies/${assemblyId}/proxies`, { grantorMemberNo: 66, holderMemberNo: 57 })
    ).json()) as ProxyView;
    state.clock += 60_000;
    expect((await radhouen.post(`/api/assemblies/${assemblyId}/proxies/${first.id}/revoke`)).status).toBe(200);
    state.clock += 60_000;
    expect(
      (await radhouen.post(`/api/assemblies/${assemblyId}/proxies`, { grantorMemberNo: 66, holderMemberNo: 68 }))
        .status,
    ).toBe(201);

    // The room: four people come in; an associate speaks; the Table hides one message.
    state.clock = opensAt + hour;
    const samuelRoom = await room('samuel.thirion@example.org');
    state.clock = opensAt + 2 * hour;
    const lhoussaineRoom = await room('lhoussaine.aitbrahim@example.org');
    const tableRoom = await room('giusto.maniscalchi@example.org');
    await room('faycal.kaabi@example.org');
    const carineRoom = await room('carine.jansen@example.org');
    const opening = await post(samuelRoom, budgetItem, markdownMessage);
    await post(lhoussaineRoom, budgetItem, 'Agadir soutient cette priorité.', opening);
    const announced = await post(samuelRoom, seatItem, 'Brava votera pour, quoi qu’il arrive.');
    expect(
      await call(tableRoom, 'message:hide', {
        assemblyId,
        messageId: announced,
        reason: 'Vote announced before the ballot opens',
      }),
    ).toMatchObject({ ok: true });
    const second = await post(samuelRoom, 'general', 'On reprend après la pause ?');
    expect(await call(samuelRoom, 'message:withdraw', { assemblyId, messageId: second })).toMatchObject({ ok: true });
    await post(carineRoom, 'general', 'Merci pour cette journée, au nom de DiCS.');

    // A named vote and a secret one.
    state.clock = opensAt + 3 * hour;
    const named = await openMotion(budgetItem, 'ordinary_decision', false, 'Budget 2028');
    const secret = await openMotion(seatItem, 'statute_change', true, 'The seat moves to Odemira');
    await voteAll('samuel.thirion@example.org', named, 'for');
    await voteAll('lhoussaine.aitbrahim@example.org', named, 'against');
    await voteAll('giusto.maniscalchi@example.org', named, 'abstain');
    await voteSecret('samuel.thirion@example.org', secret, 'for');
    await voteSecret('lhoussaine.aitbrahim@example.org', secret, 'against');
    return { named, secret };
  }

  /**
   * Closes the assembly a day after it opened, as the closing job does; then two of the three trustees give
   * their shares, and the secret vote is counted (its job then e-mails the results and asks for the minutes'
   * draft). The caller disconnects the returned Redis.
   */
  async function closeTheAssembly() {
    state.clock = opensAt + day;
    const redis = connectRedis(platform.config.REDIS_URL);
    const ctx = createContext(redis, platform.config, { now: () => new Date(state.clock) });
    const { assembly } = await table().json<AssemblyView>(`/api/assemblies/${state.assemblyId}`);
    await assemblyMoment(ctx, { assemblyId: state.assemblyId, moment: 'closed', opensAt: assembly.opensAt });
    for (const trustee of [trustees[0]!, trustees[2]!])
      expect((await giveShares(trustee, state.assemblyId)).map((response) => response.status)).toEqual([201]);
    await eventually(async () => {
      const { motions } = await table().json<MotionsResponse>(`/api/assemblies/${state.assemblyId}/motions`);
      return motions.every((entry) => entry.tally !== null) ? true : undefined;
    }, 'the secret vote counted');
    return { redis, ctx };
  }

  return {
    state,
    platform: () => platform,
    received,
    as,
    table,
    secretary,
    samuel,
    call,
    minutes,
    version,
    put,
    mailsAbout,
    holdTheAssembly,
    closeTheAssembly,
  };
}
