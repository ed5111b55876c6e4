import { afterAll, describe, expect, it } from 'vitest';
import { castNamedBallots, readBox, saveTallyOnce } from '../../server/store/ballotBox';
import { electionStore } from '../../server/store/elections';
import type { StoredCandidacy } from '@shared/schemas/election';
import { entryFor, openStores } from './storeScriptsSupport';

const stores = openStores();
const { redis, keys } = stores;
afterAll(() => redis.disconnect());

const own = (memberNo: number, json: string) => ({ memberNo, castAs: 'own' as const, json });

describe('castNamedBallots.lua', () => {
  it('replaces a member’s ballot and keeps every one in the history, with its audit link; refused once counted', async () => {
    const box = {
      ballots: keys.namedBallots('m-named'),
      history: keys.ballotHistory('m-named'),
      tally: keys.motionTally('m-named'),
    };
    const before = (await stores.links()).length;
    const stored = { counted: false, outcomes: new Map([[7, 'stored']]) };
    expect(await castNamedBallots(redis, keys, box, [own(7, '{"c":"yes"}')], entryFor('vote'))).toEqual(stored);
    expect(await castNamedBallots(redis, keys, box, [own(7, '{"c":"no"}')], entryFor('vote'))).toEqual(stored);
    expect(await redis.hget(box.ballots, '7')).toBe('{"c":"no"}');
    expect(await redis.lrange(box.history, 0, -1)).toEqual(['{"c":"yes"}', '{"c":"no"}']);
    expect((await stores.links()).length).toBe(before + 2);

    await redis.set(box.tally, '{}');
    expect(await castNamedBallots(redis, keys, box, [own(8, '{"c":"yes"}')], entryFor('vote'))).toEqual({
      counted: true,
    });
    expect(await redis.hexists(box.ballots, '8')).toBe(0);
    expect(await redis.llen(box.history)).toBe(2);
    expect((await stores.links()).length).toBe(before + 2);
  });

  it('leaves out, alone, a ballot by proxy whose member voted itself or whose proxy was revoked', async () => {
    const box = {
      ballots: keys.namedBallots('m-partial'),
      history: keys.ballotHistory('m-partial'),
      tally: keys.motionTally('m-partial'),
    };
    const proxies = keys.proxies('a-partial');
    await redis.hset(proxies, 'g21', '{"revokedAt":null}', 'g22', '{"revokedAt":"2026-11-21T09:00:00.000Z"}');
    await castNamedBallots(redis, keys, box, [own(21, '{"castAs":"own","c":"no"}')], entryFor('vote'));
    const byProxy = (memberNo: number) => ({
      memberNo,
      castAs: 'proxy' as const,
      json: `{"castAs":"proxy","m":${memberNo}}`,
    });
    const cast = await castNamedBallots(
      redis,
      keys,
      box,
      [own(20, '{"castAs":"own","c":"yes"}'), byProxy(21), byProxy(22)],
      entryFor('vote.partial'),
      { assemblyId: 'a-partial', grantIds: ['g21', 'g22'] },
    );
    expect(cast).toEqual({
      counted: false,
      outcomes: new Map([
        [20, 'stored'],
        [21, 'voted_itself'],
        [22, 'revoked'],
      ]),
    });
    expect(await redis.hget(box.ballots, '21')).toBe('{"castAs":"own","c":"no"}');
    expect(await redis.hexists(box.ballots, '22')).toBe(0);
    // Neither proxy is marked used: the revoked one was not, the other lost to its grantor's own vote.
    expect(await redis.smembers(keys.proxiesUsed('a-partial'))).toEqual([]);
    const entry = (await stores.entries()).find((candidate) => candidate.action === 'vote.partial');
    expect(entry?.after).toEqual({ members: [20] });
    expect(entry?.records?.map((record) => record.field)).toEqual(['20']);
    expect(await stores.chainHolds()).toBe(true);
  });
});

describe('saveTallyIfUnchanged.lua', () => {
  it('stores a tally once, and not when a ballot arrived after the box was read', async () => {
    const box = { ballots: keys.namedBallots('m-tally'), history: keys.ballotHistory('m-tally') };
    const tally = keys.motionTally('m-tally');
    const read = async () => readBox(redis, ['hvals', box.ballots], { key: box.history, kind: 'list' });
    await castNamedBallots(redis, keys, { ...box, tally }, [own(1, '{"choice":"for"}')], entryFor('vote'));
    const first = await read();
    expect(first.box.size).toBe(1);
    // A ballot lands between the read and the save: the count must start again.
    await castNamedBallots(redis, keys, { ...box, tally }, [own(2, '{"choice":"against"}')], entryFor('vote'));
    const links = (await stores.links()).length;
    expect(await saveTallyOnce(redis, keys, tally, '{"for":1}', entryFor('tally'), first.box)).toBe('changed');
    expect(await redis.exists(tally)).toBe(0);
    expect((await stores.links()).length).toBe(links);

    const reread = await read();
    expect(await saveTallyOnce(redis, keys, tally, '{"for":1,"against":1}', entryFor('tally'), reread.box)).toBe(
      'saved',
    );
    expect(await saveTallyOnce(redis, keys, tally, '{"other":1}', entryFor('tally'), reread.box)).toBe(
      'counted_already',
    );
    expect(await redis.get(tally)).toBe('{"for":1,"against":1}');
    expect((await stores.links()).length).toBe(links + 1);
  });

  it('sizes a list of named ballots with LLEN', async () => {
    const box = { ballots: keys.namedBallots('m-list'), history: keys.ballotHistory('m-list') };
    const tally = keys.motionTally('m-list');
    await castNamedBallots(redis, keys, { ...box, tally }, [own(1, '{}')], entryFor('vote'));
    const read = await readBox(redis, ['hvals', box.ballots], { key: box.history, kind: 'list' });
    expect(await saveTallyOnce(redis, keys, tally, '{}', entryFor('tally'), { ...read.box, size: 0 })).toBe('changed');
    expect(await saveTallyOnce(redis, keys, tally, '{}', entryFor('tally'), read.box)).toBe('saved');
  });
});

describe('fileCandidacyOnce.lua', () => {
  const candidacy = (id: string, memberNo: number): StoredCandidacy => ({
    id,
    assemblyId: 'a1',
    body: 'direction',
    office: 'president',
    memberNo,
    person: 'p1',
    filedAt: '2026-11-21T10:00:00.000Z',
    filedBy: 'p1',
    withdrawnAt: null,
  });

  it('files a member once per office, and again after a withdrawal', async () => {
    const elections = electionStore(redis, keys);
    expect(await elections.fileCandidacy(candidacy('c1', 4))).toBe(true);
    expect(await elections.fileCandidacy(candidacy('c2', 4))).toBe(false);
    expect((await elections.candidacies('a1')).map((filed) => filed.id)).toEqual(['c1']);
    await elections.withdrawCandidacy({ ...candidacy('c1', 4), withdrawnAt: '2026-11-21T11:00:00.000Z' });
    expect(await elections.fileCandidacy(candidacy('c3', 4))).toBe(true);
    expect(await redis.hget(keys.candidacySeats('a1'), '4:direction:president')).toBe('c3');
  });
});
