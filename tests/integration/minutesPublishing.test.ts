import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { MinutesVersionView } from '@shared/api/minutes';
import { receivesConvocation } from '@shared/rules/members';
import { minutesVersionSchema } from '@shared/schemas/minutesApproval';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ArchiveResponse } from '@shared/api/archive';
import type { MeResponse } from '@shared/api/session';
import { connectRedis } from '../../server/redis/connection';
import { createContext } from '../../server/context';
import { personalLink } from '../../server/auth/personalLink';
import { pdfInfo } from './pdf';
import { eventually, TestClient } from './support';
import { canonical, day, minutesAssembly, opensAt, pdfPages, title } from './minutesSupport';

// Signing, publishing and correcting need a drafted version 1: the assembly is held and closed as in minutesDrafting.
describe('the minutes of an assembly (RULES.md §5)', () => {
  const m = minutesAssembly();
  const { table, secretary, samuel, minutes, version, put, mailsAbout, holdTheAssembly, closeTheAssembly } = m;
  let assemblyId = '';
  let platform: ReturnType<typeof m.platform>;
  beforeAll(async () => {
    assemblyId = m.state.assemblyId;
    platform = m.platform();
    await holdTheAssembly();
    const { redis } = await closeTheAssembly();
    redis.disconnect();
    await eventually(
      async () => ((await minutes()).versions.length > 0 ? true : undefined),
      'the draft of the minutes',
    );
  });

  it('is signed by the president and the secretary on the same text, then published and e-mailed with its PDF', async () => {
    m.state.clock = opensAt + 2 * day;
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
      [samuelMail, "Procès-verbal de l'assemblée générale", 'TOGETHER-AGE-2027-03-13-PV-v1.pdf'],
      [ekaterinaMail, 'Minutes of the general assembly', 'TOGETHER-EGA-2027-03-13-minutes-v1.pdf'],
    ] as const) {
      expect(mail.attachments).toHaveLength(1);
      const [pdf] = mail.attachments;
      expect(pdf!.contentType).toBe('application/pdf');
      expect(pdf!.filename).toBe(file);
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

  it('lets a person who came through the personal link of the next assembly read these minutes from the archive', async () => {
    const next = await table().convenedAssembly('Assemblée ordinaire suivante', opensAt + 60 * day);
    const samuelId = (await samuel().json<MeResponse>('/api/me')).person.id;
    const redis = connectRedis(platform.config.REDIS_URL);
    const link = await personalLink(createContext(redis, platform.config), next.assembly, samuelId);
    redis.disconnect();
    const viaLink = platform.client();
    const opened = await viaLink.post('/api/auth/assembly-link', { token: /#token=(.+)$/.exec(link)?.[1] });
    expect(opened.status).toBe(200);

    const archive = await viaLink.json<ArchiveResponse>('/api/archive');
    expect(archive.assemblies.find((entry) => entry.id === assemblyId)?.minutesPublished).toBe(true);
    expect(await minutes(viaLink)).toMatchObject({ current: 1, versions: [{ version: 1, status: 'published' }] });
    expect((await version(1, viaLink)).status).toBe('published');
    const pdf = await viaLink.get(`/api/assemblies/${assemblyId}/minutes/1.pdf?lang=fr`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    // Reading, not running: the rest of a past assembly stays the Table's.
    const correction = await viaLink.post(`/api/assemblies/${assemblyId}/minutes/corrections`, {
      note: 'Through the personal link of another assembly.',
    });
    expect(correction.status).toBe(403);
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
    m.state.clock = opensAt + 3 * day;
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
    expect(correction.content.draftedAt).toBe(new Date(m.state.clock).toISOString());
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
});
