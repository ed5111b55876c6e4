import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { OutboxResponse } from '@shared/api/service';
import type { MotionsResponse } from '@shared/api/voting';
import type { Motion } from '@shared/schemas/voting';
import { connectRedis } from '../../server/redis/connection';
import { createContext } from '../../server/context';
import { eventually, startPlatform, TestClient } from './support';

const day = 86_400_000;
const hour = 3_600_000;
const opensAt = Date.parse('2027-06-12T08:00:00Z');
const closesAt = opensAt + day;

describe('the close when the clock of the machine jumps', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let assemblyId = '';

  beforeAll(async () => {
    // The machine's own clock, as the worker and BullMQ's timers read it; it still runs.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(opensAt - 20 * day);
    platform = await startPlatform();
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'ordinary',
        title: 'Summer ordinary assembly',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    assemblyId = created.assembly.id;
    await table.post(`/api/assemblies/${assemblyId}/agenda`, { kind: 'ordinary_decision', title: 'Budget 2028' });
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
    // Once the convocations are out, the timed jobs of the assembly (the close among them) are scheduled.
    await table.convocationsSent(assemblyId);
  });
  afterAll(async () => {
    await platform?.close();
    vi.useRealTimers();
  });

  it(
    'closes once, counting the votes and drafting the minutes, when the clock jumps from the open room to hours after the close',
    { timeout: 60_000 },
    async () => {
      vi.setSystemTime(opensAt + hour);
      const { assembly } = await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`);
      const opened = await table.post(`/api/assemblies/${assemblyId}/motions`, {
        itemId: assembly.agenda[0]!.id,
        kind: 'ordinary_decision',
        title: 'Budget 2028',
        text: 'The budget 2028 is adopted.',
        secret: false,
      });
      expect(opened.status).toBe(201);
      const motion = (await opened.json()) as Motion;
      const ekaterina = await platform.client().signIn('ekaterina.smoroda@example.org');
      const { castable } = await ekaterina.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
      expect(
        (
          await ekaterina.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/ballots`, {
            ballots: castable.map(({ memberNo }) => ({ memberNo, choice: 'for' })),
          })
        ).status,
      ).toBe(201);
      const resultsBefore = (await table.json<OutboxResponse>('/api/outbox')).messages.filter((message) =>
        /results|résultats/.test(message.subject),
      ).length;

      // The machine wakes up (or its clock is corrected) three hours after the close: nobody reads the room.
      vi.setSystemTime(closesAt + 3 * hour);
      const redis = connectRedis(platform.config.REDIS_URL);
      const ctx = createContext(redis, platform.config);
      try {
        const minutes = await eventually(
          async () => (await ctx.minutes.version(assemblyId, 1)) ?? undefined,
          'the minutes drafted by the closing job',
          30_000,
        );
        const tally = (await ctx.votes.tally(motion.id))!;
        expect(tally.result).toMatchObject({ outcome: 'adopted', counts: { for: 24, against: 0 } });
        expect(
          minutes.version.content.items.flatMap((item) => item.motions).find((entry) => entry.title === 'Budget 2028')
            ?.result?.outcome,
        ).toBe('adopted');

        // Once: one count, one draft, one results e-mail per person, however many late jobs woke up.
        const results = await eventually(
          async () => {
            const mails = (await table.json<OutboxResponse>('/api/outbox')).messages.filter((message) =>
              /results|résultats/.test(message.subject),
            );
            return mails.length - resultsBefore >= 26 ? mails.slice(0, mails.length - resultsBefore) : undefined;
          },
          'the results e-mails',
          20_000,
        );
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const audit = await ctx.audit.latest({ count: 5000 });
        expect(
          audit.filter((entry) => entry.action === 'motion.counted' && entry.subject === `motion:${motion.id}`),
        ).toHaveLength(1);
        expect(
          audit.filter((entry) => entry.action === 'minutes.drafted' && entry.subject === `assembly:${assemblyId}`),
        ).toHaveLength(1);
        expect(new Set(results.map((mail) => mail.to.join())).size).toBe(results.length);
        expect(
          (await table.json<OutboxResponse>('/api/outbox')).messages.filter((message) =>
            /results|résultats/.test(message.subject),
          ).length - resultsBefore,
        ).toBe(results.length);
      } finally {
        redis.disconnect();
      }
    },
  );
});
