import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../server/redis/connection';
import type { Redis } from 'ioredis';
import { redisKeys } from '../../server/store/keys';
import { createContext, type Context } from '../../server/context';
import { closeQueues } from '../../server/queue/queues';
import { seedDemoAssemblies } from '../../server/seed/demoAssemblies';
import { seedRegister, testConfig } from './support';
import { verifyAudit } from '../../server/queries/verifyAudit';
import { genesisHash, linkHash, linkOf } from '../../server/store/audit';
import type { Assembly } from '@shared/schemas/assembly';
import type { DeliveriesResponse } from '@shared/api/assemblies';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import { assemblyPhase } from '@shared/rules/assemblies';
import { noticeVerdict } from '@shared/rules/notice';
import { presenceCounts } from '../../server/queries/presence';
import { readCalendar } from '../../server/queries/readAssembly';
import { readDues } from '../../server/queries/readRegister';
import { yearIn } from '@shared/rules/time';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyArchive } from '@shared/belenios/verify';
import { loadActor } from '../../server/auth/actor';
import { readSecretArchive } from '../../server/queries/secretCount';
import { verifyWithTool } from './belenios/tool';

describe('the demo: an assembly already held, with what its minutes are made of', () => {
  const config = testConfig();
  let ctx: Context;
  let redis: Redis;
  const keys = redisKeys(config.REDIS_PREFIX);
  let held: Assembly;
  let assemblies: Assembly[];
  let now: Date;

  beforeAll(async () => {
    now = new Date();
    await seedRegister(config, now);
    redis = connectRedis(config.REDIS_URL);
    ctx = createContext(redis, config);
    expect(await seedDemoAssemblies(ctx, now)).toBe(3);
    assemblies = await ctx.assemblies.all();
    held = assemblies.find((assembly) => Date.parse(assembly.closesAt) < now.getTime())!;
  });
  afterAll(async () => {
    await closeQueues(ctx.queues);
    redis.disconnect();
  });

  it('was attended, with proxies, a discussion with a hidden message, and two counted votes', async () => {
    const attendance = await ctx.room.attendance(held.id);
    expect(attendance.has(33)).toBe(true); // Ekaterina's members
    expect(attendance.has(57)).toBe(true); // Samuel's
    const { proxies } = await ctx.proxies.list(held.id);
    expect(proxies.map((proxy) => [proxy.grantorMemberNo, proxy.holderMemberNo])).toEqual([
      [24, 33],
      [66, 57],
    ]);
    const { messages } = await ctx.room.all(held.id);
    expect(messages).toHaveLength(6);
    expect(messages.filter((message) => message.hidden).map((message) => message.hidden?.reason)).toEqual([
      'Contient les coordonnées personnelles d’un tiers.',
    ]);
    const motions = await ctx.votes.motions(held.id);
    const tallies = await Promise.all(motions.map((motion) => ctx.votes.tally(motion.id)));
    expect(tallies.map((tally) => tally?.result.outcome)).toEqual(['adopted', 'adopted']);
    // Member 24's own vote (Manuela's) replaced the one its proxy holder cast for it; the history keeps both.
    const named = motions.find((motion) => !motion.secret)!;
    const ballots = await ctx.votes.namedBallots(named.id);
    expect(ballots.find((ballot) => ballot.memberNo === 24)?.castAs).toBe('own');
    expect(
      (await ctx.votes.ballotHistory(named.id))
        .filter((ballot) => ballot.memberNo === 24)
        .map((ballot) => ballot.castAs),
    ).toEqual(['proxy', 'own']);
  });

  it('has its secret vote decrypted by two of its three trustees, with an archive belenios-tool verifies', async () => {
    const secret = (await ctx.votes.motions(held.id)).find((motion) => motion.secret)!;
    const person = (await ctx.register.personByEmail('samuel.thirion@example.org'))!;
    const samuel = (await loadActor(ctx, person.id))!;
    const archive = await readSecretArchive(ctx, samuel, null, held.id, { motionId: secret.id });
    expect(verifyArchive(new Uint8Array(archive.bytes), archive.sha256)).toMatchObject({ ok: true, problems: [] });
    const dir = await mkdtemp(join(tmpdir(), 'agora-demo-bel-'));
    await writeFile(join(dir, archive.name), archive.bytes);
    const verified = await verifyWithTool(dir);
    expect(verified.code, verified.stderr).toBe(0);
    // The trustees' key files are in the data folder, for a newcomer to play a trustee.
    const files = await readdir(join(config.DATA_DIR, 'demo-trustees'));
    expect(files).toContain(`agora-trustee-${held.id}-1.key`);
  });

  it('has its minutes published: signed by the Table, with attendance, proxies and results, sent to every member', async () => {
    const { version } = (await ctx.minutes.versions(held.id))[0]!;
    expect(version.publishedAt).not.toBeNull();
    expect(version.approvals.map((approval) => [approval.role, approval.name])).toEqual([
      ['president', 'Giusto Maniscalchi'],
      ['secretary', 'Fayçal Kaabi'],
    ]);
    const { attendance, items, hiddenMessages, auditHead } = version.content;
    // Ekaterina's 24 Russian members, Samuel's Cape Verdeans, Lhoussaine's and Manuela's members are present; Gabon (66), whose representative never came, is represented by Samuel.
    expect(attendance.presentMembers.map((member) => member.memberNo)).toEqual(
      expect.arrayContaining([33, 57, 68, 24]),
    );
    expect(attendance.representedMembers.map((member) => [member.memberNo, member.holder.memberNo])).toEqual([
      [66, 57],
    ]);
    expect(attendance.proxies).toHaveLength(2);
    expect(items[0]?.motions.map((motion) => motion.result?.outcome)).toEqual(['adopted', 'adopted']);
    // The secret vote's archive is named by file and SHA-256, the one its count recorded.
    const secret = items[0]!.motions.find((motion) => motion.secret)!;
    const recorded = await ctx.secretVotes.result(secret.id);
    expect(secret.archive).toEqual({
      file: `${(await ctx.secretVotes.election(secret.id))!.uuid}.bel`,
      sha256: recorded!.sha256,
    });
    expect(hiddenMessages.map((hidden) => hidden.reason)).toEqual([
      'Contient les coordonnées personnelles d’un tiers.',
    ]);
    expect(auditHead.seq).toBeGreaterThan(0);
    // The e-mail to every member is on its way (the worker sends it: tests/e2e/minutes.test.ts reads the outbox).
    expect(await ctx.queues.assemblies.getJob(`minutes-mail-${held.id}-1`)).toBeTruthy();
  });

  it('has an extraordinary assembly open now: a statute change with its quorum meter filling, an election, proxies', async () => {
    const open = assemblies.filter((assembly) => assemblyPhase(assembly, now) === 'open');
    expect(open.map((assembly) => assembly.kind)).toEqual(['extraordinary']);
    const ega = open[0]!;
    expect(ega.agenda.map((entry) => entry.kind)).toEqual([
      'ordinary_decision',
      'ordinary_decision',
      'statute_change',
      'election',
    ]);
    const motions = await ctx.votes.motions(ega.id);
    expect(motions.map((motion) => motion.kind)).toEqual(['statute_change']);
    expect((await ctx.votes.namedBallots(motions[0]!.id)).length).toBeGreaterThan(30);
    const presence = await presenceCounts(ctx, ega.id);
    // Present or represented so far, short of the two thirds (70 of 104): the meter shows the gap.
    expect(presence.present + presence.represented).toBeGreaterThan(30);
    expect(presence.present + presence.represented).toBeLessThan(70);
    const elections = await ctx.elections.elections(ega.id);
    expect(elections.map((election) => [election.body, election.office])).toEqual([['direction', 'president']]);
    expect([...elections[0]!.candidates].sort()).toEqual([11, 68]);
    const { proxies } = await ctx.proxies.list(ega.id);
    expect(proxies.map((proxy) => [proxy.grantorMemberNo, proxy.holderMemberNo])).toEqual([
      [24, 11],
      [66, 87],
    ]);
    // Convened with the month of notice of an extraordinary assembly (R.7).
    expect(
      noticeVerdict('extraordinary', new Date(ega.opensAt), new Date(ega.dispatches[0]!.at), ctx.statutes).ok,
    ).toBe(true);
  });

  it('has the next ordinary assembly convened in time, and a calendar with no overlap and nothing too close', async () => {
    const coming = assemblies.filter((assembly) => assemblyPhase(assembly, now) === 'convened');
    expect(coming.map((assembly) => assembly.kind)).toEqual(['ordinary']);
    expect(
      noticeVerdict('ordinary', new Date(coming[0]!.opensAt), new Date(coming[0]!.dispatches[0]!.at), ctx.statutes).ok,
    ).toBe(true);
    const windows = assemblies
      .map((assembly) => [Date.parse(assembly.opensAt), Date.parse(assembly.closesAt)] as const)
      .sort((a, b) => a[0] - b[0]);
    for (let index = 1; index < windows.length; index++)
      expect(windows[index]![0]).toBeGreaterThanOrEqual(windows[index - 1]![1]);
    expect((await readCalendar(ctx)).tooClose).toEqual([]);
  });

  it('computes the dues of every territory from recorded inhabitants, some paid this year and some not', async () => {
    const dues = await readDues(ctx, yearIn(now, ctx.statutes.referenceTimeZone));
    expect(dues.territories.length).toBeGreaterThan(70);
    expect(dues.territories.filter((territory) => !territory.dues.ok)).toEqual([]);
    const standings = new Set(dues.territories.map((territory) => territory.standing));
    expect(standings).toEqual(new Set(['paid', 'partly_paid', 'unpaid']));
  });

  it('leaves an audit trail that holds', async () => {
    const verdict = await verifyAudit(ctx);
    expect(verdict.problems).toEqual([]);
  });

  it('gives away a trail rewritten with every hash recomputed: the head printed in the published minutes no longer matches', async () => {
    const original = (await redis.xrange(keys.audit, '-', '+')) as Array<[string, string[]]>;
    const head = await redis.hgetall(keys.auditHead);
    // A forger changes an early entry, then recomputes every link after it and the head.
    let prev = genesisHash;
    const forged = original.map(([id, fields], index) => {
      const link = linkOf([id, fields]);
      const json = index === 2 ? link.json.replace(/"at":"[^"]+"/, '"at":"2020-01-01T00:00:00.000Z"') : link.json;
      const hash = linkHash(prev, link.seq, json);
      const rewritten: [string, string[]] = [id, ['seq', String(link.seq), 'prev', prev, 'hash', hash, 'entry', json]];
      prev = hash;
      return rewritten;
    });
    const rewrite = async (links: Array<[string, string[]]>, last: Record<string, string>) => {
      const tx = redis.multi().del(keys.audit);
      for (const [id, fields] of links) tx.xadd(keys.audit, id, ...fields);
      await tx.hset(keys.auditHead, last).exec();
    };
    await rewrite(forged, { seq: String(forged.length), hash: prev });
    const verdict = await verifyAudit(ctx);
    await rewrite(original, head);
    expect(verdict.problems).toEqual([
      expect.objectContaining({ problem: 'link_changed', key: `assembly:${held.id}:minutes`, field: '1' }),
    ]);
    expect(verdict.problems[0]?.message).toMatch(/the trail was rewritten after the minutes were drafted/);
    expect((await verifyAudit(ctx)).ok).toBe(true);
  });

  it('gives away an encrypted ballot swapped in Redis after the count: the secret vote’s archive no longer has its recorded SHA-256', async () => {
    const secret = (await ctx.votes.motions(held.id)).find((motion) => motion.secret)!;
    const ballots = keys.encryptedBallots(secret.id);
    const [first, second] = await redis.lrange(ballots, 0, 1);
    await redis.lset(ballots, 0, second!);
    const verdict = await verifyAudit(ctx);
    await redis.lset(ballots, 0, first!);
    expect(verdict.problems).toContainEqual(expect.objectContaining({ problem: 'archive_differs', key: secret.id }));
    expect((await verifyAudit(ctx)).ok).toBe(true);
  });
});

