import { afterAll, describe, expect, it } from 'vitest';
import { minutesStore } from '../../server/store/minutes';
import { textStore } from '../../server/store/texts';
import { roomStore, type StoredMessage } from '../../server/store/room';
import { digestOf } from '../../server/store/audit';
import { entryFor, openStores } from './storeScriptsSupport';

const stores = openStores();
const { redis, keys } = stores;
afterAll(() => redis.disconnect());

const minutes = minutesStore(redis, keys);
const draft = (version: number, revision: number, publishedAt: string | null = null) =>
  JSON.stringify({ version, revision, publishedAt, statement: `v${version} r${revision}` });

describe('draftMinutesOnce.lua, addMinutesCorrection.lua, replaceMinutesDraft.lua', () => {
  it('drafts version 1 once, with the link recording the exact JSON', async () => {
    const json = draft(1, 0);
    expect(await minutes.draftFirst('a-draft', json, entryFor('minutes.drafted'))).toBe(true);
    expect(await minutes.draftFirst('a-draft', draft(1, 5), entryFor('minutes.drafted'))).toBe(false);
    expect((await minutes.version('a-draft', 1))?.json).toBe(json);
    const drafted = (await stores.entries()).filter((entry) => entry.action === 'minutes.drafted');
    expect(drafted).toHaveLength(1);
    expect(drafted[0]?.records).toEqual([{ key: 'assembly:a-draft:minutes', field: '1', digest: digestOf(json) }]);
  });

  it('replaces a draft only at the revision read, and never a published version', async () => {
    await minutes.draftFirst('a-edit', draft(1, 0), entryFor('minutes.drafted'));
    const links = (await stores.links()).length;
    expect(await minutes.replaceDraft('a-edit', 1, 0, draft(1, 1), entryFor('minutes.edited'))).toBe('saved');
    expect(await minutes.replaceDraft('a-edit', 1, 0, draft(1, 9), entryFor('minutes.edited'))).toBe(
      'changed_meanwhile',
    );
    expect(await minutes.replaceDraft('a-edit', 2, 0, draft(2, 1), entryFor('minutes.edited'))).toBe('missing');
    expect((await minutes.version('a-edit', 1))?.json).toBe(draft(1, 1));
    expect((await stores.links()).length).toBe(links + 1);

    await redis.hset(keys.minutes('a-edit'), '1', draft(1, 1, '2026-11-22T10:00:00.000Z'));
    expect(await minutes.replaceDraft('a-edit', 1, 1, draft(1, 2), entryFor('minutes.edited'))).toBe('published');
    expect((await minutes.version('a-edit', 1))?.version.publishedAt).toBe('2026-11-22T10:00:00.000Z');
    expect((await stores.links()).length).toBe(links + 1);
  });

  it('adds a correction only as the next number, once the latest version is published', async () => {
    await minutes.draftFirst('a-fix', draft(1, 0), entryFor('minutes.drafted'));
    expect(await minutes.addCorrection('a-fix', 2, draft(2, 0), entryFor('minutes.corrected'))).toBe('draft_pending');
    await redis.hset(keys.minutes('a-fix'), '1', draft(1, 0, '2026-11-22T10:00:00.000Z'));
    expect(await minutes.addCorrection('a-fix', 3, draft(3, 0), entryFor('minutes.corrected'))).toBe('taken');
    expect(await minutes.addCorrection('a-fix', 2, draft(2, 0), entryFor('minutes.corrected'))).toBe('saved');
    expect(await minutes.addCorrection('a-fix', 2, draft(2, 7), entryFor('minutes.corrected'))).toBe('taken');
    expect((await minutes.versions('a-fix')).map((stored) => stored.json)).toEqual([
      draft(1, 0, '2026-11-22T10:00:00.000Z'),
      draft(2, 0),
    ]);
    expect((await stores.entries()).filter((entry) => entry.action === 'minutes.corrected')).toHaveLength(1);
    expect(await stores.chainHolds()).toBe(true);
  });
});

