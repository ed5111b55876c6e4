import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import type { CastBallotsResponse, MotionsResponse } from '@shared/api/voting';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events';
import type { BallotReceipt, Motion } from '@shared/schemas/voting';
import { connectRedis } from '../../server/redis/connection';
import { redisKeys } from '../../server/store/keys';
import { createContext } from '../../server/context';
import { tallyAssembly } from '../../server/commands/tallyAssembly';
import { receiptChain } from '../../server/commands/receiptChain';
import { receiptHash } from '../../server/commands/castBallots';
import { receivesConvocation } from '@shared/rules/members';
import { assemblyMoment } from '../../jobs/handlers/assemblyMoment';
import { eventually, startPlatform, TestClient } from './support';

const day = 86_400_000;
const hour = 3_600_000;
const first = Date.parse('2027-02-10T09:00:00Z');
const second = first + 3 * day;

// Their representatives speak for 24 + 19 + 10 + 9 + 7 = 69 voting members.
const sixtyNine = [
  'ekaterina.smoroda@example.org',
  'lhoussaine.aitbrahim@example.org',
  'abdeloualab.oualiti@example.org',
  'samuel.thirion@example.org',
  'faycal.kaabi@example.org',
];

describe('deciding at an extraordinary assembly (R.7)', () => {
  let clock = first - 40 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  const people = new Map<string, TestClient>();
  const sockets: Array<Socket<ServerToClientEvents, ClientToServerEvents>> = [];

  async function extraordinary(opensAt: number): Promise<string> {
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'extraordinary',
        title: `EGA ${opensAt}`,
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    await table.post(`/api/assemblies/${created.assembly.id}/agenda`, {
      kind: 'statute_change',
      title: 'Article 4: the seat moves to Braine-l’Alleud',
    });
    expect((await table.post(`/api/assemblies/${created.assembly.id}/convene`)).status).toBe(200);
    return created.assembly.id;
  }

  /** The person enters the room (which is what makes its members present). */
  async function join(email: string, assemblyId: string): Promise<void> {
    const client = people.get(email)!;
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(
      `http://127.0.0.1:${platform.web.port}`,
      { transports: ['websocket'], extraHeaders: { cookie: client.cookie }, reconnection: false },
    );
    sockets.push(socket);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    await new Promise((resolve) => socket.emit('room:join', { assemblyId }, resolve));
  }

  async function voteAll(
    email: string,
    assemblyId: string,
    motionId: string,
    choice: 'for' | 'against' | 'abstain',
  ): Promise<BallotReceipt[]> {
    const client = people.get(email)!;
    const { castable } = await client.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    const response = await client.post(`/api/assemblies/${assemblyId}/motions/${motionId}/ballots`, {
      ballots: castable.map((ballot) => ({ memberNo: ballot.memberNo, choice })),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return ((await response.json()) as { receipts: BallotReceipt[] }).receipts;
  }

  const openMotion = async (assemblyId: string, secret: boolean, kind = 'statute_change') => {
    const { assembly } = await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`);
    const response = await table.post(`/api/assemblies/${assemblyId}/motions`, {
      itemId: assembly.agenda[0]!.id,
      kind,
      title: 'The seat moves',
      text: 'Article 4 reads: the seat is in Braine-l’Alleud.',
      secret,
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as Motion;
  };

  let firstId: string;
  let secondId: string;

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    for (const email of [...sixtyNine, 'radhouen.bouden@example.org', 'manuela.coutinho@example.org'])
      people.set(email, await platform.client().signIn(email));
    firstId = await extraordinary(first);
    secondId = await extraordinary(second);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await platform?.close();
  });

  it('casts the 24 votes of the Russian members in one action, and no vote for a member one does not represent', async () => {
    clock = first + hour;
    for (const email of sixtyNine) await join(email, firstId);
    const motion = await openMotion(firstId, false);
    const receipts = await voteAll('ekaterina.smoroda@example.org', firstId, motion.id, 'for');
    expect(receipts).toHaveLength(24);
    expect(receipts.every((receipt) => receipt.castAs === 'own')).toBe(true);

    const ekaterina = people.get('ekaterina.smoroda@example.org')!;
    const foreign = await ekaterina.post(`/api/assemblies/${firstId}/motions/${motion.id}/ballots`, {
      ballots: [
        { memberNo: 34, choice: 'for' },
        { memberNo: 57, choice: 'against' },
      ],
    });
    // Her own member's vote is recorded; the other person's member is refused alone, named.
    expect(foreign.status).toBe(201);
    const partial = (await foreign.json()) as CastBallotsResponse;
    expect(partial.receipts.map((receipt) => receipt.memberNo)).toEqual([34]);
    expect(partial.refused).toEqual([
      {
        code: 'ballot_not_representative',
        params: expect.objectContaining({
          memberNo: 57,
          member: 'Commission Régionale de Partenaires — CRP Brava',
        }) as unknown,
      },
    ]);
    const mine = await ekaterina.json<MotionsResponse>(`/api/assemblies/${firstId}/motions`);
    expect(mine.motions[0]?.myBallots).toHaveLength(24);
    expect(mine.motions[0]?.tally).toBeNull();
    expect(mine.presence).toEqual({ votingMembers: 104, present: 69, represented: 0, required: 70 });

    // A register stored before each member's standing was kept beside it counts the same.
    const redis = connectRedis(platform.config.REDIS_URL);
    const { memberStandings, standingCounts } = redisKeys(platform.config.REDIS_PREFIX);
    await redis.del(memberStandings, standingCounts);
    const again = await ekaterina.json<MotionsResponse>(`/api/assemblies/${firstId}/motions`);
    expect(again.presence).toEqual({ votingMembers: 104, present: 69, represented: 0, required: 70 });
    expect(await redis.hlen(memberStandings)).toBe(108);
    redis.disconnect();

    for (const email of sixtyNine.slice(1)) await voteAll(email, firstId, motion.id, 'for');
  });

  it('refuses any vote outside the window', async () => {
    clock = first + day;
    const { motions } = await table.json<MotionsResponse>(`/api/assemblies/${firstId}/motions`);
    const late = await people
      .get('samuel.thirion@example.org')!
      .post(`/api/assemblies/${firstId}/motions/${motions[0]!.motion.id}/ballots`, {
        ballots: [{ memberNo: 57, choice: 'against' }],
      });
    expect(late.status).toBe(409);
    expect(((await late.json()) as ApiError).error.code).toBe('window_closed');
  });

  it('does not decide a unanimous statute change with 69 of 104 present or represented', async () => {
    await platform.runMoment(firstId, 'closed');
    const { motions } = await table.json<MotionsResponse>(`/api/assemblies/${firstId}/motions`);
    expect(motions[0]?.tally?.result).toMatchObject({
      outcome: 'not_decided',
      reason: 'not_decided_quorum_not_reached',
      counts: { for: 69, against: 0 },
      quorum: { present: 69, represented: 0, required: 70, missing: 1 },
    });
  });

  it('tallies exactly once, with two workers and a retried closing job', async () => {
    const redis = connectRedis(platform.config.REDIS_URL);
    const one = createContext(redis, platform.config, { now: () => new Date(clock) });
    const other = createContext(redis.duplicate(), platform.config, { now: () => new Date(clock + 1000) });
    const before = (await table.json<MotionsResponse>(`/api/assemblies/${firstId}/motions`)).motions[0]!.tally;
    expect(
      await Promise.all([tallyAssembly(one, firstId), tallyAssembly(other, firstId), tallyAssembly(one, firstId)]),
    ).toEqual([0, 0, 0]);
    expect((await table.json<MotionsResponse>(`/api/assemblies/${firstId}/motions`)).motions[0]!.tally).toEqual(before);
    redis.disconnect();
  });

  it('decides it by majority with 70: one more member represented through a proxy', async () => {
    clock = second - 2 * hour;
    const radhouen = people.get('radhouen.bouden@example.org')!;
    expect(
      (await radhouen.post(`/api/assemblies/${secondId}/proxies`, { grantorMemberNo: 66, holderMemberNo: 68 })).status,
    ).toBe(201);
    clock = second + hour;
    for (const email of sixtyNine) await join(email, secondId);
    const motion = await openMotion(secondId, false);
    const receipts: BallotReceipt[] = [];
    for (const email of sixtyNine)
      receipts.push(...(await voteAll(email, secondId, motion.id, email.startsWith('samuel') ? 'against' : 'for')));
    expect(receipts.filter((receipt) => receipt.castAs === 'proxy').map((receipt) => receipt.memberNo)).toEqual([66]);

    clock = second + day;
    await platform.runMoment(secondId, 'closed');
    const { motions } = await table.json<MotionsResponse>(`/api/assemblies/${secondId}/motions`);
    const tally = motions[0]!.tally!;
    expect(tally.result).toMatchObject({
      outcome: 'adopted',
      reason: 'majority_for',
      counts: { for: 61, against: 9 },
      quorum: { present: 69, represented: 1, required: 70, missing: 0 },
    });

    // Every voter finds its receipt among those counted, and the chain holds.
    const hashes = new Set(tally.receipts);
    expect(receipts.every((receipt) => hashes.has(receiptHash(motion.id, receipt.receipt)))).toBe(true);
    expect(receiptChain(motion.id, tally.receipts).chainHead).toBe(tally.chainHead);
    expect(receiptChain(motion.id, tally.receipts.slice(1)).chainHead).not.toBe(tally.chainHead);
  });

  it('e-mails the results to every member at the close, once, even when the closing job runs twice', async () => {
    const redis = connectRedis(platform.config.REDIS_URL);
    const ctx = createContext(redis, platform.config, { now: () => new Date(clock) });
    const { assembly } = await table.json<AssemblyView>(`/api/assemblies/${secondId}`);
    const outbox = async () =>
      (await table.json<OutboxResponse>('/api/outbox')).messages.filter(
        (message) => message.subject.includes(assembly.title) && /results|résultats/.test(message.subject),
      );
    await assemblyMoment(ctx, { assemblyId: secondId, moment: 'closed', opensAt: assembly.opensAt });
    await assemblyMoment(ctx, { assemblyId: secondId, moment: 'closed', opensAt: assembly.opensAt });
    const register = await ctx.register.snapshot();
    const representatives = new Set(
      register.members
        .filter(receivesConvocation)
        .map((member) => register.representatives.get(member.memberNo))
        .filter(Boolean),
    );
    const mails = await eventually(
      async () => {
        const found = await outbox();
        return found.length >= representatives.size ? found : undefined;
      },
      `the results e-mails to ${representatives.size} people (${(await outbox()).length} so far)`,
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await outbox()).length).toBe(mails.length);
    expect(new Set(mails.map((mail) => mail.to.join())).size).toBe(mails.length);
    const samuel = mails.find((mail) => mail.to.includes('samuel.thirion@example.org'))!;
    const text = (await table.json<OutboxMessage>(`/api/outbox/${samuel.id}`)).text;
    expect(text).toContain('The seat moves');
    expect(text).toMatch(/Adoptée|Adopted/);
    expect(text).toMatch(/61 (pour|for), 9 (contre|against)/);
    redis.disconnect();
  });
});
