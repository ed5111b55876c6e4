import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { MotionsResponse } from '@shared/api/voting';
import type { BallotReceipt, Motion } from '@shared/schemas/voting';
import { connectRedis } from '../../server/redis/connection';
import { createContext } from '../../server/context';
import { tallyAssembly } from '../../server/commands/tallyAssembly';
import { receiptHash } from '../../server/commands/castBallots';
import { startPlatform, TestClient } from './support';

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
  receipt?: BallotReceipt;
}

describe('ballots cast at the instant the count runs (R.6, R.7)', () => {
  let clock = opensAt - 20 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let assemblyId = '';
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
    const ballots: Array<{ email: string; motion: Motion; memberNo: number }> = [];
    for (const email of voters) {
      const { castable } = await people.get(email)!.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
      for (const motion of motions) for (const { memberNo } of castable) ballots.push({ email, motion, memberNo });
    }
    const cast = async ({ email, motion, memberNo }: (typeof ballots)[number]): Promise<Sent> => {
      const response = await people.get(email)!.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/ballots`, {
        ballots: [{ memberNo, choice: memberNo % 3 === 0 ? 'against' : 'for' }],
      });
      if (response.status === 201)
        return {
          motion,
          memberNo,
          status: 201,
          receipt: ((await response.json()) as { receipts: BallotReceipt[] }).receipts[0],
        };
      return { motion, memberNo, status: response.status, code: ((await response.json()) as ApiError).error.code };
    };

    const redis = connectRedis(platform.config.REDIS_URL);
    const worker = createContext(redis, platform.config, { now: () => new Date(closesAt) });
    try {
      // A third before the count, a third while it runs, the last third once it is stored.
      const third = Math.ceil(ballots.length / 3);
      const sent: Sent[] = await Promise.all(ballots.slice(0, third).map(cast));
      const during = Promise.all(ballots.slice(third, 2 * third).map(cast));
      expect(await tallyAssembly(worker, assemblyId)).toBe(2);
      expect(sent.filter((answer) => answer.status !== 201)).toEqual([]);
      sent.push(...(await during), ...(await Promise.all(ballots.slice(2 * third).map(cast))));

      expect(sent.filter((answer) => answer.status !== 201 && answer.status !== 409)).toEqual([]);
      expect(sent.filter((answer) => answer.status === 409).every((answer) => answer.code === 'motion_closed')).toBe(
        true,
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
        // Every receipt handed out is among those counted, and nothing else is.
        expect([...tally.receipts].sort()).toEqual(
          accepted.map((answer) => receiptHash(motion.id, answer.receipt!.receipt)).sort(),
        );
        const counts = tally.result.counts;
        expect(counts.for + counts.against + counts.abstain).toBe(accepted.length);
        expect(counts.against).toBe(accepted.filter((answer) => answer.memberNo % 3 === 0).length);
      }
    } finally {
      redis.disconnect();
    }
  });
});
