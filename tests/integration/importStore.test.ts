import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { MotionsResponse } from '@shared/api/voting';
import { createContext } from '../../server/context';
import { redisKeys } from '../../server/store/keys';
import { exportStore, ImportRefused } from '../../server/store/portable';
import { importStore } from '../../server/store/portableImport';
import { restoreStore } from '../../server/commands/restoreStore';
import { verifyAudit } from '../../server/queries/verifyAudit';
import { momentJobId } from '../../server/queue/jobIds';
import { assemblyMoments } from '../../server/queue/moments';
import { closeQueues } from '../../server/queue/queues';
import { startPlatform, uniquePrefix } from './support';
import { binaryPdf, damageLastLine, exportedStore, inOrder, linesOf, signInPast } from './exportImportSupport';

describe('export and import of the whole store', () => {
  const store = exportedStore();
  const { dir, exported } = store;

  it('imports into an empty prefix exactly: exported again, the file is byte for byte the same', async () => {
    const { platform, redis, heldId, laterId } = store;
    const clock = store.clock();
    const config = { ...platform.config, REDIS_PREFIX: uniquePrefix() };
    const target = createContext(redis, config, { now: () => new Date(clock) });
    try {
      const { summary, rescheduled } = await restoreStore(target, exported);
      expect(summary.keys).toBe((linesOf(exported)[0] as { keys: number }).keys);
      const again = join(dir, 'again.jsonl.gz');
      await exportStore(redis, redisKeys(target.config.REDIS_PREFIX), again);
      expect(readFileSync(again).equals(readFileSync(exported))).toBe(true);

      // Only the assembly still to come has its timed jobs again; the held one, closed, needs none.
      expect(rescheduled.map((assembly) => assembly.id)).toEqual([laterId]);
      const later = (await target.assemblies.get(laterId))!;
      for (const moment of assemblyMoments)
        expect(await target.queues.moments.getJob(momentJobId(laterId, moment, later.opensAt)), moment).toBeDefined();
      const held = (await target.assemblies.get(heldId))!;
      expect(await target.queues.moments.getJob(momentJobId(heldId, 'closed', held.opensAt))).toBeUndefined();
    } finally {
      await closeQueues(target.queues);
    }
  });

  it('gives a store that works: register, assembly, documents, room, votes and audit chain read back the same', async () => {
    const { platform, redis, source, heldId, laterId, documentId, proxyId, secretId, archiveSha256 } = store;
    const clock = store.clock();
    const config = { ...platform.config, REDIS_PREFIX: uniquePrefix() };
    const target = createContext(redis, config, { now: () => new Date(clock) });
    try {
      await restoreStore(target, exported);
      expect(inOrder(await target.register.snapshot())).toEqual(inOrder(await source.register.snapshot()));
      expect((await target.register.snapshot()).members).toHaveLength(108);
      expect(await target.assemblies.all()).toEqual(await source.assemblies.all());
      expect((await target.assemblies.document(heldId, documentId))?.content.equals(binaryPdf)).toBe(true);
      expect((await target.proxies.mandate(proxyId))?.equals(binaryPdf)).toBe(true);
      expect(await target.room.all(heldId)).toEqual(await source.room.all(heldId));
      expect(await target.deliveries.list(laterId)).toEqual(await source.deliveries.list(laterId));
      for (const motion of await source.votes.motions(heldId))
        expect(await target.votes.tally(motion.id)).toEqual(await source.votes.tally(motion.id));
      expect(await target.secretVotes.ballots(secretId)).toEqual(await source.secretVotes.ballots(secretId));
      expect((await target.secretVotes.ballots(secretId)).size).toBeGreaterThan(0);
      expect(await target.secretVotes.result(secretId)).toEqual(await source.secretVotes.result(secretId));
      expect(await target.audit.head()).toEqual(await source.audit.head());
      expect(await target.links.secret()).toBe(await source.links.secret());
      expect(await verifyAudit(target)).toEqual(await verifyAudit(source));
    } finally {
      await closeQueues(target.queues);
    }

    // Through the app: the Table signs in on the restored install and finds the results, the document,
    // and the secret vote's archive with the SHA-256 recorded at its count.
    const restored = await startPlatform({
      now: () => new Date(clock),
      seed: false,
      config: { REDIS_PREFIX: config.REDIS_PREFIX },
    });
    try {
      const president = await signInPast(restored.client(), 'giusto.maniscalchi@example.org');
      const { motions } = await president.json<MotionsResponse>(`/api/assemblies/${heldId}/motions`);
      expect(motions.map((view) => view.tally)).toEqual(
        await Promise.all(motions.map((view) => source.votes.tally(view.motion.id))),
      );
      const download = await president.get(`/api/assemblies/${heldId}/documents/${documentId}`);
      expect(Buffer.from(await download.arrayBuffer()).equals(binaryPdf)).toBe(true);
      const archive = await president.get(`/api/assemblies/${heldId}/motions/${secretId}/archive`);
      expect(archive.status, await archive.clone().text()).toBe(200);
      expect(archive.headers.get('x-sha256')).toBe(archiveSha256);
      expect(
        createHash('sha256')
          .update(Buffer.from(await archive.arrayBuffer()))
          .digest('hex'),
      ).toBe(archiveSha256);
    } finally {
      await restored.close();
    }
  });

  it('refuses a store that holds data, and leaves it as it was', async () => {
    const { redis } = store;
    const target = redisKeys(uniquePrefix());
    await redis.hset(`${target.prefix}:members`, '1', '{"memberNo":1}');
    const refusal = await importStore(redis, target, exported).catch((error: Error) => error);
    expect(refusal).toBeInstanceOf(ImportRefused);
    expect((refusal as Error).message).toBe(
      `The store under the prefix "${target.prefix}" already holds data (for instance the key ${target.prefix}:members): an export is imported only into an empty store.`,
    );
    expect(await redis.keys(`${target.prefix}:*`)).toEqual([`${target.prefix}:members`]);
  });

  it.each([
    [
      'a file that is not gzip',
      () => Buffer.from('member_no,territory_no\n57,47\n'),
      /is not an Agora export, or it is damaged \(incorrect header check\)/,
    ],
    ['a gzip of something else', () => gzipSync('{"hello":"world"}\n'), /is not an Agora export\.$/],
    [
      'a truncated file',
      () => readFileSync(exported).subarray(0, Math.floor(readFileSync(exported).length / 2)),
      /is truncated: it ends in the middle of the export\.$/,
    ],
    [
      'an export of a later version',
      () => gzipSync(`${JSON.stringify({ format: 'agora-export', version: 2, keys: 0, types: {} })}\n`),
      /is an Agora export of version 2; this Agora reads version 1: update Agora, then import it\.$/,
    ],
    [
      'an export whose last key was cut off',
      () =>
        gzipSync(
          `${gunzipSync(readFileSync(exported)).toString('utf8').trimEnd().split('\n').slice(0, -1).join('\n')}\n`,
        ),
      /is truncated or damaged: its header announces \d+ keys, it holds \d+\.$/,
    ],
    [
      'an export whose very last value is damaged',
      () => gzipSync(damageLastLine(readFileSync(exported))),
      /is damaged at line \d+: its value is (malformed|not a list of items)\.$/,
    ],
  ])('refuses %s and writes nothing', async (_case, content, message) => {
    const { redis } = store;
    const file = join(dir, `refused-${Math.random().toString(36).slice(2)}.gz`);
    writeFileSync(file, content());
    const target = redisKeys(uniquePrefix());
    const refusal = await importStore(redis, target, file).catch((error: Error) => error);
    expect(refusal).toBeInstanceOf(ImportRefused);
    expect((refusal as Error).message).toMatch(message);
    expect((refusal as Error).message).not.toContain('\n');
    expect(await redis.keys(`${target.prefix}:*`)).toEqual([]);
  });
});