describe('the demo, with its worker: the representative of 24 members', () => {
  it('receives exactly one convocation per assembly sent, and one e-mail of the minutes, each naming her 24 organisations', async () => {
    const { startPlatform, eventually } = await import('./support');
    const platform = await startPlatform({ demoAssemblies: true });
    try {
      const table = await platform.client().signIn('giusto.maniscalchi@example.org');
      const { assemblies } = await table.json<{ assemblies: Array<{ id: string; title: string; phase: string }> }>(
        '/api/assemblies',
      );
      const open = assemblies.find((assembly) => assembly.phase === 'open')!;
      // The open assembly's convocations go out when the worker runs; every member recorded convened.
      await table.convocationsSent(open.id, 108, 40_000);
      const toHer = async (subject: RegExp) => {
        const { messages } = await table.json<OutboxResponse>('/api/outbox');
        return Promise.all(
          messages
            .filter((message) => message.to.includes('ekaterina.smoroda@example.org') && subject.test(message.subject))
            .map((message) => table.json<OutboxMessage>(`/api/outbox/${message.id}`)),
        );
      };
      const minutes = await eventually(
        async () => {
          const found = await toHer(/minutes|procès-verbal/i);
          return found.length > 0 ? found : undefined;
        },
        'the minutes e-mailed to her',
        30_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const convocations = await toHer(/^Convocation/);
      expect(convocations.map((message) => message.subject)).toEqual([expect.stringContaining(open.title)]);
      const organisations = (
        await table.json<DeliveriesResponse>(`/api/assemblies/${open.id}/deliveries`)
      ).deliveries.filter((delivery) => delivery.email === 'ekaterina.smoroda@example.org');
      expect(organisations).toHaveLength(24);
      for (const message of [...convocations, ...minutes]) {
        expect(message.text.match(/\((?:member no\.|membre n°) \d+\)/g)).toHaveLength(24);
        for (const delivery of organisations) expect(message.text).toContain(delivery.organisation);
      }
      expect(await toHer(/minutes|procès-verbal/i)).toHaveLength(1);
      // The results name the secret vote's archive, for anyone to check its count.
      const [results] = await eventually(
        async () => {
          const found = await toHer(/résultats|results/i);
          return found.length > 0 ? found : undefined;
        },
        'the results e-mailed to her',
        30_000,
      );
      expect(results?.text).toMatch(/Belenios (archive )?\S+\.bel, SHA-256 [0-9a-f]{64}/);
      // Once, though both the demo and the count's job publish them.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(await toHer(/résultats|results/i)).toHaveLength(1);
    } finally {
      await platform.close();
    }
  }, 90_000);
});
