import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redisKeys } from '../../server/store/keys';
import { exportStore } from '../../server/store/portable';
import { importStore } from '../../server/store/portableImport';
import { uniquePrefix } from './support';
import { binaryPdf, exportedStore, linesOf } from './exportImportSupport';

describe('export and import of the whole store', () => {
  const store = exportedStore();
  const { dir, exported } = store;

  it('writes one line per key, sorted, without the prefix, binary values as base64, streams with their ids', async () => {
    const { source, heldId, documentId, proxyId, secretId } = store;
    const [header, ...lines] = linesOf(exported);
    expect(header).toMatchObject({ format: 'agora-export', version: 1 });
    expect(JSON.stringify(header)).not.toMatch(/20\d\d-/); // no date: the same store gives the same bytes
    const keys = lines.map((line) => line.key as string);
    expect(keys).toEqual([...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(keys).toEqual(
      expect.arrayContaining([
        'members',
        'people',
        'audit',
        'audit:head',
        'assemblies',
        'secret:links',
        'outbox',
        `document:${documentId}`,
        `proxy:${proxyId}:mandate`,
        `assembly:${heldId}:room:log`,
        // The secret vote: its trustees' key, its encrypted ballots, its count, shares and result.
        `assembly:${heldId}:trustees`,
        `motion:${secretId}:encrypted`,
        `motion:${secretId}:belenios`,
        `motion:${secretId}:count`,
      ]),
    );
    expect(
      keys.filter(
        (key) =>
          key.startsWith(redisKeys(source.config.REDIS_PREFIX).prefix) ||
          /^(jobs:|socket\.io|session:|link:|rate:|outbox:seen:)/.test(key),
      ),
    ).toEqual([]);
    expect((header as { keys: number }).keys).toBe(new Set(keys).size);

    const byKey = new Map(lines.filter((line) => line.type).map((line) => [line.key as string, line]));
    const document = byKey.get(`document:${documentId}`)!;
    expect(document.type).toBe('string');
    expect(Buffer.from((document.value as { base64: string }).base64, 'base64').equals(binaryPdf)).toBe(true);
    expect(byKey.get('members')).toMatchObject({ type: 'hash', size: 108 });

    const { messages, cursor } = await source.room.all(heldId);
    const log = byKey.get(`assembly:${heldId}:room:log`)!;
    expect(log).toMatchObject({ type: 'stream', lastId: cursor });
    expect((log.value as Array<[string, unknown]>).map(([id]) => id)).toEqual(messages.map((message) => message.id));
    const head = await source.audit.head();
    const audit = lines
      .filter((line) => line.key === 'audit')
      .flatMap((line) => line.value as Array<[string, Array<[string, string]>]>);
    expect(audit).toHaveLength(head.seq);
    expect(Object.fromEntries(audit.at(-1)![1])).toMatchObject({ seq: String(head.seq), hash: head.hash });
  });

  it('keys of every Redis type, binary names and values, and streams whose last id is past their entries, survive the round trip', async () => {
    const { redis } = store;
    const [from, to] = [redisKeys(uniquePrefix()), redisKeys(uniquePrefix())];
    const key = (name: string | Buffer) => Buffer.concat([Buffer.from(`${from.prefix}:`), Buffer.from(name)]);
    await redis.set(key(Buffer.from([0xff, 0x00, 0x41])), Buffer.from([0x00, 0xc3, 0x28, 0xff]));
    await redis.hset(key('hash'), Buffer.from([0xc3]), 'lone byte as a field', 'é', Buffer.from([0xfe]));
    await redis.rpush(key('list'), 'b', 'a', 'b', Buffer.from([0x80]));
    for (let i = 0; i < 2500; i++) await redis.rpush(key('long'), `entry ${i}`);
    await redis.sadd(key('set'), 'z', 'a', Buffer.from([0xf0]));
    await redis.zadd(key('zset'), '1.5', 'one', 'inf', 'top', '-inf', 'bottom', '0.1', 'tenth', '1e300', 'huge');
    await redis.xadd(key('stream'), '5-1', 'f', 'v', 'f', 'twice the same field');
    await redis.xadd(key('stream'), '7-0', 'bytes', Buffer.from([0xff]));
    await redis.xsetid(key('stream'), '9-3');
    await redis.xadd(key('emptied'), '3-0', 'a', 'b');
    await redis.xdel(key('emptied'), '3-0');
    await redis.set(key('session:x'), 'expires', 'EX', 600);
    await redis.set(key('jobs:mail:1'), 'a queued job');
    await redis.xadd(key('socket.io'), '*', 'a', 'b');

    const first = join(dir, 'types.jsonl.gz');
    const second = join(dir, 'types-again.jsonl.gz');
    expect(await exportStore(redis, from, first)).toEqual({
      keys: 8,
      types: { string: 1, hash: 1, list: 2, set: 1, zset: 1, stream: 2 },
    });
    await importStore(redis, to, first);
    await exportStore(redis, to, second);
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
    expect(
      linesOf(first)
        .filter((line) => line.key === 'long')
        .map((line) => (line.value as unknown[]).length),
    ).toEqual([1000, 1000, 500]);

    const there = (name: string | Buffer) => Buffer.concat([Buffer.from(`${to.prefix}:`), Buffer.from(name)]);
    expect(
      (await redis.getBuffer(there(Buffer.from([0xff, 0x00, 0x41]))))?.equals(Buffer.from([0x00, 0xc3, 0x28, 0xff])),
    ).toBe(true);
    expect(await redis.call('ZRANGE', there('zset'), '0', '-1', 'WITHSCORES')).toEqual(
      await redis.call('ZRANGE', key('zset'), '0', '-1', 'WITHSCORES'),
    );
    expect(await redis.exists(there('session:x'), there('jobs:mail:1'), there('socket.io'))).toBe(0);
    // New entries still come after the old ones, even where the old ones were deleted.
    expect(await redis.xadd(there('stream'), '9-3', 'a', 'b').catch((error: Error) => error.message)).toMatch(
      /equal or smaller/,
    );
    expect(await redis.xadd(there('emptied'), '3-0', 'a', 'b').catch((error: Error) => error.message)).toMatch(
      /equal or smaller/,
    );
  });

  it('gives the same bytes for the same data, whatever the order it was written in', async () => {
    const { redis } = store;
    const names = Array.from({ length: 300 }, (_, i) => `field ${i}`); // past the compact encodings: Redis's own order is random
    const files: string[] = [];
    for (const order of [names, [...names].reverse()]) {
      const keys = redisKeys(uniquePrefix());
      for (const name of order) {
        await redis.hset(`${keys.prefix}:hash`, name, `value of ${name}`);
        await redis.sadd(`${keys.prefix}:set`, name);
      }
      files.push(join(dir, `${keys.prefix}.jsonl.gz`));
      await exportStore(redis, keys, files.at(-1)!);
    }
    expect(readFileSync(files[1]!).equals(readFileSync(files[0]!))).toBe(true);
  });
});
