import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { ElectionsResponse } from '@shared/api/voting';
import type { BallotReceipt } from '@shared/schemas/voting';
import type { ElectionRoundTally } from '@shared/schemas/election';
import { connectRedis } from '../../server/redis/connection';
import { redisKeys } from '../../server/store/keys';
import { receiptHash } from '../../server/commands/castBallots';
import { receiptChain } from '../../server/commands/receiptChain';
import { createContext } from '../../server/context';
import { assemblyMoment } from '../../jobs/handlers/assemblyMoment';
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
  const people = new Map<string, TestClient>();
  const as = (email: string) => people.get(email)!;
  const read = (client: TestClient = table) =>
    client.json<ElectionsResponse>(`/api/assemblies/${assemblyId}/elections`);
  const stand = (email: string, memberNo: number, body = 'direction', office = 'president') =>
    as(email).post(`/api/assemblies/${assemblyId}/candidacies`, { body, office, memberNo });
  const vote = async (email: string, electionId: string, round: 1 | 2, candidateMemberNo: number | null) => {
    const { castable } = await read(as(email));
    return as(email).post(`/api/assemblies/${assemblyId}/elections/${electionId}/ballots`, {
      round,
      ballots: castable.map((ballot) => ({ memberNo: ballot.memberNo, candidateMemberNo })),
    });
  };

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    for (const email of [
      'ekaterina.smoroda@example.org',
      'lhoussaine.aitbrahim@example.org',
      'samuel.thirion@example.org',
      'faycal.kaabi@example.org',
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
  });
  afterAll(async () => {
    await platform?.close();
  });

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

  it('goes to a second round between the best two without an absolute majority, and elects by relative majority', async () => {
    clock = opensAt + hour;
    const opened = await table.post(`/api/assemblies/${assemblyId}/elections`, {
      itemId,
      body: 'direction',
      office: 'president',
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    const { id: electionId } = (await opened.json()) as { id: string };

    // Round one: 24 for 34, 19 for 68, 9 for 57, 7 blank: 52 expressed, 27 needed.
    const receipts: BallotReceipt[] = [];
    for (const [email, candidate] of [
      ['ekaterina.smoroda@example.org', 34],
      ['lhoussaine.aitbrahim@example.org', 68],
      ['samuel.thirion@example.org', 57],
      ['faycal.kaabi@example.org', null],
    ] as const) {
      const response = await vote(email, electionId, 1, candidate);
      expect(response.status, await response.clone().text()).toBe(201);
      receipts.push(...((await response.json()) as { receipts: BallotReceipt[] }).receipts);
    }
    expect(receipts).toHaveLength(59);
    const again = await vote('samuel.thirion@example.org', electionId, 1, 68);
    expect(((await again.json()) as ApiError).error.message).toContain('a secret vote is final');
    // Only the Table closes a round.
    expect(
      (await as('samuel.thirion@example.org').post(`/api/assemblies/${assemblyId}/elections/${electionId}/close-round`))
        .status,
    ).toBe(403);
    const first = (await (
      await table.post(`/api/assemblies/${assemblyId}/elections/${electionId}/close-round`)
    ).json()) as ElectionRoundTally;
    expect(first.result).toMatchObject({
      outcome: 'second_round',
      finalists: [34, 68],
      absoluteMajority: 27,
      counts: { expressed: 52, blank: 7 },
    });
    const hashes = new Set(first.receipts);
    expect(receipts.every((receipt) => hashes.has(receiptHash(`${electionId}:1`, receipt.receipt)))).toBe(true);
    expect(receiptChain(`${electionId}:1`, first.receipts).chainHead).toBe(first.chainHead);

    // Round one is over; round two is between 34 and 68 only.
    expect(((await (await vote('faycal.kaabi@example.org', electionId, 1, 34)).json()) as ApiError).error.code).toBe(
      'round_closed',
    );
    expect((await vote('faycal.kaabi@example.org', electionId, 2, 57)).status).toBe(403);
    const state = (await read()).elections[0]!;
    expect([state.round, state.candidates.map((candidate) => candidate.memberNo)]).toEqual([2, [34, 68]]);

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
    expect((await vote('ekaterina.smoroda@example.org', electionId, 2, 34)).status).toBe(201);
    expect((await vote('lhoussaine.aitbrahim@example.org', electionId, 2, 68)).status).toBe(201);
    expect((await vote('samuel.thirion@example.org', electionId, 2, 68)).status).toBe(201);

    // The room closes: round two is counted at the close, 28 to 24.
    clock = opensAt + day;
    await platform.runMoment(assemblyId, 'closed');
    const after = (await read()).elections[0]!;
    expect(after.finished).toBe(true);
    expect(after.rounds[1]!.result).toMatchObject({
      outcome: 'elected',
      elected: 68,
      reason: 'election_relative_majority',
      counts: { expressed: 52 },
    });
  });

  it('tells every member who was elected, in the results e-mail', async () => {
    const redis = connectRedis(platform.config.REDIS_URL);
    const ctx = createContext(redis, platform.config, { now: () => new Date(clock) });
    const { assembly } = await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`);
    const before = await table.outboxCount();
    await assemblyMoment(ctx, { assemblyId, moment: 'closed', opensAt: assembly.opensAt });
    const mail = await table.mailTo('samuel.thirion@example.org', before, /résultats|results/);
    redis.disconnect();
    expect(mail.text).toMatch(/Direction — (Président·e|President)/);
    expect(mail.text).toContain('Plateforme Multi-Acteurs — Agadir (n° 68)');
  });

  it('keeps who voted apart from for whom in the store', async () => {
    const { elections } = await read();
    const electionId = elections[0]!.election.id;
    const redis = connectRedis(platform.config.REDIS_URL);
    const keys = redisKeys(platform.config.REDIS_PREFIX);
    const voters = await redis.hvals(keys.roundVoters(electionId, 1));
    const choices = await redis.smembers(keys.roundChoices(electionId, 1));
    redis.disconnect();
    expect(voters).toHaveLength(59);
    expect(voters.every((voter) => Object.keys(JSON.parse(voter)).sort().join() === 'castAs,castAt,memberNo')).toBe(
      true,
    );
    expect(choices.every((choice) => /^[0-9a-f]{64}\|(blank|34|68|57)$/.test(choice))).toBe(true);
  });
});
