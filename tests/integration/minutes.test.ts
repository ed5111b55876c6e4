import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { MinutesResponse, MinutesVersionView } from '@shared/api/minutes';
import type { MotionsResponse, ProxyView } from '@shared/api/voting';
import type { ClientToServerEvents, Result, ServerToClientEvents } from '@shared/events';
import type { RoomEvent } from '@shared/schemas/room';
import type { Motion } from '@shared/schemas/voting';
import { receivesConvocation } from '@shared/rules/members';
import { minutesContentSchema } from '@shared/schemas/minutes';
import { minutesVersionSchema } from '@shared/schemas/minutesApproval';
import { connectRedis } from '../../server/redis/connection';
import { createContext } from '../../server/context';
import { draftMinutes } from '../../server/commands/minutes';
import { assemblyMoment } from '../../jobs/handlers/assemblyMoment';
import { renderEmail } from '../../server/mail/render';
import { minutesPdf } from '../../server/pdf/minutes/minutesPdf';
import { tallyElectionRound } from '@shared/rules/elections';
import type { MinutesVersion } from '@shared/schemas/minutesApproval';
import type { MinutesElection } from '@shared/schemas/minutesVotes';
import { startSmtpReceiver, type ReceivedAttachment, type SmtpReceiver } from '../../jobs/mail/outboxReceiver';
import { pdfInfo } from './pdf';
import { eventually, startPlatform, TestClient } from './support';

type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents>;
const day = 86_400_000;
const hour = 3_600_000;
// Saturday 13 March 2027, 10:00 in Brussels.
const opensAt = Date.parse('2027-03-13T09:00:00Z');
const title = 'Assemblée extraordinaire de Sibiu';

