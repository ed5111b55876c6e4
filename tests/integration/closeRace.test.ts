import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { MotionsResponse } from '@shared/api/voting';
import type { BallotReceipt, Motion } from '@shared/schemas/voting';
import { connectRedis } from '../../server/redis/connection';
import { createContext } from '../../server/context';
import { tallyAssembly } from '../../server/commands/tallyAssembly';
import { receiptHash } from '../../server/commands/castBallots';
import { eventually, startPlatform, TestClient } from './support';
import { defaultTrustees, encryptSecret, giveShares, makeElectionKey, type Trustee } from './secretVoting';

const day = 86_400_000;
const hour = 3_600_000;
const opensAt = Date.parse('2027-05-08T08:00:00Z');
const closesAt = opensAt + day;
const voters = [
  'ekaterina.smoroda@example.org',
  'lhoussaine.aitbrahim@example.org',
  'abdeloualab.oualiti@example.org',
  'samuel.thirion@example.org',
  'faycal.kaabi@example.org',
  'manuela.coutinho@example.org',
];

/** One member's ballot on one motion, as its representative sent it, and what came back. */
interface Sent {
  motion: Motion;
  memberNo: number;
  status: number;
  code?: string;
  context?: string;
  receipt?: BallotReceipt;
}

describe('ballots cast at the instant the count runs (R.6, R.7)', () => {
  let clock = opensAt - 20 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let assemblyId = '';
  let trustees: Trustee[];
  const people = new Map<string, TestClient>();

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    for (const email of voters) people.set(email, await platform.client().signIn(email));
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'ordinary',
        title: 'Spring ordinary assembly',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    assemblyId = created.assembly.id;
    await table.post(`/api/assemblies/${assemblyId}/agenda`, { kind: 'ordinary_decision', title: 'Budget 2028' });
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
    // The trustees make the election key, so that the secret motion can open on it.
    const trusteeClients: TestClient[] = [];
    for (const email of defaultTrustees)
      trusteeClients.push(
        email === 'giusto.maniscalchi@example.org'
          ? table
          : (people.get(email) ?? (await platform.client().signIn(email))),
      );
    trustees = await makeElectionKey(trusteeClients, assemblyId);
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('counts every ballot that got a receipt, and tells the voter when one arrived after the count', async () => {
    clock = opensAt + hour;
    const { assembly } = await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`);
    const open = async (secret: boolean) => {
      const response = await table.post(`/api/assemblies/${assemblyId}/motions`, {
        itemId: assembly.agenda[0]!.id,
        kind: 'ordinary_decision',
        title: secret ? 'Budget (secret)' : 'Budget (named)',
        text: 'The budget 2028 is adopted.',
        secret,
      });
      expect(response.status).toBe(201);
      return (await response.json()) as Motion;
    };
    const motions = [await open(false), await open(true)];

    // The web process still reads a millisecond before the close: every ballot passes the window check,
    // while a worker whose clock reached the close counts.
    clock = closesAt - 1;
    // Each ballot is ready to leave: a secret one encrypted beforehand, as the browser does, so that it is sent at once.
    const choiceOf = (memberNo: number) => (memberNo % 3 === 0 ? 'against' : 'for');
    const ballots: Array<{ email: string; motion: Motion; memberNo: number; path: string; body: unknown }> = [];
    for (const email of voters) {
      const person = people.get(email)!;
      const { castable } = await person.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
      for (const motion of motions)
        for (const { memberNo } of castable) {
          const base = `/api/assemblies/${assemblyId}/motions/${motion.id}`;
          const choice = choiceOf(memberNo);
          ballots.push({
            email,
            motion,
            memberNo,
            path: `${base}/${motion.secret ? 'encrypted-ballots' : 'ballots'}`,
            body: motion.secret
              ? await encryptSecret(person, assemblyId, motion.id, new Map([[memberNo, choice]]))
              : { ballots: [{ memberNo, choice }] },
          });
        }
    }
    const cast = async ({ email, motion, memberNo, path, body }: (typeof ballots)[number]): Promise<Sent> => {
      const response = await people.get(email)!.post(path, body);
      if (response.status === 201)
        return {
          motion,
          memberNo,
          status: 201,
          receipt: ((await response.json()) as { receipts: BallotReceipt[] }).receipts[0],
        };
      const { error } = (await response.json()) as ApiError;
      const context = (error.params as { context?: string } | undefined)?.context;
      return { motion, memberNo, status: response.status, code: error.code, ...(context && { context }) };
    };

    const redis = connectRedis(platform.config.REDIS_URL);
    const worker = createContext(redis, platform.config, { now: () => new Date(closesAt) });
    try {
      // A third before the count, a third while it runs, the last third once it is stored.
      const third = Math.ceil(ballots.length / 3);
      const sent: Sent[] = await Promise.all(ballots.slice(0, third).map(cast));
      const during = Promise.all(ballots.slice(third, 2 * third).map(cast));
      // The named vote is counted; the secret one's encrypted tally is stored, and waits for its trustees.
      expect(await tallyAssembly(worker, assemblyId)).toBe(1);
      expect(sent.filter((answer) => answer.status !== 201)).toEqual([]);
      sent.push(...(await during), ...(await Promise.all(ballots.slice(2 * third).map(cast))));

      expect(sent.filter((answer) => answer.status !== 201 && answer.status !== 409)).toEqual([]);
      // A ballot that arrived once the count had begun is told so.
      expect(
        sent
          .filter((answer) => answer.status === 409)
          .every((answer) => answer.code === 'motion_closed' && answer.context === 'late'),
      ).toBe(true);

      // Two of the three trustees give their shares: the secret vote is counted.
      expect(await worker.votes.tally(motions[1]!.id)).toBeNull();
      for (const trustee of [trustees[0]!, trustees[1]!])
        expect((await giveShares(trustee, assemblyId)).map((response) => response.status)).toEqual([201]);
      await eventually(
        () => worker.votes.tally(motions[1]!.id).then((tally) => tally ?? undefined),
        'the secret count',
      );

      for (const motion of motions) {
        const accepted = sent.filter((answer) => answer.motion.id === motion.id && answer.status === 201);
        const refused = sent.filter((answer) => answer.motion.id === motion.id && answer.status === 409);
        // Every ballot answered before the count began is counted, whatever came after.
        expect(accepted.length).toBeGreaterThanOrEqual(
          ballots.slice(0, third).filter((ballot) => ballot.motion.id === motion.id).length,
        );
        expect(refused.length).toBeGreaterThan(0);
        const tally = (await worker.votes.tally(motion.id))!;
        // Every receipt handed out is among those counted, and nothing else is (a secret vote's is its tracker).
        expect([...tally.receipts].sort()).toEqual(
          accepted
            .map((answer) =>
              motion.secret ? answer.receipt!.receipt : receiptHash(motion.id, answer.receipt!.receipt),
            )
            .sort(),
        );
        const counts = tally.result.counts;
        expect(counts.for + counts.against + counts.abstain).toBe(accepted.length);
        expect(counts.against).toBe(accepted.filter((answer) => answer.memberNo % 3 === 0).length);
      }
    } finally {
      redis.disconnect();
    }
  }, 90_000);
});
