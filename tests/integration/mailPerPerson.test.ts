import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView, DeliveriesResponse } from '@shared/api/assemblies';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import type { MotionsResponse } from '@shared/api/voting';
import type { Motion } from '@shared/schemas/voting';
import { connectRedis } from '../../server/redis/connection';
import { createContext } from '../../server/context';
import { closeQueues } from '../../server/queue/queues';
import { votesOpenedJobId } from '../../server/queue/jobIds';
import { eventually, roomSocket, startPlatform, TestClient, type RoomClient } from './support';

const day = 86_400_000;
const hour = 3_600_000;
const minute = 60_000;
// 09:00 UTC: the start of a window of votes opened together.
const opensAt = Date.parse('2027-02-10T09:00:00Z');
const ekaterina = 'ekaterina.smoroda@example.org';
const samuel = 'samuel.thirion@example.org';
const lhoussaine = 'lhoussaine.aitbrahim@example.org';
const memberLines = /\((?:member no\.|membre n°) \d+\)/g;

describe('one e-mail per person, however many members it represents', () => {
  let clock = opensAt - 40 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let id: string;
  const people = new Map<string, TestClient>();
  const sockets: RoomClient[] = [];

  /** Every e-mail in the outbox to `to` whose subject matches, oldest first. */
  const mailsTo = async (to: string, subject: RegExp): Promise<OutboxMessage[]> => {
    const { messages } = await table.json<OutboxResponse>('/api/outbox');
    const found = messages.filter((message) => message.to.includes(to) && subject.test(message.subject));
    const full = await Promise.all(found.map((message) => table.json<OutboxMessage>(`/api/outbox/${message.id}`)));
    return full.sort((a, b) => a.id.localeCompare(b.id));
  };
  const convocation = /^(Convocation|Updated convocation|Convocation mise à jour)\b/;
  const voteOpened = /a vote is open|un vote est ouvert|votes are open|votes sont ouverts/;
  const closingSoon = /closes in six hours|clôture dans six heures/;

  const openMotion = async (itemIndex: number, title: string): Promise<Motion> => {
    const { assembly } = await table.json<AssemblyView>(`/api/assemblies/${id}`);
    const response = await table.post(`/api/assemblies/${id}/motions`, {
      itemId: assembly.agenda[itemIndex]!.id,
      kind: 'ordinary_decision',
      title,
      text: `${title}: the Direction's proposal.`,
      secret: false,
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as Motion;
  };
  const voteAll = async (email: string, motionId: string) => {
    const client = people.get(email)!;
    const { castable } = await client.json<MotionsResponse>(`/api/assemblies/${id}/motions`);
    const response = await client.post(`/api/assemblies/${id}/motions/${motionId}/ballots`, {
      ballots: castable.map((ballot) => ({ memberNo: ballot.memberNo, choice: 'for' })),
    });
    expect(response.status, await response.clone().text()).toBe(201);
  };

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    for (const email of [ekaterina, samuel, lhoussaine]) people.set(email, await platform.client().signIn(email));
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'ordinary',
        title: 'Winter ordinary assembly',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    id = created.assembly.id;
    for (const title of ['Accounts of 2026', 'Budget of 2027', 'Working groups'])
      await table.post(`/api/assemblies/${id}/agenda`, { kind: 'ordinary_decision', title });
    expect((await table.post(`/api/assemblies/${id}/convene`)).status).toBe(200);
    await table.convocationsSent(id, 108, 40_000);
  }, 60_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await platform?.close();
  });

  it('convenes the representative of 24 members with one e-mail naming them all, and shows each member convened', async () => {
    const [mail, ...more] = await mailsTo(ekaterina, convocation);
    expect(more).toHaveLength(0);
    expect(mail!.text.match(memberLines)).toHaveLength(24);
    expect(mail!.text).toMatch(/For the 24 members you represent|Pour les 24 membres que vous représentez/);
    const deliveries = await table.json<DeliveriesResponse>(`/api/assemblies/${id}/deliveries`);
    const hers = deliveries.deliveries.filter((delivery) => delivery.email === ekaterina);
    expect(hers).toHaveLength(24);
    expect(hers.every((delivery) => delivery.state === 'sent')).toBe(true);
    // Each of her organisations is named in the one e-mail.
    for (const delivery of hers) expect(mail!.text).toContain(delivery.organisation);
  });

  it('resends to a person their one e-mail, for all their members, and to nobody else', async () => {
    const before = await table.json<DeliveriesResponse>(`/api/assemblies/${id}/deliveries`);
    clock += hour;
    const response = await table.post(`/api/assemblies/${id}/deliveries/33/resend`);
    expect(response.status).toBe(202);
    expect(((await response.json()) as { memberNos: number[] }).memberNos).toHaveLength(24);
    const again = await eventually(
      async () => {
        const mails = await mailsTo(ekaterina, convocation);
        return mails.length >= 2 ? mails : undefined;
      },
      'her convocation resent',
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await mailsTo(ekaterina, convocation)).toHaveLength(2);
    expect(again[1]!.text.match(memberLines)).toHaveLength(24);
    const after = await table.convocationsSent(id, 108, 20_000);
    const sentAt = (body: DeliveriesResponse, email: string) =>
      body.deliveries.filter((delivery) => delivery.email === email).map((delivery) => delivery.sentAt);
    // Her 24 members record the new sending; Samuel's members keep theirs, and he got nothing more.
    expect(sentAt(after, ekaterina).every((at, index) => at !== sentAt(before, ekaterina)[index])).toBe(true);
    expect(sentAt(after, samuel)).toEqual(sentAt(before, samuel));
    expect(await mailsTo(samuel, convocation)).toHaveLength(1);
  });

  it('tells those a vote waits for at once in the room, and by one e-mail for the votes opened within a few minutes', async () => {
    clock = opensAt + hour;
    const told = new Map<string, string[]>();
    for (const email of [ekaterina, samuel]) {
      const socket = await roomSocket(platform.web.port, people.get(email)!.cookie);
      sockets.push(socket);
      told.set(email, []);
      socket.on('room:voteOpened', (payload) => told.get(email)!.push(payload.title));
      await new Promise((resolve) => socket.emit('room:join', { assemblyId: id }, resolve));
    }
    const accounts = await openMotion(0, 'Accounts of 2026');
    clock += 2 * minute;
    const budget = await openMotion(1, 'Budget of 2027');
    await eventually(
      async () => (told.get(ekaterina)!.length === 2 ? true : undefined),
      'Ekaterina told in the room of both votes',
      5_000,
    );
    expect(told.get(ekaterina)).toEqual(['Accounts of 2026', 'Budget of 2027']);
    // Samuel votes on both before the e-mail leaves: nothing waits for him any more.
    await voteAll(samuel, accounts.id);
    await voteAll(samuel, budget.id);

    // Both opened in the same window: one job, run at its moment.
    const redis = connectRedis(platform.config.REDIS_URL);
    const ctx = createContext(redis, platform.config);
    try {
      const job = await ctx.queues.assemblies.getJob(votesOpenedJobId(id, opensAt + hour));
      expect(job).toBeTruthy();
      const planned = (await ctx.queues.assemblies.getDelayed()).filter((delayed) => delayed.name === 'votes.opened');
      expect(planned.map((delayed) => delayed.id)).toEqual([job!.id]);
      clock += 2 * minute;
      await job!.promote();
      await eventually(async () => ((await job!.isCompleted()) ? true : undefined), 'the votes-opened job', 20_000);
    } finally {
      await closeQueues(ctx.queues);
      redis.disconnect();
    }

    const [toHer, ...more] = await eventually(
      async () => {
        const mails = await mailsTo(ekaterina, voteOpened);
        return mails.length > 0 ? mails : undefined;
      },
      'her e-mail about the votes opened',
      20_000,
    );
    await eventually(
      async () => ((await mailsTo(lhoussaine, voteOpened)).length > 0 ? true : undefined),
      'his e-mail about the votes opened',
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(more).toHaveLength(0);
    expect(toHer!.subject).toMatch(/2 votes are open|2 votes sont ouverts/);
    expect(toHer!.text).toMatch(/Accounts of 2026 — 24 (members to vote for|membres pour qui voter)/);
    expect(toHer!.text).toMatch(/Budget of 2027 — 24 (members to vote for|membres pour qui voter)/);
    expect(toHer!.text.match(memberLines)).toHaveLength(24);
    expect(await mailsTo(lhoussaine, voteOpened)).toHaveLength(1);
    expect(await mailsTo(samuel, voteOpened)).toHaveLength(0);
  });

  it('lists, six hours before the close, the votes still waiting for each person, and writes to nobody with none', async () => {
    const { motions } = await table.json<MotionsResponse>(`/api/assemblies/${id}/motions`);
    const accounts = motions.find((view) => view.motion.title === 'Accounts of 2026')!.motion;
    await voteAll(ekaterina, accounts.id);
    clock = opensAt + day - 6 * hour;
    await platform.runMoment(id, 'closing_soon');
    const [reminder, ...more] = await eventually(
      async () => {
        const mails = await mailsTo(ekaterina, closingSoon);
        return mails.length > 0 ? mails : undefined;
      },
      'her reminder',
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(more).toHaveLength(0);
    expect(reminder!.text).toMatch(/Budget of 2027 — 24 (members to vote for|membres pour qui voter)/);
    expect(reminder!.text).not.toContain('Accounts of 2026');
    expect(await mailsTo(samuel, closingSoon)).toHaveLength(0);
  });
});
