import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import { createHash } from 'node:crypto';
import { minutesContentSchema } from '@shared/schemas/minutes';
import { tallyElectionRound } from '@shared/rules/elections';
import type { MinutesVersion } from '@shared/schemas/minutesApproval';
import type { MinutesElection } from '@shared/schemas/minutesVotes';
import { minutesPdf } from '../../server/pdf/minutes/minutesPdf';
import { pdfInfo, pdfPageTexts } from './pdf';
import type { MotionsResponse } from '@shared/api/voting';
import { createContext } from '../../server/context';
import { draftMinutes } from '../../server/commands/minutes';
import { renderEmail } from '../../server/mail/render';
import { eventually } from './support';
import { hour, minutesAssembly, opensAt, pdfPages, title } from './minutesSupport';
import { receivesConvocation } from '@shared/rules/members';

describe('the minutes of an assembly (RULES.md §5)', () => {
  const m = minutesAssembly();
  const { as, table, samuel, minutes, version, put, holdTheAssembly, closeTheAssembly } = m;
  let assemblyId = '';
  let platform: ReturnType<typeof m.platform>;
  beforeAll(() => {
    assemblyId = m.state.assemblyId;
    platform = m.platform();
  });

  it('drafts version 1 once after the close, with the attendance, the proxies, the results and the discussion', async () => {
    const { secret } = await holdTheAssembly();

    // The close, then two trustees' shares: the secret vote is counted, and its job e-mails the results and asks
    // for the minutes' draft.
    const { redis, ctx } = await closeTheAssembly();
    // Two more drafters at once with the job (a retried job, a second worker): one draft, one audit link.
    const otherRedis = redis.duplicate();
    const other = createContext(otherRedis, platform.config, { now: () => new Date(m.state.clock + 1000) });
    const raced = await Promise.all([draftMinutes(ctx, assemblyId), draftMinutes(other, assemblyId)]);
    const drafted = await eventually(
      async () => ((await minutes()).versions.length > 0 ? minutes() : undefined),
      'the draft of the minutes',
    );
    expect(drafted.versions.map((entry) => [entry.version, entry.status])).toEqual([[1, 'draft']]);
    expect(drafted.current).toBeNull();
    // A publication goes once to each person representing convened members: the Table is told how many.
    const register = await ctx.register.snapshot();
    const convened = register.members.filter(receivesConvocation);
    const people = new Set(convened.map((member) => register.representatives.get(member.memberNo)).filter(Boolean));
    expect(people.size).toBeLessThan(convened.length);
    expect(drafted.table).toEqual({
      signAs: ['president'],
      audience: { people: people.size, members: convened.length },
    });
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

    // The results: the named ballot member by member, 66 by proxy; the secret one by its totals, its trackers and
    // the Belenios archive anyone can check the count with.
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
    // Decrypted by the trustees: the same people cast for the same members as in the named vote, Samuel for and
    // Lhoussaine against.
    expect(secretMinutes.result!.counts).toMatchObject({
      for: counts.for,
      against: counts.against,
      abstain: 0,
      cast: counts.for + counts.against,
    });
    const { motions } = await table().json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    const secretView = motions.find((entry) => entry.motion.id === secret.id)!;
    expect(secretMinutes.receipts!.chainHead).toBe(secretView.tally!.chainHead);
    expect(secretMinutes.archive).toEqual({
      file: `${secretView.secretCount!.uuid}.bel`,
      sha256: secretView.secretCount!.archive!.sha256,
    });
    expect(secretMinutes.archive!.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The trackers in the minutes are those the voters were given.
    const samuelReceipts = (await samuel().json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`)).motions
      .find((entry) => entry.motion.id === secret.id)!
      .myReceipts.map((receipt) => receipt.receipt);
    expect(samuelReceipts).toHaveLength(counts.for);
    expect(secretMinutes.receipts!.hashes).toEqual(expect.arrayContaining(samuelReceipts));
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
      // Each round is a secret vote of its own, counted from encrypted ballots: its own archive.
      archive: { file: `round-${n}.bel`, sha256: createHash('sha256').update(`archive ${n}`).digest('hex') },
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
      const text = pdfPageTexts(pdf).join(' ').replace(/\s+/g, ' ');
      for (const { archive } of election.rounds)
        expect(text).toContain(
          language === 'fr'
            ? `Archive Belenios ${archive!.file}, SHA-256 ${archive!.sha256}`
            : `Belenios archive ${archive!.file}, SHA-256 ${archive!.sha256}`,
        );
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
          members: [{ organisation: 'CRP Brava', memberNo: 57 }],
        },
      });
      expect(mail.html).not.toContain('<assembly>');
      expect(mail.html).toContain('Spring &#60;assembly&#62;');
      expect(mail.text).toContain('minutes-a1-v2.pdf');
      expect(mail.text).toContain(
        language === 'fr'
          ? '14 mars 2027 à 08:00, heure normale du Cap-Vert (UTC−1)'
          : '14 March 2027 at 08:00, Cape Verde Standard Time (UTC−1)',
      );
      expect(mail.subject).toBe(
        language === 'fr'
          ? 'Spring <assembly> — procès-verbal rectifié (version 2) (TOGETHER)'
          : 'Spring <assembly> — corrected minutes (version 2) (TOGETHER)',
      );
    }
  });
});