/** The number of pages; every compressed stream must inflate, and the pages must draw text. */
function pdfPages(pdf: Buffer): number {
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

describe('the minutes of an assembly (RULES.md §5)', () => {
  let clock = opensAt - 40 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let receiver: SmtpReceiver;
  let assemblyId = '';
  let budgetItem = '';
  let seatItem = '';
  let named: Motion;
  let secret: Motion;
  const received: Array<{ to: string[]; subject: string; text: string; attachments: ReceivedAttachment[] }> = [];
  const clients = new Map<string, TestClient>();
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
    const joined = await call(socket, 'room:join', { assemblyId });
    expect(joined.ok, JSON.stringify(joined)).toBe(true);
    return socket;
  }
  const call = <T>(socket: RoomClient, event: keyof ClientToServerEvents, input: unknown) =>
    new Promise<Result<T>>((resolve) => (socket.emit as (...args: unknown[]) => void)(event, input, resolve));
  const post = async (socket: RoomClient, thread: string, body: string, replyTo: string | null = null) => {
    const result = await call<RoomEvent>(socket, 'message:post', {
      assemblyId,
      thread,
      body,
      replyTo,
      clientId: `c${Math.random().toString(36).slice(2, 12)}`,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value.message.id;
  };
  const voteAll = async (email: string, motion: Motion, choice: 'for' | 'against' | 'abstain') => {
    const { castable } = await as(email).json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    const response = await as(email).post(`/api/assemblies/${assemblyId}/motions/${motion.id}/ballots`, {
      ballots: castable.map((ballot) => ({ memberNo: ballot.memberNo, choice })),
    });
    expect(response.status, await response.clone().text()).toBe(201);
  };
  const openMotion = async (itemId: string, kind: string, secretBallot: boolean, motionTitle: string) => {
    const response = await table().post(`/api/assemblies/${assemblyId}/motions`, {
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
    client.json<MinutesResponse>(`/api/assemblies/${assemblyId}/minutes`);
  const version = (n: number, client: TestClient = table()) =>
    client.json<MinutesVersionView>(`/api/assemblies/${assemblyId}/minutes/${n}`);
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
    platform = await startPlatform({ now: () => new Date(clock), workerConfig: { SMTP_URL: receiver.url } });
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
    ]) {
      clients.set(email, await platform.client().signIn(email));
    }
    const created = (await (
      await table().post('/api/assemblies', { kind: 'extraordinary', title, opensAt: new Date(opensAt).toISOString() })
    ).json()) as AssemblyView;
    assemblyId = created.assembly.id;
    budgetItem = (
      (await (
        await table().post(`/api/assemblies/${assemblyId}/agenda`, { kind: 'ordinary_decision', title: 'Budget 2028' })
      ).json()) as AssemblyView
    ).assembly.agenda[0]!.id;
    seatItem = (
      (await (
        await table().post(`/api/assemblies/${assemblyId}/agenda`, {
          kind: 'statute_change',
          title: 'Article 4: the seat',
        })
      ).json()) as AssemblyView
    ).assembly.agenda[1]!.id;
    expect((await table().post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await platform?.close();
    await receiver?.close();
  });

  it('drafts version 1 once after the close, with the attendance, the proxies, the results and the discussion', async () => {
    // Proxies the day before: one given and revoked, then the one in force (66 to 68, both in Africa).
    clock = opensAt - day;
    const radhouen = as('radhouen.bouden@example.org');
    const first = (await (
      await radhouen.post(`/api/assemblies/${assemblyId}/proxies`, { grantorMemberNo: 66, holderMemberNo: 57 })
    ).json()) as ProxyView;
    clock += 60_000;
    expect((await radhouen.post(`/api/assemblies/${assemblyId}/proxies/${first.id}/revoke`)).status).toBe(200);
    clock += 60_000;
    expect(
      (await radhouen.post(`/api/assemblies/${assemblyId}/proxies`, { grantorMemberNo: 66, holderMemberNo: 68 }))
        .status,
    ).toBe(201);

    // The room: four people come in; an associate speaks; the Table hides one message.
    clock = opensAt + hour;
    const samuelRoom = await room('samuel.thirion@example.org');
    clock = opensAt + 2 * hour;
    const lhoussaineRoom = await room('lhoussaine.aitbrahim@example.org');
    const tableRoom = await room('giusto.maniscalchi@example.org');
    await room('faycal.kaabi@example.org');
    const carineRoom = await room('carine.jansen@example.org');
    const opening = await post(samuelRoom, budgetItem, 'Le budget 2028 donne la priorité aux plateformes.');
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
    clock = opensAt + 3 * hour;
    named = await openMotion(budgetItem, 'ordinary_decision', false, 'Budget 2028');
    secret = await openMotion(seatItem, 'statute_change', true, 'The seat moves to Odemira');
    await voteAll('samuel.thirion@example.org', named, 'for');
    await voteAll('lhoussaine.aitbrahim@example.org', named, 'against');
    await voteAll('giusto.maniscalchi@example.org', named, 'abstain');
    await voteAll('samuel.thirion@example.org', secret, 'for');
    await voteAll('lhoussaine.aitbrahim@example.org', secret, 'against');

    // The close: the closing job tallies, e-mails the results, and asks for the minutes' draft.
    clock = opensAt + day;
    const redis = connectRedis(platform.config.REDIS_URL);
    const ctx = createContext(redis, platform.config, { now: () => new Date(clock) });
    const { assembly } = await table().json<AssemblyView>(`/api/assemblies/${assemblyId}`);
    await assemblyMoment(ctx, { assemblyId, moment: 'closed', opensAt: assembly.opensAt });
    // Two more drafters at once with the job (a retried job, a second worker): one draft, one audit link.
    const otherRedis = redis.duplicate();
    const other = createContext(otherRedis, platform.config, { now: () => new Date(clock + 1000) });
    const raced = await Promise.all([draftMinutes(ctx, assemblyId), draftMinutes(other, assemblyId)]);
    const drafted = await eventually(
      async () => ((await minutes()).versions.length > 0 ? minutes() : undefined),
      'the draft of the minutes',
    );
    expect(drafted.versions.map((entry) => [entry.version, entry.status])).toEqual([[1, 'draft']]);
    expect(drafted.current).toBeNull();
    expect(drafted.table).toEqual({ signAs: ['president'] });
    expect(raced.filter((entry) => entry !== null).length).toBeLessThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await Promise.all([draftMinutes(ctx, assemblyId), draftMinutes(other, assemblyId)])).toEqual([null, null]);
    expect((await ctx.minutes.versions(assemblyId)).length).toBe(1);
    expect(
      (await ctx.audit.latest({ subject: `assembly:${assemblyId}`, count: 500 })).filter(
        (entry) => entry.action === 'minutes.drafted',
      ),
    ).toHaveLength(1);
    redis.disconnect();
    otherRedis.disconnect();

    const draft = await version(1);
    const { content } = draft;
    expect(minutesContentSchema.safeParse(content).success).toBe(true);
    expect(content).toMatchObject({
      networkName: 'TOGETHER',
      convenedBy: 'Giusto Maniscalchi',
      assembly: { title, kind: 'extraordinary', referenceTimeZone: 'Europe/Brussels' },
    });
    expect(content.notice).toMatchObject({ ok: true, givenDays: 40 });
    expect(content.auditHead.seq).toBeGreaterThan(0);

    // Present: the members of the four voting people who came, with when and by whom; 66 represented by 68.
    const present = new Map(content.attendance.presentMembers.map((entry) => [entry.memberNo, entry]));
    expect(present.get(57)).toMatchObject({
      joinedAt: new Date(opensAt + hour).toISOString(),
      representedBy: 'Samuel Thirion',
    });
    expect(present.get(68)).toMatchObject({
      joinedAt: new Date(opensAt + 2 * hour).toISOString(),
      representedBy: 'Lhoussaine Aitbrahim',
    });
    expect(present.get(3)?.representedBy).toBe('Giusto Maniscalchi');
    expect(present.get(98)?.representedBy).toBe('Fayçal Kaabi');
    expect(present.has(66)).toBe(false);
    expect(content.attendance.representedMembers.map((entry) => [entry.memberNo, entry.holder.memberNo])).toEqual([
      [66, 68],
    ]);
    expect(content.attendance.present + content.attendance.represented + content.attendance.absent).toBe(104);
    expect(
      content.attendance.proxies.map((proxy) => [
        proxy.grantor.memberNo,
        proxy.holder.memberNo,
        proxy.revokedAt === null,
      ]),
    ).toEqual([
      [66, 57, false],
      [66, 68, true],
    ]);
    expect(content.attendance.associates.map((entry) => [entry.memberNo, entry.person, entry.tookPart])).toEqual([
      [105, 'Carine Jansen', 'posted'],
    ]);

    // The results: the named ballot member by member, 66 by proxy; the secret one by its totals and receipts.
    const [budget, seat] = content.items;
    expect(budget!.motions[0]!.result).toMatchObject({ outcome: 'rejected' });
    const ballots = new Map(budget!.motions[0]!.ballots.map((ballot) => [ballot.memberNo, ballot]));
    expect(ballots.get(57)).toMatchObject({
      vote: 'for',
      castAs: 'own',
      organisation: expect.stringContaining('Brava'),
    });
    expect(ballots.get(66)).toMatchObject({ vote: 'against', castAs: 'proxy' });
    expect(ballots.get(3)).toMatchObject({ vote: 'abstain', castAs: 'own' });
    const counts = budget!.motions[0]!.result!.counts;
    expect(counts.for + counts.against + counts.abstain).toBe(ballots.size);
    const secretMinutes = seat!.motions[0]!;
    expect(secretMinutes).toMatchObject({
      secret: true,
      ballots: [],
      result: {
        outcome: 'not_decided',
        reason: 'not_decided_quorum_not_reached',
        quorum: { applies: true, required: 70 },
      },
    });
    expect(secretMinutes.receipts!.hashes).toHaveLength(secretMinutes.result!.counts.cast);
    const { motions } = await table().json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    expect(secretMinutes.receipts!.chainHead).toBe(
      motions.find((entry) => entry.motion.id === secret.id)!.tally!.chainHead,
    );
    expect(secretMinutes.result!.quorum.presentOrRepresented).toBe(
      content.attendance.present + content.attendance.represented,
    );

    // The discussion: the reply points to its message, the withdrawn one is kept and marked, the hidden one keeps its reason only.
    expect(budget!.discussion.map((message) => [message.number, message.author, message.replyTo])).toEqual([
      [1, 'Samuel Thirion', null],
      [2, 'Lhoussaine Aitbrahim', 1],
    ]);
    expect(seat!.discussion[0]).toMatchObject({
      number: 3,
      body: null,
      hidden: { by: 'Giusto Maniscalchi', reason: 'Vote announced before the ballot opens' },
    });
    expect(content.hiddenMessages).toEqual([
      expect.objectContaining({
        number: 3,
        item: 'Article 4: the seat',
        author: 'Samuel Thirion',
        reason: 'Vote announced before the ballot opens',
      }),
    ]);
    expect(
      content.generalDiscussion.map((message) => [message.number, message.body, message.withdrawnAt !== null]),
    ).toEqual([
      [4, 'On reprend après la pause ?', true],
      [5, 'Merci pour cette journée, au nom de DiCS.', false],
    ]);
  });

  it('shows a draft to the Table and the secretariat only, and lets only the Table act on it', async () => {
    expect((await minutes(samuel())).versions).toEqual([]);
    const hidden = await samuel().get(`/api/assemblies/${assemblyId}/minutes/1`);
    expect(hidden.status).toBe(404);
    expect((await minutes(as('secretariat@example.org'))).versions.map((entry) => entry.status)).toEqual(['draft']);
    expect((await minutes(as('secretariat@example.org'))).table).toBeNull();

    const { digest, revision } = await version(1);
    for (const [path, body] of [
      ['signatures', { role: 'president', digest }],
      ['publish', { digest }],
    ] as const) {
      const refused = await samuel().post(`/api/assemblies/${assemblyId}/minutes/1/${path}`, body);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as ApiError).error.message).toContain(
        'Only a member of the Table of the assembly may do this',
      );
    }
    expect(
      (await put(samuel(), `/api/assemblies/${assemblyId}/minutes/1/statement`, { statement: 'Mine.', revision }))
        .status,
    ).toBe(403);
    expect(
      (
        await samuel().post(`/api/assemblies/${assemblyId}/minutes/corrections`, {
          note: 'I would like to change things.',
        })
      ).status,
    ).toBe(403);
    // The president does not sign as secretary.
    const wrongRole = await table().post(`/api/assemblies/${assemblyId}/minutes/1/signatures`, {
      role: 'secretary',
      digest,
    });
    expect(wrongRole.status).toBe(403);
    expect(((await wrongRole.json()) as ApiError).error.code).toBe('minutes_role');
  });

  it('is signed by the president and the secretary on the same text, then published and e-mailed with its PDF', async () => {
    clock = opensAt + 2 * day;
    let draft = await version(1);
    const sign = async (client: TestClient, role: string) => {
      const response = await client.post(`/api/assemblies/${assemblyId}/minutes/1/signatures`, {
        role,
        digest: draft.digest,
      });
      expect(response.status, await response.clone().text()).toBe(200);
      draft = (await response.json()) as MinutesVersionView;
    };
    await sign(table(), 'president');
    // The secretary changes the statement: the president's signature no longer counts.
    const edited = await put(secretary(), `/api/assemblies/${assemblyId}/minutes/1/statement`, {
      statement: 'La Table certifie ce procès-verbal conforme aux enregistrements.',
      revision: draft.revision,
    });
    expect(edited.status, await edited.clone().text()).toBe(200);
    draft = (await edited.json()) as MinutesVersionView;
    expect(draft.approvals).toEqual([expect.objectContaining({ role: 'president', current: false })]);
    // An edit from an older reading is refused rather than lost.
    expect(
      (
        await put(table(), `/api/assemblies/${assemblyId}/minutes/1/statement`, {
          statement: 'Older.',
          revision: draft.revision - 1,
        })
      ).status,
    ).toBe(409);
    await sign(secretary(), 'secretary');
    const early = await table().post(`/api/assemblies/${assemblyId}/minutes/1/publish`, { digest: draft.digest });
    expect(early.status).toBe(409);
    expect(((await early.json()) as ApiError).error.code).toBe('minutes_president_missing');
    await sign(table(), 'president');
    expect(
      draft.approvals.map((approval) => [approval.role, approval.office, approval.name, approval.current]),
    ).toEqual([
      ['secretary', 'secretary', 'Fayçal Kaabi', true],
      ['president', 'president', 'Giusto Maniscalchi', true],
    ]);
    expect(draft.digest).toBe(
      createHash('sha256')
        .update(JSON.stringify(canonical({ content: draft.content, statement: draft.statement })))
        .digest('hex'),
    );

    const published = await table().post(`/api/assemblies/${assemblyId}/minutes/1/publish`, { digest: draft.digest });
    expect(published.status, await published.clone().text()).toBe(200);
    expect((await published.json()) as MinutesVersionView).toMatchObject({
      status: 'published',
      publishedBy: 'Giusto Maniscalchi',
    });
    expect((await table().json<AssemblyView>(`/api/assemblies/${assemblyId}`)).phase).toBe('minutes_published');
    expect(await minutes(samuel())).toMatchObject({
      current: 1,
      versions: [{ version: 1, status: 'published' }],
      table: null,
    });

    // One e-mail to each representative of a convened member, in its language, with the PDF in that language.
    const reader = connectRedis(platform.config.REDIS_URL);
    const register = await createContext(reader, platform.config).register.snapshot();
    reader.disconnect();
    const people = new Set(
      register.members
        .filter(receivesConvocation)
        .map((member) => register.representatives.get(member.memberNo))
        .filter(Boolean),
    );
    const mails = await eventually(
      () =>
        mailsAbout(/procès-verbal|minutes/).length >= people.size ? mailsAbout(/procès-verbal|minutes/) : undefined,
      `the minutes e-mailed to ${people.size} people`,
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailsAbout(/procès-verbal|minutes/)).toHaveLength(people.size);
    expect(new Set(mails.map((mail) => mail.to.join())).size).toBe(people.size);
    const samuelMail = mails.find((mail) => mail.to.includes('samuel.thirion@example.org'))!;
    const ekaterinaMail = mails.find((mail) => mail.to.includes('ekaterina.smoroda@example.org'))!;
    for (const [mail, heading, file] of [
      [samuelMail, "Procès-verbal de l'assemblée générale", /^proces-verbal-.*-v1\.pdf$/],
      [ekaterinaMail, 'Minutes of the general assembly', /^minutes-.*-v1\.pdf$/],
    ] as const) {
      expect(mail.attachments).toHaveLength(1);
      const [pdf] = mail.attachments;
      expect(pdf!.contentType).toBe('application/pdf');
      expect(pdf!.filename).toMatch(file);
      expect(pdf!.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfInfo(pdf!.content, 'Title')).toBe(`${heading} — ${title}`);
      expect(pdfPages(pdf!.content)).toBeGreaterThanOrEqual(3);
    }
    expect(samuelMail.subject).toBe(`${title} — procès-verbal (TOGETHER)`);
    expect(samuelMail.text).toContain('Budget 2028: rejetée');
    expect(ekaterinaMail.text).toContain('They are attached to this e-mail as a PDF');

    // The personal link of the e-mail opens the minutes, and only this assembly's.
    const token = /#token=([A-Za-z0-9_.-]+)&page=minutes/.exec(samuelMail.text)?.[1] ?? '';
    const viaLink = platform.client();
    expect((await viaLink.post('/api/auth/assembly-link', { token })).status).toBe(200);
    expect((await minutes(viaLink)).current).toBe(1);
    const download = await viaLink.get(`/api/assemblies/${assemblyId}/minutes/1.pdf?lang=en`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(pdfInfo(Buffer.from(await download.arrayBuffer()), 'Title')).toBe(
      `Minutes of the general assembly — ${title}`,
    );
    expect(
      (await viaLink.post(`/api/assemblies/${assemblyId}/minutes/corrections`, { note: 'Through a personal link.' }))
        .status,
    ).toBe(403);
  });

  it('refuses any change to a published version, and keeps it as stored under the audit trail', async () => {
    const published = await version(1);
    for (const refused of [
      await put(table(), `/api/assemblies/${assemblyId}/minutes/1/statement`, {
        statement: 'Changed afterwards.',
        revision: published.revision,
      }),
      await table().post(`/api/assemblies/${assemblyId}/minutes/1/signatures`, {
        role: 'president',
        digest: published.digest,
      }),
      await table().post(`/api/assemblies/${assemblyId}/minutes/1/publish`, { digest: published.digest }),
    ]) {
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as ApiError).error).toMatchObject({
        code: 'minutes_published',
        message: expect.stringContaining('it can no longer change'),
      });
    }
    // The latest audit record of the stored version is the digest of the exact JSON stored.
    const redis = connectRedis(platform.config.REDIS_URL);
    const ctx = createContext(redis, platform.config);
    const stored = (await redis.hget(`${platform.config.REDIS_PREFIX}:assembly:${assemblyId}:minutes`, '1'))!;
    expect(minutesVersionSchema.safeParse(JSON.parse(stored)).success).toBe(true);
    const entries = await ctx.audit.latest({ subject: `assembly:${assemblyId}`, count: 500 });
    const actions = entries
      .filter((entry) => entry.action.startsWith('minutes.'))
      .map((entry) => entry.action)
      .reverse();
    expect(actions).toEqual([
      'minutes.drafted',
      'minutes.signed',
      'minutes.statement_changed',
      'minutes.signed',
      'minutes.signed',
      'minutes.published',
    ]);
    const record = entries
      .find((entry) => entry.action === 'minutes.published')!
      .records!.find((candidate) => candidate.field === '1')!;
    expect(record).toEqual({
      key: `assembly:${assemblyId}:minutes`,
      field: '1',
      digest: createHash('sha256').update(stored).digest('hex'),
    });
    redis.disconnect();
  });

  it('corrects published minutes with a new version, signed and published the same way; version 1 stays', async () => {
    clock = opensAt + 3 * day;
    const tooShort = await table().post(`/api/assemblies/${assemblyId}/minutes/corrections`, { note: 'Typo' });
    expect(tooShort.status).toBe(422);
    const started = await table().post(`/api/assemblies/${assemblyId}/minutes/corrections`, {
      note: 'The register of attendance now names every associate.',
    });
    expect(started.status, await started.clone().text()).toBe(201);
    let correction = (await started.json()) as MinutesVersionView;
    expect(correction).toMatchObject({
      version: 2,
      status: 'draft',
      correctionOf: 1,
      correctionNote: 'The register of attendance now names every associate.',
      approvals: [],
    });
    expect(correction.content.draftedAt).toBe(new Date(clock).toISOString());
    // One correction at a time.
    expect(
      (
        await table().post(`/api/assemblies/${assemblyId}/minutes/corrections`, {
          note: 'A second correction at once.',
        })
      ).status,
    ).toBe(409);
    expect(await minutes(samuel())).toMatchObject({ current: 1, versions: [{ version: 1, status: 'published' }] });

    for (const [client, role] of [
      [table(), 'president'],
      [secretary(), 'secretary'],
    ] as const) {
      const response = await client.post(`/api/assemblies/${assemblyId}/minutes/2/signatures`, {
        role,
        digest: correction.digest,
      });
      expect(response.status).toBe(200);
      correction = (await response.json()) as MinutesVersionView;
    }
    const mailsBefore = mailsAbout(/rectifié|corrected/).length;
    expect(
      (await table().post(`/api/assemblies/${assemblyId}/minutes/2/publish`, { digest: correction.digest })).status,
    ).toBe(200);
    const after = await minutes(samuel());
    expect(after.current).toBe(2);
    expect(after.versions.map((entry) => [entry.version, entry.status])).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);
    expect((await version(1, samuel())).statement).toBe(
      'La Table certifie ce procès-verbal conforme aux enregistrements.',
    );
    const corrected = await eventually(
      () => mailsAbout(/rectifié|corrected/).find((mail) => mail.to.includes('samuel.thirion@example.org')),
      'the corrected minutes e-mailed',
    );
    expect(mailsBefore).toBe(0);
    expect(corrected.text).toContain(
      'Cette version rectifie la version 1 : The register of attendance now names every associate.',
    );
    expect(corrected.attachments[0]!.filename).toMatch(/-v2\.pdf$/);
  });

  it('prints an election with both its rounds, and a draft as a draft', async () => {
    const published = await version(1);
    const round = (n: 1 | 2, candidates: number[], choices: Array<number | null>) => ({
      round: n,
      talliedAt: new Date(opensAt + n * hour).toISOString(),
      result: tallyElectionRound(
        n,
        candidates,
        choices.map((candidateMemberNo) => ({ candidateMemberNo })),
      ),
      receipts: {
        hashes: choices.map((_, index) => createHash('sha256').update(`${n}:${index}`).digest('hex')),
        chainHead: 'a'.repeat(64),
      },
    });
    const member = (memberNo: number, organisation: string) => ({
      memberNo,
      organisation,
      territory: '',
      country: 'Morocco',
    });
    const election: MinutesElection = {
      id: 'e1',
      body: 'direction',
      office: 'president',
      openedAt: new Date(opensAt + hour).toISOString(),
      openedBy: 'Giusto Maniscalchi',
      candidates: [
        { ...member(34, 'Городской округ Ульяновск'), person: 'Екатерина Смородa' },
        { ...member(68, 'PMA Agadir'), person: '' },
        { ...member(57, 'CRP Brava'), person: '' },
      ],
      rounds: [round(1, [34, 57, 68], [34, 34, 68, 68, 57, null]), round(2, [34, 68], [34, 68, 68])],
      elected: member(68, 'PMA Agadir'),
    };
    const draft: MinutesVersion = {
      assemblyId,
      version: 1,
      content: {
        ...published.content,
        items: published.content.items.map((item, index) => (index === 0 ? { ...item, elections: [election] } : item)),
      },
      statement: published.statement,
      digest: published.digest,
      approvals: [],
      draftedAt: published.draftedAt,
      draftedBy: published.draftedBy,
      publishedAt: null,
      publishedBy: null,
      correctionOf: null,
      correctionNote: null,
      revision: 0,
    };
    expect(minutesContentSchema.safeParse(draft.content).success).toBe(true);
    for (const [language, heading] of [
      ['fr', 'Procès-verbal'],
      ['en', 'Minutes'],
    ] as const) {
      const pdf = await minutesPdf(draft, language);
      expect(pdfInfo(pdf, 'Title')).toContain(heading);
      expect(pdfInfo(pdf, 'Subject')).toBe(language === 'fr' ? 'Version 1 — Projet' : 'Version 1 — Draft');
      expect(pdfPages(pdf)).toBeGreaterThanOrEqual(3);
    }
  });

  it('renders the minutes e-mail in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      const mail = renderEmail({
        to: 'ana@example.org',
        language,
        template: 'minutes',
        data: {
          name: 'Ana <b>',
          title: 'Spring <assembly>',
          networkName: 'TOGETHER',
          version: 2,
          correctionOf: 1,
          correctionNote: 'Names & numbers',
          publishedAt: '2027-03-16T09:00:00.000Z',
          closesAt: '2027-03-14T09:00:00.000Z',
          timeZone: 'Atlantic/Cape_Verde',
          link: 'https://agora.example.org/assemblies/a1/join#token=abc&page=minutes',
          attachment: 'minutes-a1-v2.pdf',
          motions: [{ title: 'Budget 2028', outcome: 'adopted' }],
        },
      });
      expect(mail.html).not.toContain('<assembly>');
      expect(mail.html).toContain('Spring &#60;assembly&#62;');
      expect(mail.text).toContain('minutes-a1-v2.pdf');
      expect(mail.text).toContain(
        language === 'fr'
          ? '14 mars 2027 à 08:00 (Atlantic/Cape_Verde)'
          : '14 March 2027 at 08:00 (Atlantic/Cape_Verde)',
      );
      expect(mail.subject).toBe(
        language === 'fr'
          ? 'Spring <assembly> — procès-verbal rectifié (version 2) (TOGETHER)'
          : 'Spring <assembly> — corrected minutes (version 2) (TOGETHER)',
      );
    }
  });
});

/** The same value with the keys of every object in order (what the digest of the minutes is taken of). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, entry]) => [key, canonical(entry)]),
    );
  return value;
}
