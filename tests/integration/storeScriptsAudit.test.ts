import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectRedis } from '../../server/redis/connection';
import { defineStoreScripts, storeScripts } from '../../server/store/scripts';
import { linkHash, writeAudited } from '../../server/store/audit';
import { RegisterConflict, registerStore } from '../../server/store/register';
import { assemblyStore } from '../../server/store/assemblies';
import type { Assembly } from '@shared/schemas/assembly';
import { eventually } from './support';
import { entryFor, openStores } from './storeScriptsSupport';

const stores = openStores();
const { redis, keys, audit } = stores;
const url = inject('redisUrl');
afterAll(() => redis.disconnect());

describe('appendAuditEntry.lua, writeAudited.lua', () => {
  it('appends links whose SHA-256, computed in Lua, is the one Node computes', async () => {
    await audit.append(entryFor('first'));
    await audit.append(entryFor('second'));
    const links = await stores.links();
    expect(links.map((link) => link.seq)).toEqual([1, 2]);
    expect(links[0]?.prev).toBe('0'.repeat(64));
    expect(links[1]?.hash).toBe(linkHash(links[0]?.hash ?? '', 2, links[1]?.json ?? ''));
    expect(await audit.head()).toEqual({ seq: 2, hash: links[1]?.hash });
  });

  it('makes the writes and appends the entry recording them in one step', async () => {
    const before = await audit.head();
    await writeAudited(redis, keys, [['HSET', keys.motions('a1'), 'm1', '{"title":"M"}']], entryFor('motion.filed'));
    expect(await redis.hget(keys.motions('a1'), 'm1')).toBe('{"title":"M"}');
    expect((await audit.head()).seq).toBe(before.seq + 1);
    expect((await stores.entries()).at(-1)?.action).toBe('motion.filed');
    expect(await stores.chainHolds()).toBe(true);
  });
});

describe('applyIfVersion.lua (the register, proxies)', () => {
  it('applies the writes and their audit link only at the version read, then moves the version', async () => {
    const register = registerStore(redis, keys);
    const links = (await stores.links()).length;
    await register.commit(0, register.changes().addSecretariat('p1').audit(entryFor('secretariat.added')));
    expect(await redis.get(keys.registerVersion)).toBe('1');
    expect(await redis.smembers(keys.secretariat)).toEqual(['p1']);
    expect((await stores.links()).length).toBe(links + 1);

    // Planned from version 0, committed after version 1: nothing of it is written.
    const stale = register.changes().addSecretariat('p2').audit(entryFor('secretariat.added'));
    await expect(register.commit(0, stale)).rejects.toBeInstanceOf(RegisterConflict);
    expect(await redis.smembers(keys.secretariat)).toEqual(['p1']);
    expect(await redis.get(keys.registerVersion)).toBe('1');
    expect((await stores.links()).length).toBe(links + 1);
    expect(await stores.chainHolds()).toBe(true);
  });
});

describe('memberAndRepresentative.lua', () => {
  it('reads a member and the person representing it together', async () => {
    const register = registerStore(redis, keys);
    await redis.hset(keys.members, '12', '{"memberNo":12}', '13', '{"memberNo":13}');
    await redis.hset(keys.representatives, '12', 'p12');
    await redis.hset(keys.people, 'p12', '{"id":"p12"}');
    expect(await register.memberWithRepresentative(12)).toEqual({ member: { memberNo: 12 }, person: { id: 'p12' } });
    expect(await register.memberWithRepresentative(13)).toEqual({ member: { memberNo: 13 }, person: null });
    expect(await register.memberWithRepresentative(14)).toEqual({ member: null, person: null });
  });
});

