import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../server/redis/connection';
import { createContext, type Context } from '../../server/context';
import { closeQueues } from '../../jobs/queues';
import { seedDemoAssemblies } from '../../server/seed/demoAssemblies';
import { seedRegister, testConfig } from './support';
import { verifyAudit } from '../../server/commands/verifyAudit';
import type { Assembly } from '@shared/schemas/assembly';

describe('the demo: an assembly already held, with what its minutes are made of', () => {
  const config = testConfig();
  let ctx: Context;
  let held: Assembly;

  beforeAll(async () => {
    const now = new Date();
    await seedRegister(config, now);
    ctx = createContext(connectRedis(config.REDIS_URL), config);
    expect(await seedDemoAssemblies(ctx, now)).toBe(3);
    held = (await ctx.assemblies.all()).find((assembly) => Date.parse(assembly.closesAt) < now.getTime())!;
  });
  afterAll(async () => {
    await closeQueues(ctx.queues);
    ctx.redis.disconnect();
  });

  it('was attended, with proxies, a discussion with a hidden message, and two counted votes', async () => {
    const attendance = await ctx.room.attendance(held.id);
    expect(attendance.has(33)).toBe(true); // Ekaterina's members
    expect(attendance.has(57)).toBe(true); // Samuel's
    const { proxies } = await ctx.proxies.list(held.id);
    expect(proxies.map((proxy) => [proxy.grantorMemberNo, proxy.holderMemberNo])).toEqual([[24, 33], [66, 57]]);
    const { messages } = await ctx.room.all(held.id);
    expect(messages).toHaveLength(6);
    expect(messages.filter((message) => message.hidden).map((message) => message.hidden?.reason)).toEqual(['Message publicitaire sans rapport avec l’ordre du jour.']);
    const motions = await ctx.votes.motions(held.id);
    const tallies = await Promise.all(motions.map((motion) => ctx.votes.tally(motion.id)));
    expect(tallies.map((tally) => tally?.result.outcome)).toEqual(['adopted', 'adopted']);
    // Member 24's own vote (Manuela's) replaced the one its proxy holder cast for it; the history keeps both.
    const ballots = await ctx.votes.namedBallots(motions[0]!.id);
    expect(ballots.find((ballot) => ballot.memberNo === 24)?.castAs).toBe('own');
    expect((await ctx.votes.ballotHistory(motions[0]!.id)).filter((ballot) => ballot.memberNo === 24).map((ballot) => ballot.castAs)).toEqual(['proxy', 'own']);
  });

  it('leaves an audit trail that holds', async () => {
    const verdict = await verifyAudit(ctx);
    expect(verdict.problems).toEqual([]);
  });
});
