import { afterAll, describe, expect, it } from 'vitest';
import { castNamedBallots, castSecretBallots, readBox, saveTallyOnce } from '../../server/store/ballotBox';
import { electionStore } from '../../server/store/elections';
import type { StoredCandidacy } from '@shared/schemas/election';
import { entryFor, openStores } from './storeScriptsSupport';

const stores = openStores();
const { redis, keys } = stores;
afterAll(() => redis.disconnect());

const voter = (memberNo: number) => ({ memberNo, castAs: 'own' as const, castAt: '2026-11-21T10:00:00.000Z' });
const secretBox = (motionId: string) => ({
  voters: keys.secretVoters(motionId),
  choices: keys.secretChoices(motionId),
  tally: keys.motionTally(motionId),
});

describe('castSecretBallots.lua', () => {
  it('stores the voters and their unlinked choices with one audit link, and a second cast of a member is refused whole', async () => {
    const box = secretBox('m-secret');
    const first = await castSecretBallots(
      redis,
      keys,
      box,
      [
        { voter: voter(1), line: 'r1|yes' },
        { voter: voter(2), line: 'r2|no' },
      ],
      entryFor('vote.cast'),
    );
    expect(first).toEqual({ stored: true });
    const again = await castSecretBallots(
      redis,
      keys,
      box,
      [
        { voter: voter(3), line: 'r3|yes' },
        { voter: voter(2), line: 'r2b|yes' },
      ],
      entryFor('vote.cast'),
    );
    expect(again).toEqual({ stored: false, counted: false, alreadyVoted: 2 });
    // All or none: member 3, cast with the refused member 2, was not stored either.
    expect((await redis.hkeys(box.voters)).sort()).toEqual(['1', '2']);
    expect((await redis.smembers(box.choices)).sort()).toEqual(['r1|yes', 'r2|no']);
    const entries = (await stores.entries()).filter((entry) => entry.action === 'vote.cast');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.records?.map((record) => record.field)).toEqual(['1', '2']);
    expect(JSON.stringify(entries[0])).not.toMatch(/yes|no/);
    expect(await stores.chainHolds()).toBe(true);
  });

  it('refuses a ballot once the tally is stored, writing nothing', async () => {
    const box = secretBox('m-counted');
    await redis.set(box.tally, '{}');
    const cast = await castSecretBallots(redis, keys, box, [{ voter: voter(5), line: 'r5|yes' }], entryFor('vote'));
    expect(cast).toEqual({ stored: false, counted: true });
    expect(await redis.exists(box.voters, box.choices)).toBe(0);
  });
});

describe('castNamedBallots.lua', () => {
  it('replaces a member’s ballot and keeps every one in the history, with its audit link; refused once counted', async () => {
    const box = {
      ballots: keys.namedBallots('m-named'),
      history: keys.ballotHistory('m-named'),
      tally: keys.motionTally('m-named'),
    };
    const before = (await stores.links()).length;
    expect(await castNamedBallots(redis, keys, box, [{ memberNo: 7, json: '{"c":"yes"}' }], entryFor('vote'))).toBe(
      true,
    );
    expect(await castNamedBallots(redis, keys, box, [{ memberNo: 7, json: '{"c":"no"}' }], entryFor('vote'))).toBe(
      true,
    );
    expect(await redis.hget(box.ballots, '7')).toBe('{"c":"no"}');
    expect(await redis.lrange(box.history, 0, -1)).toEqual(['{"c":"yes"}', '{"c":"no"}']);
    expect((await stores.links()).length).toBe(before + 2);

    await redis.set(box.tally, '{}');
    expect(await castNamedBallots(redis, keys, box, [{ memberNo: 8, json: '{"c":"yes"}' }], entryFor('vote'))).toBe(
      false,
    );
    expect(await redis.hexists(box.ballots, '8')).toBe(0);
    expect(await redis.llen(box.history)).toBe(2);
    expect((await stores.links()).length).toBe(before + 2);
  });
});

describe('saveTallyIfUnchanged.lua', () => {
  it('stores a tally once, and not when a ballot arrived after the box was read', async () => {
    const box = secretBox('m-tally');
    await castSecretBallots(redis, keys, box, [{ voter: voter(1), line: 'a|yes' }], entryFor('vote'));
    const read = await readBox(redis, ['smembers', box.choices], { key: box.voters, kind: 'hash' });
    expect(read.box.size).toBe(1);
    // A ballot lands between the read and the save: the count must start again.
    await castSecretBallots(redis, keys, box, [{ voter: voter(2), line: 'b|no' }], entryFor('vote'));
    const links = (await stores.links()).length;
    expect(await saveTallyOnce(redis, keys, box.tally, '{"yes":1}', entryFor('tally'), read.box)).toBe('changed');
    expect(await redis.exists(box.tally)).toBe(0);
    expect((await stores.links()).length).toBe(links);

    const reread = await readBox(redis, ['smembers', box.choices], { key: box.voters, kind: 'hash' });
    expect(await saveTallyOnce(redis, keys, box.tally, '{"yes":1,"no":1}', entryFor('tally'), reread.box)).toBe(
      'saved',
    );
    expect(await saveTallyOnce(redis, keys, box.tally, '{"other":1}', entryFor('tally'), reread.box)).toBe(
      'counted_already',
    );
    expect(await redis.get(box.tally)).toBe('{"yes":1,"no":1}');
    expect((await stores.links()).length).toBe(links + 1);
  });

  it('sizes a list of named ballots with LLEN', async () => {
    const box = { ballots: keys.namedBallots('m-list'), history: keys.ballotHistory('m-list') };
    const tally = keys.motionTally('m-list');
    await castNamedBallots(redis, keys, { ...box, tally }, [{ memberNo: 1, json: '{}' }], entryFor('vote'));
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
