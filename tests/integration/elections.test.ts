import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { ElectionsResponse } from '@shared/api/voting';
import type { BallotReceipt } from '@shared/schemas/voting';
import { connectRedis } from '../../server/redis/connection';
import { redisKeys } from '../../server/store/keys';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { SecretCount, SecretElectionResponse, TrusteesResponse } from '@shared/api/secretBallots';
import { verifyArchive } from '@shared/belenios/verify';
import { castSecretAt, defaultTrustees, giveShares, makeElectionKey, type Trustee } from './secretVoting';
import { verifyWithTool } from './belenios/tool';
import { createContext } from '../../server/context';
import { closeQueues } from '../../server/queue/queues';
import { votesOpenedJobId } from '../../server/queue/jobIds';
import { eventually, startPlatform, TestClient } from './support';

const day = 86_400_000;
const hour = 3_600_000;
// Opens Saturday 13 March 2027, 10:00 in Brussels; candidacies close at the start of that day there.
const opensAt = Date.parse('2027-03-13T09:00:00Z');
const eveEnds = Date.parse('2027-03-12T23:00:00Z');

describe('electing the offices of the bodies (S.5, R.5)', () => {
  let clock = opensAt - 40 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let assemblyId = '';
  let itemId = '';
  let trustees: Trustee[] = [];
  const people = new Map<string, TestClient>();
  const as = (email: string) => people.get(email)!;
  const read = (client: TestClient = table) =>
    client.json<ElectionsResponse>(`/api/assemblies/${assemblyId}/elections`);
  const stand = (email: string, memberNo: number, body = 'direction', office = 'president') =>
    as(email).post(`/api/assemblies/${assemblyId}/candidacies`, { body, office, memberNo });
  const roundPath = (electionId: string, round: 1 | 2) =>
    `/api/assemblies/${assemblyId}/elections/${electionId}/rounds/${round}`;
  /** Votes in a round for every member the person may cast for: one candidate (or blank: null), or one each. */
  const vote = async (
    email: string,
    electionId: string,
    round: 1 | 2,
    candidate: number | null | ReadonlyMap<number, number | null>,
  ) => {
    const { castable } = await read(as(email));
    const answer = (memberNo: number) => {
      const chosen = candidate instanceof Map ? (candidate.get(memberNo) ?? null) : candidate;
      return chosen === null ? null : String(chosen);
    };
    return castSecretAt(
      as(email),
      roundPath(electionId, round),
      new Map(castable.map((ballot) => [ballot.memberNo, answer(ballot.memberNo)])),
    );
  };

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    people.set('giusto.maniscalchi@example.org', table);
    for (const email of [
      'ekaterina.smoroda@example.org',
      'lhoussaine.aitbrahim@example.org',
      'samuel.thirion@example.org',
      'faycal.kaabi@example.org',
      'kostantinos.simitsis@example.org',
      'andre.desmet@example.org',
    ])
      people.set(email, await platform.client().signIn(email));
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'extraordinary',
        title: 'Élection de la Direction',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    assemblyId = created.assembly.id;
    const withItem = (await (
      await table.post(`/api/assemblies/${assemblyId}/agenda`, { kind: 'election', title: 'Élection de la Direction' })
    ).json()) as AssemblyView;
    itemId = withItem.assembly.agenda[0]!.id;
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
    // The trustees make the key every round is encrypted to (#20).
    trustees = await makeElectionKey(
      defaultTrustees.map((email) => as(email)),
      assemblyId,
    );
  });
  afterAll(async () => {
    await platform?.close();
  });

  /** A round's archive: as recorded, verified by Agora and by belenios-tool, with the result and every tracker given. */
  const checkArchive = async (count: SecretCount, result: number[][], given: BallotReceipt[]) => {
    const response = await table.get(count.archive!.url);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(count.archive!.sha256);
    const report = verifyArchive(new Uint8Array(bytes), count.archive!.sha256);
    expect(report.problems).toEqual([]);
    expect(report.result).toEqual(result);
    for (const receipt of given) expect(report.trackers).toContain(receipt.receipt);
    const dir = await mkdtemp(join(tmpdir(), 'agora-round-'));
    await writeFile(join(dir, `${count.uuid}.bel`), bytes);
    const verified = await verifyWithTool(dir);
    expect(verified.code, verified.stderr).toBe(0);
  };

  it('takes candidacies until the eve of the assembly day, from eligible voting members only', async () => {
    clock = eveEnds - 1;
    expect((await stand('ekaterina.smoroda@example.org', 34)).status).toBe(201);
    expect((await stand('lhoussaine.aitbrahim@example.org', 68)).status).toBe(201);
    expect((await stand('samuel.thirion@example.org', 57)).status).toBe(201);
    // Member 33 is de jure: the Direction is for effective members.
    const deJure = await stand('ekaterina.smoroda@example.org', 33);
    expect(deJure.status).toBe(422);
    expect(((await deJure.json()) as ApiError).error.code).toBe('candidacy_college_not_eligible');
    // Filed twice at once, it stands once.
    const twice = await Promise.all([
      stand('lhoussaine.aitbrahim@example.org', 69),
      stand('lhoussaine.aitbrahim@example.org', 69),
    ]);
    expect(twice.map((response) => response.status).sort()).toEqual([201, 422]);
    const seventy = (await read()).candidacies.find((candidacy) => candidacy.memberNo === 69)!;
    expect(
      (
        await as('lhoussaine.aitbrahim@example.org').post(
          `/api/assemblies/${assemblyId}/candidacies/${seventy.id}/withdraw`,
        )
      ).status,
    ).toBe(200);
    // Nobody files for a member it does not represent.
    expect((await stand('samuel.thirion@example.org', 68)).status).toBe(403);
    // A candidacy withdrawn before the deadline, then filed again.
    const faycal = (await (
      await stand('faycal.kaabi@example.org', (await read(as('faycal.kaabi@example.org'))).castable[0]!.memberNo)
    ).json()) as { id: string };
    expect(
      (await as('faycal.kaabi@example.org').post(`/api/assemblies/${assemblyId}/candidacies/${faycal.id}/withdraw`))
        .status,
    ).toBe(200);

    clock = eveEnds;
    const late = await stand(
      'faycal.kaabi@example.org',
      (await read(as('faycal.kaabi@example.org'))).castable[0]!.memberNo,
    );
    expect(((await late.json()) as ApiError).error.code).toBe('candidacy_closed');
    const { candidacies, balance } = await read();
    expect(
      candidacies
        .filter((candidacy) => !candidacy.withdrawnAt)
        .map((candidacy) => candidacy.memberNo)
        .sort(),
    ).toEqual([34, 57, 68]);
    expect(balance.byContinent).toEqual({ Europe: 1, Africa: 2 });
  });

  it('goes to a second round between the best two without an absolute majority, every round an encrypted Belenios election', async () => {
    clock = opensAt + hour;
    const opened = await table.post(`/api/assemblies/${assemblyId}/elections`, {
      itemId,
      body: 'direction',
      office: 'president',
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    const { id: electionId } = (await opened.json()) as { id: string };

    // Round one is a Belenios election: its answers are the candidates standing, a blank ballot allowed.
    const round1 = await as('samuel.thirion@example.org').json<SecretElectionResponse>(
      `${roundPath(electionId, 1)}/election`,
    );
    const order = round1.question.answers;
    expect([[...order].sort(), round1.question.blank]).toEqual([['34', '57', '68'], true]);
    expect(JSON.parse(round1.election).questions[0].answers).toEqual(
      order.map((memberNo) => expect.stringMatching(new RegExp(`^${memberNo} \\S`))),
    );

    // André's member 1 gives its proxy to Charleroi (member 3, the Table's Giusto): same continent (R.7).
    const proxy = await as('andre.desmet@example.org').post(`/api/assemblies/${assemblyId}/proxies`, {
      assemblyId,
      grantorMemberNo: 1,
      holderMemberNo: 3,
    });
    expect(proxy.status, await proxy.clone().text()).toBe(201);

    // Round one: Ekaterina splits her 24 members, 20 for 34 and 4 for 68; 19 for 68; 9 for 57; 7 blank.
    const receipts: BallotReceipt[] = [];
    const { castable: hers } = await read(as('ekaterina.smoroda@example.org'));
    expect(hers).toHaveLength(24);
    const split = new Map(hers.map((ballot, index) => [ballot.memberNo, index < 20 ? 34 : 68] as const));
    for (const [email, candidate] of [
      ['ekaterina.smoroda@example.org', split],
      ['lhoussaine.aitbrahim@example.org', 68],
      ['samuel.thirion@example.org', 57],
      ['faycal.kaabi@example.org', null],
    ] as const) {
      const response = await vote(email, electionId, 1, candidate);
      expect(response.status, await response.clone().text()).toBe(201);
      receipts.push(...((await response.json()) as { receipts: BallotReceipt[] }).receipts);
    }
    expect(receipts).toHaveLength(59);
    // Giusto votes for his members (34) and, by proxy, for member 1 (34); then André votes itself (68): its own vote counts.
    const giusto = (await read(table)).castable.map((ballot) => ballot.memberNo);
    const andre = (await read(as('andre.desmet@example.org'))).castable.map((ballot) => ballot.memberNo);
    expect([giusto.includes(1), andre.includes(1)]).toEqual([true, true]);
    expect((await vote('giusto.maniscalchi@example.org', electionId, 1, 34)).status).toBe(201);
    expect((await vote('andre.desmet@example.org', electionId, 1, 68)).status).toBe(201);
    expect([giusto, andre]).toEqual([
      [1, 3, 4],
      [1, 2, 5, 6],
    ]);
    const again = await vote('samuel.thirion@example.org', electionId, 1, 68);
    expect(again.status).toBe(409);
    expect(((await again.json()) as ApiError).error.message).toContain('a secret vote is final');
    // Each voter keeps the trackers of its ballots.
    const mine = (await read(as('ekaterina.smoroda@example.org'))).elections[0]!.myReceipts;
    expect(mine.map((receipt) => receipt.receipt).sort()).toEqual(
      receipts
        .filter((receipt) => hers.some((ballot) => ballot.memberNo === receipt.memberNo))
        .map((receipt) => receipt.receipt)
        .sort(),
    );

    // Only the Table closes a round; its count then waits for two of the three trustees.
    expect(
      (await as('samuel.thirion@example.org').post(`/api/assemblies/${assemblyId}/elections/${electionId}/close-round`))
        .status,
    ).toBe(403);
    const closed = await table.post(`/api/assemblies/${assemblyId}/elections/${electionId}/close-round`);
    expect(closed.status, await closed.clone().text()).toBe(200);
    expect(await closed.json()).toMatchObject({ round: 1, counting: true, tally: null });
    let state = (await read()).elections[0]!;
    expect([state.round, state.counting, state.rounds]).toEqual([1, true, []]);
    expect(state.secretCounts).toMatchObject([{ round: 1, shares: 0, needed: 2, archive: null }]);
    const late = await vote('faycal.kaabi@example.org', electionId, 1, 34);
    expect(((await late.json()) as ApiError).error.code).toBe('round_closed');
    const { you } = await trustees[1]!.client.json<TrusteesResponse>(`/api/assemblies/${assemblyId}/trustees`);
    expect(you?.decryptions.map((decryption) => decryption.path)).toEqual([roundPath(electionId, 1)]);

    expect((await giveShares(trustees[0]!, assemblyId)).map((response) => response.status)).toEqual([201]);
    expect((await read()).elections[0]!.rounds).toEqual([]);
    expect((await giveShares(trustees[1]!, assemblyId)).map((response) => response.status)).toEqual([201]);
    state = await eventually(
      async () => {
        const found = (await read()).elections[0]!;
        return found.round === 2 ? found : undefined;
      },
      'round one decrypted',
      60_000,
    );
    // 22 for 34, 27 for 68 (member 1's own vote over its proxy's), 9 for 57, 7 blank: 58 expressed, 30 needed.
    const first = state.rounds[0]!;
    expect(first.result).toMatchObject({
      outcome: 'second_round',
      finalists: [68, 34],
      absoluteMajority: 30,
      counts: { expressed: 58, blank: 7 },
    });
    expect(first.result.counts.candidates).toEqual([
      { memberNo: 68, votes: 27 },
      { memberNo: 34, votes: 22 },
      { memberNo: 57, votes: 9 },
    ]);
    const votes: Record<string, number> = { '34': 22, '57': 9, '68': 27 };
    await checkArchive(state.secretCounts[0]!, [[7, ...order.map((memberNo) => votes[memberNo] ?? 0)]], receipts);

    // Round two is between 68 and 34 only, a new Belenios election.
    expect([state.counting, state.candidates.map((candidate) => candidate.memberNo)]).toEqual([false, [68, 34]]);
    const round2 = await as('samuel.thirion@example.org').json<SecretElectionResponse>(
      `${roundPath(electionId, 2)}/election`,
    );
    expect(round2.question.answers).toEqual(['68', '34']);
    expect(round2.uuid).not.toBe(round1.uuid);

    // Round two opened: the e-mail of the votes opened in these minutes names it, for those who have not voted in it.
    const redis = connectRedis(platform.config.REDIS_URL);
    const ctx = createContext(redis, platform.config);
    try {
      const job = (await ctx.queues.assemblies.getJob(votesOpenedJobId(assemblyId, opensAt + hour)))!;
      await job.promote();
      await eventually(async () => ((await job.isCompleted()) ? true : undefined), 'the votes-opened job', 20_000);
    } finally {
      await closeQueues(ctx.queues);
      redis.disconnect();
    }
    const told = await table.mailTo('faycal.kaabi@example.org', 0, /vote is open|vote est ouvert/);
    expect(told.text).toMatch(
      /Élection de la Direction \(Direction — (President|Président·e)\) — 7 (members to vote for|membres pour qui voter)/,
    );
    const split2 = new Map(hers.map((ballot, index) => [ballot.memberNo, index < 20 ? 34 : null] as const));
    const receipts2: BallotReceipt[] = [];
    for (const [email, candidate] of [
      ['ekaterina.smoroda@example.org', split2],
      ['lhoussaine.aitbrahim@example.org', 68],
      ['samuel.thirion@example.org', 68],
    ] as const) {
      const response = await vote(email, electionId, 2, candidate);
      expect(response.status, await response.clone().text()).toBe(201);
      receipts2.push(...((await response.json()) as { receipts: BallotReceipt[] }).receipts);
    }

    // The room closes: round two's count starts, and waits for the trustees.
    clock = opensAt + day;
    await platform.runMoment(assemblyId, 'closed');
    expect((await read()).elections[0]!).toMatchObject({ round: 2, finished: false, counting: true });
    expect((await giveShares(trustees[2]!, assemblyId)).map((response) => response.status)).toEqual([201]);
    expect((await giveShares(trustees[0]!, assemblyId)).map((response) => response.status)).toEqual([201]);
    const after = await eventually(
      async () => {
        const found = (await read()).elections[0]!;
        return found.finished ? found : undefined;
      },
      'round two decrypted',
      60_000,
    );
    expect(after.rounds[1]!.result).toMatchObject({
      outcome: 'elected',
      elected: 68,
      reason: 'election_relative_majority',
      counts: { expressed: 48, blank: 4 },
    });
    await checkArchive(after.secretCounts[1]!, [[4, 28, 20]], receipts2);
  }, 240_000);

  it('tells every member who was elected, in the results e-mail sent once the last round is decrypted', async () => {
    const mail = await table.mailTo('samuel.thirion@example.org', 0, /résultats|results/);
    expect(mail.text).toMatch(/Direction — (Président·e|President)/);
    expect(mail.text).toContain('Plateforme Multi-Acteurs — Agadir (n° 68)');
  });

  it('keeps no choice next to a member in the store: only who voted, and the encrypted ballots', async () => {
    const { elections } = await read();
    const electionId = elections[0]!.election.id;
    const redis = connectRedis(platform.config.REDIS_URL);
    const keys = redisKeys(platform.config.REDIS_PREFIX);
    try {
      const voters = await redis.hvals(keys.roundVoters(electionId, 1));
      expect(voters).toHaveLength(65);
      expect(
        voters.every(
          (voter) => Object.keys(JSON.parse(voter)).sort().join() === 'castAs,castAt,castByPersonId,memberNo,tracker',
        ),
      ).toBe(true);
      expect(await redis.exists(keys.roundChoices(electionId, 1), keys.roundChoices(electionId, 2))).toBe(0);
      for (const key of await redis.keys(`${platform.config.REDIS_PREFIX}:election:${electionId}:*`)) {
        const type = await redis.type(key);
        const values =
          type === 'hash'
            ? Object.values(await redis.hgetall(key))
            : type === 'list'
              ? await redis.lrange(key, 0, -1)
              : type === 'set'
                ? await redis.smembers(key)
                : [(await redis.get(key)) ?? ''];
        for (const value of values) expect(value, key).not.toMatch(/candidateMemberNo|\|(blank|34|68|57)\b/);
      }
    } finally {
      redis.disconnect();
    }
  });
});
