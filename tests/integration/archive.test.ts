import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveResponse } from '@shared/api/archive';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { MeResponse } from '@shared/api/session';
import type { TextVersionResponse, TextsResponse } from '@shared/api/texts';
import type { MotionsResponse } from '@shared/api/voting';
import type { Motion } from '@shared/schemas/voting';
import { closeQueues } from '../../server/queue/queues';
import { createContext, type Context } from '../../server/context';
import { connectRedis } from '../../server/redis/connection';
import { redisKeys } from '../../server/store/keys';
import { adoptText } from '../../server/commands/adoptText';
import { tallyAssembly } from '../../server/commands/tallyAssembly';
import { verifyAudit } from '../../server/queries/verifyAudit';
import { startPlatform, TestClient } from './support';

const day = 86_400_000;
const hour = 3_600_000;
const opensAt = Date.parse('2027-06-15T08:00:00Z');
const pdf = readFileSync(new URL('../fixtures/accounts-2026.pdf', import.meta.url));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the archive, and an internal rules change adopted at an extraordinary assembly (S.12, R.12)', () => {
  let clock = opensAt - 40 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let redis: Redis;
  let ctx: Context;
  let table: TestClient;
  let assemblyId = '';
  let motion: Motion;
  let newRules = '';
  const voters = new Map<string, TestClient>();

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    redis = connectRedis(platform.config.REDIS_URL);
    ctx = createContext(redis, platform.config, { now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    for (const email of ['ekaterina.smoroda@example.org', 'samuel.thirion@example.org'])
      voters.set(email, await platform.client().signIn(email));
  });
  afterAll(async () => {
    await closeQueues(ctx.queues);
    redis?.disconnect();
    await platform?.close();
  });

  it('refuses the archive and the texts to anyone not signed in', async () => {
    const anonymous = platform.client();
    for (const path of ['/api/archive', '/api/archive?q=budget', '/api/texts', '/api/texts/rules/0']) {
      const refused = await anonymous.get(path);
      expect(refused.status, path).toBe(401);
      expect(((await refused.json()) as ApiError).error.code).toBe('sign_in_required');
    }
  });

  it('shows version 0 of both texts from the first start', async () => {
    const { texts } = await voters.get('samuel.thirion@example.org')!.json<TextsResponse>('/api/texts');
    expect(texts.map((entry) => [entry.text, entry.current.number, entry.versions.length])).toEqual([
      ['statutes', 0, 1],
      ['rules', 0, 1],
    ]);
    expect(texts[1]!.versions[0]).not.toHaveProperty('content');
  });

  it('holds the assembly: a rules change carrying its new text, adopted by the votes', async () => {
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'extraordinary',
        title: 'Assemblée générale extraordinaire de Kairouan',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    assemblyId = created.assembly.id;
    await table.post(`/api/assemblies/${assemblyId}/agenda`, {
      kind: 'rules_change',
      title: 'Règlement intérieur : cotisation des membres associés',
      description: 'La Direction propose de préciser l’article 11.',
    });
    await table.post(`/api/assemblies/${assemblyId}/agenda`, { kind: 'information', title: 'Nouvelles du réseau' });
    const item = (await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`)).assembly.agenda[0]!;
    const upload = await fetch(
      `${platform.base}/api/assemblies/${assemblyId}/agenda/${item.id}/documents?name=Proposition%20de%20la%20Direction.pdf`,
      {
        method: 'POST',
        headers: { cookie: table.cookie, 'content-type': 'application/pdf' },
        body: pdf,
      },
    );
    expect(upload.status).toBe(201);
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
    // Not past yet: not in the archive.
    expect((await table.json<ArchiveResponse>('/api/archive')).assemblies).toEqual([]);

    clock = opensAt + hour;
    const founding = (await ctx.texts.version('rules', 0))!.content;
    newRules = founding.replace(
      'Article 11- Adhésion et exclusion des membres\nRien à ajouter par rapport aux statuts.',
      'Article 11- Adhésion et exclusion des membres\nLes membres associés sont dispensés de cotisation.',
    );
    expect(newRules).not.toBe(founding);

    // Only a statute or rules change carries a new text.
    const misplaced = await table.post(`/api/assemblies/${assemblyId}/motions`, {
      itemId: item.id,
      kind: 'ordinary_decision',
      title: 'Décision',
      text: 'Une décision.',
      secret: false,
      amendedText: newRules,
    });
    expect(misplaced.status).toBe(422);
    expect(((await misplaced.json()) as ApiError).error.issues?.map((issue) => issue.path)).toEqual(['amendedText']);

    const opened = await table.post(`/api/assemblies/${assemblyId}/motions`, {
      itemId: item.id,
      kind: 'rules_change',
      title: 'Version 1 du règlement intérieur',
      text: 'L’assemblée adopte le règlement intérieur modifié à l’article 11 : les membres associés sont dispensés de cotisation.',
      secret: false,
      amendedText: newRules,
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    motion = (await opened.json()) as Motion;
    expect(motion.amendedText).toBe(newRules);

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
    // The room is open: the assembly is not in the archive yet, and the rules are still version 0.
    expect((await table.json<ArchiveResponse>('/api/archive')).assemblies).toEqual([]);
    expect(await ctx.texts.versions('rules')).toHaveLength(1);
  });

  it('makes version 1 of the rules exactly once at the close, even counted twice, with its audit entry', async () => {
    clock = opensAt + 24 * hour + 60_000;
    // The closing job, a retried one and a first reader, all at once.
    await Promise.all([
      tallyAssembly(ctx, assemblyId),
      tallyAssembly(ctx, assemblyId),
      table.json<ArchiveResponse>('/api/archive'),
    ]);
    await tallyAssembly(ctx, assemblyId);
    const tally = (await ctx.votes.tally(motion.id))!;
    expect(tally.result).toMatchObject({ outcome: 'adopted', counts: { for: 24, against: 9 } });
    // Carrying out the adoption again finds the version this motion made.
    const again = await adoptText(ctx, (await ctx.assemblies.get(assemblyId))!, motion, tally);
    expect(again?.number).toBe(1);

    const rules = await ctx.texts.versions('rules');
    expect(rules.map((version) => version.number)).toEqual([0, 1]);
    expect(rules[1]).toMatchObject({
      text: 'rules',
      number: 1,
      content: newRules,
      adoptedAt: tally.talliedAt,
      assemblyId,
      assemblyTitle: 'Assemblée générale extraordinaire de Kairouan',
      motionId: motion.id,
      motionTitle: 'Version 1 du règlement intérieur',
      digest: sha256(newRules),
    });
    expect(await ctx.texts.versions('statutes')).toHaveLength(1);

    const entries = (await ctx.audit.latest({ subject: 'text:rules' })).filter(
      (entry) => entry.action === 'rules.amended',
    );
    expect(entries).toHaveLength(1);
    const stored = (await redis.hget(redisKeys(ctx.config.REDIS_PREFIX).textVersions('rules'), '1'))!;
    expect(entries[0]).toMatchObject({
      action: 'rules.amended',
      by: { personId: null, name: 'Assemblée générale extraordinaire de Kairouan (vote)' },
      before: { version: 0 },
      after: { version: 1 },
      records: [{ field: '1', digest: sha256(stored) }],
    });
    expect(
      (await ctx.audit.latest({ subject: 'text:statutes' })).filter((entry) => entry.action === 'statutes.amended'),
    ).toEqual([]);
  });

  it('shows the texts with their versions, each readable, with what version 1 changed', async () => {
    const reader = voters.get('samuel.thirion@example.org')!;
    const { texts } = await reader.json<TextsResponse>('/api/texts');
    const rules = texts.find((entry) => entry.text === 'rules')!;
    expect(rules.current).toMatchObject({ number: 1, content: newRules, motionId: motion.id });
    expect(rules.versions.map((version) => version.number)).toEqual([0, 1]);
    expect(texts.find((entry) => entry.text === 'statutes')!.versions.map((version) => version.number)).toEqual([0]);

    const first = await reader.json<TextVersionResponse>('/api/texts/rules/1');
    expect(first.version.content).toBe(newRules);
    expect(first.changes?.from).toBe(0);
    expect(first.changes?.paragraphs.filter((paragraph) => paragraph.change !== 'kept')).toEqual([
      { change: 'removed', paragraph: 'Rien à ajouter par rapport aux statuts.' },
      { change: 'added', paragraph: 'Les membres associés sont dispensés de cotisation.' },
    ]);
    expect((await reader.json<TextVersionResponse>('/api/texts/statutes/0')).changes).toBeNull();
    for (const path of ['/api/texts/rules/2', '/api/texts/bylaws/0', '/api/texts/rules/-1', '/api/texts/rules/one']) {
      const missing = await reader.get(path);
      expect(missing.status, path).toBe(404);
    }
  });

  it('lists the closed assembly in the archive, with its convocation, agenda, documents and results', async () => {
    const archive = await voters.get('samuel.thirion@example.org')!.json<ArchiveResponse>('/api/archive');
    expect(archive.total).toBe(1);
    const [entry] = archive.assemblies;
    expect(entry).toMatchObject({
      id: assemblyId,
      kind: 'extraordinary',
      phase: 'closed',
      cancelled: null,
      minutesPublished: false,
    });
    expect(entry!.dispatches.map((dispatch) => [dispatch.no, dispatch.reason])).toEqual([[1, 'convocation']]);
    expect(entry!.agenda.map((item) => item.title)).toEqual([
      'Règlement intérieur : cotisation des membres associés',
      'Nouvelles du réseau',
    ]);
    const [document] = entry!.agenda[0]!.documents;
    expect(document).toMatchObject({ name: 'Proposition de la Direction.pdf', mimeType: 'application/pdf' });
    expect(entry!.motions).toEqual([
      expect.objectContaining({
        id: motion.id,
        kind: 'rules_change',
        result: expect.objectContaining({ outcome: 'adopted' }),
        textVersion: { text: 'rules', number: 1 },
      }),
    ]);
    expect(entry!.motions[0]).not.toHaveProperty('amendedText');
    const download = await voters.get('samuel.thirion@example.org')!.get(document!.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it.each([
    ['an agenda word with its accents', 'règlement', true],
    ['the same word without accents, in capitals', 'REGLEMENT', true],
    ['two words of the agenda and a motion', 'cotisation dispensés', true],
    ['a document name', 'proposition direction', true],
    ['an unrelated word', 'photosynthèse', false],
  ])('searches the archive: %s (%s)', async (_name, query, found) => {
    const archive = await table.json<ArchiveResponse>(`/api/archive?q=${encodeURIComponent(query)}`);
    expect(archive.query).toBe(query);
    expect(archive.assemblies.map((entry) => entry.id)).toEqual(found ? [assemblyId] : []);
  });

  it('refuses a search too long to be one', async () => {
    expect((await table.get(`/api/archive?q=${'a'.repeat(201)}`)).status).toBe(422);
  });

  it('opens the archive and its documents to a personal link of another assembly, and nothing else', async () => {
    const before = await table.outboxCount();
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'ordinary',
        title: 'Assemblée ordinaire d’automne',
        opensAt: new Date(clock + 20 * day).toISOString(),
      })
    ).json()) as AssemblyView;
    await table.post(`/api/assemblies/${created.assembly.id}/agenda`, {
      kind: 'ordinary_decision',
      title: 'Budget 2028',
    });
    expect((await table.post(`/api/assemblies/${created.assembly.id}/convene`)).status).toBe(200);
    const mail = await table.mailTo('ekaterina.smoroda@example.org', before, /Assemblée ordinaire d’automne/);
    const token = /\/assemblies\/[^/]+\/join#token=([A-Za-z0-9_.-]+)/.exec(mail.text)?.[1] ?? '';
    const member = platform.client();
    expect((await member.post('/api/auth/assembly-link', { token })).status).toBe(200);
    expect((await member.json<MeResponse>('/api/me')).scope).toBe(created.assembly.id);

    const archive = await member.json<ArchiveResponse>('/api/archive?q=reglement');
    expect(archive.assemblies.map((entry) => entry.id)).toEqual([assemblyId]);
    expect((await member.get(archive.assemblies[0]!.agenda[0]!.documents[0]!.url)).status).toBe(200);
    expect((await member.get('/api/texts/rules/1')).status).toBe(200);
    // The upcoming assembly is not in the archive; other assemblies' pages stay closed to the link.
    expect((await table.json<ArchiveResponse>('/api/archive')).assemblies.map((entry) => entry.id)).toEqual([
      assemblyId,
    ]);
    const other = await member.get(`/api/assemblies/${assemblyId}`);
    expect(other.status).toBe(403);
    expect(((await other.json()) as ApiError).error.code).toBe('link_scope');
  });

  it('shows a version changed behind the app’s back: the audit trail no longer holds', async () => {
    const before = await verifyAudit(ctx);
    expect(before.problems.filter((problem) => problem.key.startsWith('text:'))).toEqual([]);
    const stored = (await redis.hget(redisKeys(ctx.config.REDIS_PREFIX).textVersions('rules'), '1'))!;
    await redis.hset(
      redisKeys(ctx.config.REDIS_PREFIX).textVersions('rules'),
      '1',
      stored.replace('dispensés de cotisation', 'exclus du réseau'),
    );
    const after = await verifyAudit(ctx);
    expect(after.problems).toContainEqual(
      expect.objectContaining({ key: 'text:rules:versions', field: '1', problem: 'value_changed' }),
    );
  });
});
