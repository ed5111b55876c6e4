import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import type { AssemblyView } from '@shared/api/assemblies';
import type { Result, RoomSnapshot } from '@shared/events';
import type { RoomEvent, RoomMessage } from '@shared/schemas/room';
import { createContext } from '../../server/context';
import { connectRedis } from '../../server/redis/connection';
import { closeQueues } from '../../server/queue/queues';
import { digestJobId } from '../../server/queue/jobIds';
import { startPlatform, TestClient, eventually, roomSocket, type RoomClient } from './support';

const hour = 3_600_000;
const day = 24 * hour;
const opensAt = Date.parse('2027-03-12T09:00:00Z');
const closesAt = opensAt + day;
const replyDomain = 'reply.agora.test';
const replyAddressIn = (_text: string) =>
  new RegExp(`reply\\+[A-Za-z0-9._-]+@${replyDomain.replace(/\./g, '\\.')}`, 'g');

describe('replies by e-mail and the discussion by e-mail', () => {
  let clock = opensAt - 20 * day;
  const convenedAt = clock;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let assemblyId: string;
  let itemId: string;
  let watcher: RoomClient;
  const live: RoomMessage[] = [];
  const sockets: RoomClient[] = [];

  const call = <T>(socket: RoomClient, event: string, input: unknown) =>
    new Promise<Result<T>>((resolve) => (socket.emit as (...args: unknown[]) => void)(event, input, resolve));

  /** Sends an e-mail through real SMTP to Agora's receiver, as a person's mail program would. */
  async function sendReply(mail: { from: string; to: string; text: string; subject?: string; messageId?: string }) {
    const transport = nodemailer.createTransport(platform.worker!.inboundUrl!);
    try {
      await transport.sendMail({ subject: 'Re: Budget 2027', ...mail });
    } finally {
      transport.close();
    }
  }
  const messages = async () => {
    const joined = await call<RoomSnapshot>(watcher, 'room:join', { assemblyId });
    if (!joined.ok) throw new Error(joined.error.message);
    return joined.value.messages;
  };
  const choose = async (email: string, roomMail: string) => {
    const client = await platform.client().signIn(email);
    expect((await client.request('PATCH', '/api/me', { roomMail })).status).toBe(200);
    return client;
  };

  beforeAll(async () => {
    platform = await startPlatform({
      now: () => new Date(clock),
      config: { INBOUND_SMTP_PORT: '0', INBOUND_DOMAIN: replyDomain },
    });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    const view: AssemblyView = await table.convenedAssembly('Spring assembly', opensAt, ['Budget 2027']);
    assemblyId = view.assembly.id;
    itemId = view.assembly.agenda[0]!.id;
    watcher = await roomSocket(platform.web.port, table.cookie);
    sockets.push(watcher);
    watcher.on('room:event', (event: RoomEvent) => live.push(event.message));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await platform?.close();
  });

  it('schedules a digest every four hours of the window, not at the close', async () => {
    const redis = connectRedis(platform.config.REDIS_URL);
    const ctx = createContext(redis, platform.config);
    try {
      const due: Array<number | null> = [];
      for (const slot of [1, 2, 3, 4, 5, 6]) {
        const job = await ctx.queues.assemblies.getJob(digestJobId(assemblyId, slot, new Date(opensAt).toISOString()));
        due.push(job ? convenedAt + (job.delay ?? 0) : null);
      }
      expect(due).toEqual([...[4, 8, 12, 16, 20].map((hours) => opensAt + hours * hour), null]);
    } finally {
      await closeQueues(ctx.queues);
      redis.disconnect();
    }
  });

  it('e-mails each message to whoever chose every message, with a reply address for its thread', async () => {
    clock = opensAt + hour;
    await choose('ekaterina.smoroda@example.org', 'each');
    await choose('samuel.thirion@example.org', 'each');
    const before = await table.outboxCount();
    await call(watcher, 'room:join', { assemblyId });
    const posted = await call<RoomEvent>(watcher, 'message:post', {
      assemblyId,
      thread: itemId,
      body: 'The Table proposes the budget as sent.',
      clientId: 'table-budget-1',
    });
    expect(posted.ok).toBe(true);
    const mail = await table.mailTo('ekaterina.smoroda@example.org', before, /Budget 2027 — Giusto/);
    expect(mail.text).toContain('The Table proposes the budget as sent.');
    expect(mail.text).toMatch(/open for 23 h 0 min more|encore ouverte 23 h 0 min/);
    expect(mail.text.match(replyAddressIn(mail.text))).toHaveLength(1);
    // The author is not sent its own message.
    const toTable = await table.json<{ messages: Array<{ subject: string }> }>(
      `/api/outbox?q=${encodeURIComponent('giusto.maniscalchi@example.org')}`,
    );
    expect(toTable.messages.filter((message) => message.subject.includes('Budget 2027 — Giusto'))).toEqual([]);
  });

  it('posts a reply as its person, live in the room, marked by e-mail, without the quoted text and the signature', async () => {
    const mail = await table.mailTo('ekaterina.smoroda@example.org', 0, /Budget 2027 — Giusto/);
    const address = mail.text.match(replyAddressIn(mail.text))![0];
    const count = (await messages()).length;
    const reply = {
      from: 'Ekaterina Smoroda <ekaterina.smoroda@example.org>',
      to: address,
      messageId: '<reply-1@mail.example.org>',
      text: [
        'Our 24 members agree with the budget.',
        '',
        'Ekaterina',
        '-- ',
        'Ekaterina Smoroda, Saint Petersburg',
        '',
        `On Fri, 12 Mar 2027 at 10:00, Agora <agora@localhost> wrote:`,
        '> The Table proposes the budget as sent.',
      ].join('\n'),
    };
    await sendReply(reply);
    const shown = await eventually(
      () => live.find((message) => message.via === 'email' && message.author.name.startsWith('Ekaterina')),
      'the reply shown live in the room',
    );
    expect(shown).toMatchObject({
      thread: itemId,
      body: 'Our 24 members agree with the budget.\n\nEkaterina',
      via: 'email',
    });
    expect(shown.author.speaksFor).toHaveLength(24);
    // The same e-mail delivered again (a relay retrying) is posted once.
    await sendReply(reply);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await messages()).length).toBe(count + 1);
  });

  it('answers a forged address with why, in the sender language, and posts nothing', async () => {
    const mail = await table.mailTo('samuel.thirion@example.org', 0, /Budget 2027 — Giusto/);
    const address = mail.text.match(replyAddressIn(mail.text))![0];
    // Samuel's own address, pointed at Ekaterina: the signature no longer matches.
    const forged = address.replace(/^reply\+[^.]+/, `reply+${'x'.repeat(8)}`);
    // Samuel reads French: the answer is in French.
    const samuel = await platform.client().signIn('samuel.thirion@example.org');
    expect((await samuel.request('PATCH', '/api/me', { language: 'fr' })).status).toBe(200);
    const count = (await messages()).length;
    const before = await table.outboxCount();
    await sendReply({ from: 'samuel.thirion@example.org', to: forged, text: 'I speak for Ekaterina.' });
    const answer = await table.mailTo('samuel.thirion@example.org', before, /Non publié/);
    expect(answer.text).toContain("n'est pas une adresse de réponse donnée par Agora");
    expect(answer.text).toContain("Rien n'a été publié.");
    expect((await messages()).length).toBe(count);
  });

  it('refuses a reply beyond the rate limit and says how long to wait', async () => {
    const mail = await table.mailTo('samuel.thirion@example.org', 0, /Budget 2027 — Giusto/);
    const address = mail.text.match(replyAddressIn(mail.text))![0];
    const before = await table.outboxCount();
    const count = (await messages()).length;
    for (let index = 1; index <= 21; index++)
      await sendReply({
        from: 'samuel.thirion@example.org',
        to: address,
        subject: 'Re: Cape Verde points',
        text: `Point ${index} of Cape Verde.`,
      });
    const answer = await table.mailTo('samuel.thirion@example.org', before, /Non publié.*Cape Verde points/);
    expect(answer.text).toMatch(/beaucoup de messages en peu de temps\. Attendez \d+ secondes/);
    await eventually(async () => ((await messages()).length === count + 20 ? true : undefined), '20 replies posted');
  });

  it('sends the digest of the first four hours: new messages by thread, the votes waiting, the time left', async () => {
    const opened = await table.post(`/api/assemblies/${assemblyId}/motions`, {
      itemId,
      kind: 'ordinary_decision',
      title: 'Budget 2027 as sent',
      text: 'The assembly adopts the budget 2027.',
      secret: false,
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    await choose('florian.riegert@example.org', 'digest');
    const before = await table.outboxCount();
    clock = opensAt + 4 * hour;
    await platform.runJob('assemblies', digestJobId(assemblyId, 1, new Date(opensAt).toISOString()));
    const digest = await table.mailTo('florian.riegert@example.org', before, /new messages|nouveaux messages/);
    expect(digest.subject).toMatch(/^Spring assembly — 22 (new messages|nouveaux messages)/);
    expect(digest.text).toContain('Budget 2027');
    expect(digest.text).toContain('The Table proposes the budget as sent.');
    expect(digest.text).toMatch(/Our 24 members agree with the budget\.\n\nEkaterina/);
    expect(digest.text).toMatch(/\((by e-mail|par e-mail)\)/);
    expect(digest.text).toMatch(/Budget 2027 as sent — \d+ (members?|membres?)/);
    expect(digest.text).toMatch(/20 h 0 min/);
    expect(digest.text).toContain('Point 20 of Cape Verde.');
    expect(digest.text.match(replyAddressIn(digest.text))).toHaveLength(1);
    // Those who chose every message get no digest besides.
    const toEkaterina = await table.json<{ messages: Array<{ subject: string }> }>(
      `/api/outbox?q=${encodeURIComponent('ekaterina.smoroda@example.org')}`,
    );
    expect(toEkaterina.messages.filter((message) => /new messages|nouveaux messages/.test(message.subject))).toEqual(
      [],
    );
  });

  it('answers a reply before the opening that the room is not open yet, and posts nothing', async () => {
    const mail = await table.mailTo('ekaterina.smoroda@example.org', 0, /Budget 2027 — Giusto/);
    const address = mail.text.match(replyAddressIn(mail.text))![0];
    // The address is still valid, but the server's clock says the window has not begun (R.6).
    clock = opensAt - 1;
    const count = (await messages()).length;
    const before = await table.outboxCount();
    await sendReply({ from: 'ekaterina.smoroda@example.org', to: address, subject: 'Re: early', text: 'Too early.' });
    const answer = await table.mailTo('ekaterina.smoroda@example.org', before, /(Not posted|Non publié).*early/);
    expect(answer.text).toMatch(/The room opens on|La salle ouvre le/);
    expect((await messages()).length).toBe(count);
  });

  it('answers a reply after the close that its address expired with the room, and posts nothing', async () => {
    const mail = await table.mailTo('ekaterina.smoroda@example.org', 0, /Budget 2027 — Giusto/);
    const address = mail.text.match(replyAddressIn(mail.text))![0];
    clock = closesAt;
    const count = (await messages()).length;
    const before = await table.outboxCount();
    await sendReply({
      from: 'ekaterina.smoroda@example.org',
      to: address,
      subject: 'Re: late',
      text: 'One more point.',
    });
    const answer = await table.mailTo('ekaterina.smoroda@example.org', before, /(Not posted|Non publié).*late/);
    expect(answer.text).toMatch(/valid until the room closed|valait jusqu'à la clôture/);
    expect((await messages()).length).toBe(count);
  });
});