describe('saveAssemblyIfVersion.lua', () => {
  it('saves an assembly only if nobody saved it since it was read', async () => {
    const assemblies = assemblyStore(redis, keys);
    const assembly = { id: 'a-save', title: 'AG', opensAt: '2026-11-21T10:00:00.000Z' } as Assembly;
    await assemblies.create(assembly);
    expect(
      await assemblies.update('a-save', (read) => ({ assembly: { ...read, title: 'AG 2026' }, result: 'ok' })),
    ).toBe('ok');
    const saved = await redis.hget(keys.assemblies, 'a-save');
    expect(JSON.parse(saved ?? '{}')).toMatchObject({ title: 'AG 2026', version: 2 });
    // A save computed from version 1 comes too late.
    const stale = JSON.stringify({ ...assembly, title: 'Lost', version: 2 });
    expect(await redis.saveAssemblyIfVersion(keys.assemblies, 'a-save', '1', stale)).toBe(0);
    expect(await redis.hget(keys.assemblies, 'a-save')).toBe(saved);
  });
});

describe('loading the scripts', () => {
  it('sends a script once per connection, then only its SHA; after SCRIPT FLUSH it sends it again by itself', async () => {
    const fresh = connectRedis(url);
    const monitor = await fresh.duplicate().monitor();
    const sent: string[] = [];
    monitor.on('monitor', (_time: string, args: string[]) => {
      if (/^eval/i.test(args[0] ?? '') && args.includes(keys.auditHead)) sent.push((args[0] ?? '').toLowerCase());
    });
    try {
      const before = await audit.head();
      await fresh.appendAuditEntry(keys.audit, keys.auditHead, JSON.stringify(entryFor('loaded')));
      await fresh.appendAuditEntry(keys.audit, keys.auditHead, JSON.stringify(entryFor('by sha')));
      await fresh.script('FLUSH');
      const sha = createHash('sha1').update(storeScripts.appendAuditEntry.lua).digest('hex');
      expect(await fresh.script('EXISTS', sha)).toEqual([0]);
      await fresh.appendAuditEntry(keys.audit, keys.auditHead, JSON.stringify(entryFor('after flush')));
      await fresh.appendAuditEntry(keys.audit, keys.auditHead, JSON.stringify(entryFor('by sha again')));
      expect((await audit.head()).seq).toBe(before.seq + 4);
      expect(await stores.chainHolds()).toBe(true);
      // NOSCRIPT on the SHA, then the script itself, then the SHA again.
      await eventually(() => (sent.length >= 5 ? true : undefined), 'the monitored commands');
      expect(sent).toEqual(['eval', 'evalsha', 'evalsha', 'eval', 'evalsha']);
    } finally {
      monitor.disconnect();
      fresh.disconnect();
    }
  });

  it('defines the commands on duplicates and on a connection handed to the stores without them', async () => {
    const plain = new Redis(url);
    const duplicate = redis.duplicate();
    try {
      expect(typeof (plain as unknown as Record<string, unknown>).castNamedBallots).toBe('undefined');
      defineStoreScripts(plain);
      defineStoreScripts(plain);
      for (const connection of [plain, duplicate]) {
        expect(Object.keys(connection.scriptsSet).sort()).toEqual(Object.keys(storeScripts).sort());
        expect(await connection.appendAuditEntry(keys.audit, keys.auditHead, JSON.stringify(entryFor('x')))).toBe(
          (await audit.head()).hash,
        );
      }
    } finally {
      plain.disconnect();
      duplicate.disconnect();
    }
  });

  it('has one declared command per .lua file, each with a header naming as many KEYS as it declares', () => {
    const directory = new URL('../../server/store/scripts/', import.meta.url);
    const files = readdirSync(directory).filter((file) => file.endsWith('.lua'));
    expect(files.map((file) => file.replace(/\.lua$/, '')).sort()).toEqual(Object.keys(storeScripts).sort());
    for (const file of files) {
      const header = /^--\[\[([\s\S]*?)\]\]/.exec(readFileSync(new URL(file, directory), 'utf8'))?.[1] ?? '';
      const declared = [...header.matchAll(/KEYS\[(\d+)\]/g)].map((match) => Number(match[1]));
      const name = file.replace(/\.lua$/, '') as keyof typeof storeScripts;
      expect({ file, keys: Math.max(0, ...declared) }).toEqual({ file, keys: storeScripts[name].numberOfKeys });
      expect(storeScripts[name].lua).not.toContain('@include');
    }
  });
});