describe('foundTextOnce.lua, storeNextTextVersion.lua', () => {
  const texts = textStore(redis, keys, {
    texts: () => ({ statutes: 'Founding statutes', rules: 'Founding rules' }),
    adoptedAt: '2013-11-04T18:00:00.000Z',
  });
  const adoption = (motionId: string, content: string) => ({
    content,
    adoptedAt: '2026-11-21T12:00:00.000Z',
    assemblyId: 'a1',
    assemblyTitle: 'AG 2026',
    motionId,
    motionTitle: `Motion ${motionId}`,
  });

  it('writes version 0 of each text once, with its link', async () => {
    expect(await texts.ensureFounding()).toBe(true);
    expect(await texts.ensureFounding()).toBe(false);
    expect((await texts.versions('rules')).map((version) => version.content)).toEqual(['Founding rules']);
    const founded = (await stores.entries()).filter((entry) => entry.action.endsWith('.founded'));
    expect(founded.map((entry) => entry.subject).sort()).toEqual(['text:rules', 'text:statutes']);
  });

  it('stores the next version once per motion, numbered without gaps', async () => {
    const audit = () => entryFor('statutes.amended', 'text:statutes');
    const first = await texts.adopt('statutes', adoption('m1', 'Statutes v1'), audit);
    expect(first).toMatchObject({ created: true, version: { number: 1, content: 'Statutes v1' } });
    const retried = await texts.adopt('statutes', adoption('m1', 'Statutes v1, again'), audit);
    expect(retried).toMatchObject({ created: false, version: { number: 1, content: 'Statutes v1' } });
    const second = await texts.adopt('statutes', adoption('m2', 'Statutes v2'), audit);
    expect(second).toMatchObject({ created: true, version: { number: 2 } });
    expect(await redis.hgetall(keys.textAdoptions)).toEqual({ m1: 'statutes:1', m2: 'statutes:2' });
    expect((await stores.entries()).filter((entry) => entry.action === 'statutes.amended')).toHaveLength(2);
  });

  it('refuses a number that is taken or out of sequence, writing nothing', async () => {
    const versionsKey = keys.textVersions('rules');
    const entry = JSON.stringify(entryFor('rules.amended'));
    const links = (await stores.links()).length;
    const skip = await redis.storeNextTextVersion(
      versionsKey,
      keys.textAdoptions,
      keys.audit,
      keys.auditHead,
      'm9',
      '5',
      '{}',
      'rules:5',
      entry,
    );
    expect(skip).toEqual([-1, '']);
    expect(await redis.hlen(versionsKey)).toBe(1);
    expect(await redis.hexists(keys.textAdoptions, 'm9')).toBe(0);
    expect((await stores.links()).length).toBe(links);
  });
});

describe('postMessageOnce.lua, changeMessageIfVersion.lua, markPresentOnce.lua', () => {
  const room = roomStore(redis, keys);
  const message = (clientId: string, body: string): StoredMessage => ({
    assemblyId: 'a1',
    thread: 'general',
    replyTo: null,
    author: { personId: 'p1', name: 'Tester', speaksFor: [{ memberNo: 1, organisation: 'Org 1' }] },
    body,
    postedAt: '2026-11-21T10:00:00.000Z',
    versions: [],
    withdrawnAt: null,
    hidden: null,
    pinned: false,
    clientId,
    version: 0,
  });

  it('posts a message once per clientId, and its link names the id the log gave it', async () => {
    const posted = await room.post('a1', message('c1', 'Hello'), entryFor('message.posted'));
    expect(posted.created).toBe(true);
    const resent = await room.post('a1', message('c1', 'Hello, resent'), entryFor('message.posted'));
    expect(resent).toEqual({ created: false, event: posted.event });
    expect((await room.all('a1')).messages.map((stored) => stored.body)).toEqual(['Hello']);
    const entries = (await stores.entries()).filter((entry) => entry.action === 'message.posted');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.records?.[0]?.field).toBe(posted.event.cursor);
  });

  it('changes a message only from the version read, logging the change with its link', async () => {
    const { event } = await room.post('a1', message('c2', 'First words'), entryFor('message.posted'));
    const edited = { ...event.message, body: 'Second words', version: 1 };
    const change = await room.change('a1', edited, 0, entryFor('message.edited'));
    expect(change?.message.body).toBe('Second words');
    expect(await room.change('a1', { ...edited, body: 'Lost words', version: 1 }, 0, entryFor('message.edited'))).toBe(
      null,
    );
    expect(await room.change('a1', { ...edited, id: '1-0' }, 1, entryFor('message.edited'))).toBe(null);
    expect((await room.get('a1', event.message.id))?.body).toBe('Second words');
    expect((await room.after('a1', event.cursor)).map((later) => later.cursor)).toEqual([change?.cursor]);
    expect((await stores.entries()).filter((entry) => entry.action === 'message.edited')).toHaveLength(1);
  });

  it('keeps a member’s first presence, with one link for the members new to the register', async () => {
    const present = (memberNo: number, at: string) => ({ memberNo, personId: `p${memberNo}`, at, via: 'own' as const });
    const { after: _after, ...entry } = entryFor('attendance.marked');
    expect(await room.markPresent('a2', [present(1, 'T1'), present(2, 'T1')], entry)).toBe(2);
    expect(await room.markPresent('a2', [present(2, 'T2'), present(3, 'T2')], entry)).toBe(1);
    expect(await room.markPresent('a2', [present(1, 'T3')], entry)).toBe(0);
    const attendance = await room.attendance('a2');
    expect([...attendance.values()].map((row) => `${row.memberNo}@${row.at}`).sort()).toEqual(['1@T1', '2@T1', '3@T2']);
    const marked = (await stores.entries()).filter((logged) => logged.action === 'attendance.marked');
    expect(marked.map((logged) => logged.after)).toEqual([{ members: [1, 2] }, { members: [3] }]);
    expect(marked[1]?.records?.map((record) => record.field)).toEqual(['3']);
    expect(await stores.chainHolds()).toBe(true);
  });
});
