import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { closeQueues } from '../../server/queue/queues';
import { createContext } from '../../server/context';
import { connectRedis } from '../../server/redis/connection';
import { redisKeys } from '../../server/store/keys';
import { testConfig } from './support';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the governing texts on a fresh store (R.12: version 0 is the founding one)', () => {
  it('reads version 0 of the statutes and of the internal rules before anything was written', async () => {
    const config = testConfig();
    const redis = connectRedis(config.REDIS_URL);
    const ctx = createContext(redis, config);
    try {
      expect(
        await redis.exists(
          redisKeys(ctx.config.REDIS_PREFIX).textVersions('statutes'),
          redisKeys(ctx.config.REDIS_PREFIX).textVersions('rules'),
        ),
      ).toBe(0);
      const [statutes, rules] = await Promise.all([ctx.texts.versions('statutes'), ctx.texts.versions('rules')]);
      expect(statutes.map((version) => version.number)).toEqual([0]);
      expect(rules.map((version) => version.number)).toEqual([0]);
      expect(statutes[0]).toMatchObject({
        text: 'statutes',
        assemblyId: null,
        motionId: null,
        adoptedAt: '2013-11-03T23:00:00.000Z',
      });
      expect(
        statutes[0]!.content.startsWith(
          'Together, Réseau International des Territoires de Coresponsabilité\nStatuts\n',
        ),
      ).toBe(true);
      expect(statutes[0]!.content).toContain('Article 12 – Règlement Intérieur et modifications');
      expect(statutes[0]!.content).not.toContain('Annexe 2');
      expect(
        rules[0]!.content.startsWith(
          'Together, Réseau International des Territoires de Coresponsabilité\nRèglement intérieur\n',
        ),
      ).toBe(true);
      expect(rules[0]!.content).toContain('La présente version constitue la version n° 0 du règlement intérieur');
      expect(rules[0]!.digest).toBe(sha256(rules[0]!.content));
      // Reading again, or a second start, writes nothing more.
      expect(await ctx.texts.ensureFounding()).toBe(false);
      expect(await redis.hlen(redisKeys(ctx.config.REDIS_PREFIX).textVersions('rules'))).toBe(1);
    } finally {
      await closeQueues(ctx.queues);
      redis.disconnect();
    }
  });
});
