import { join, resolve } from 'node:path';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { connectRedis, describeRedis, redisTargetOf, type RedisTarget } from '../redis/connection';
import { runningEmbeddedRedis, startEmbeddedRedis, type EmbeddedRedis } from '../redis/embeddedRedis';
import { exitWithError } from '../process/shutdown';
import { ImportRefused } from '../store/portable';

/**
 * Runs `use` on the install's Redis, as `npm start` finds it: REDIS_URL or the sentinels' primary when set, otherwise the
 * redis-server running on DATA_DIR/redis, or, when none runs, one started for the duration of the
 * command and stopped after it (which saves its data).
 */
export async function withInstallRedis<T>(
  config: Config,
  use: (redis: Redis, target: RedisTarget) => Promise<T>,
  onInterrupt = 'interrupted.',
): Promise<T> {
  let embedded: EmbeddedRedis | null = null;
  let url = redisTargetOf(config) ?? undefined;
  if (!url) {
    const dir = resolve(join(config.DATA_DIR, 'redis'));
    url = (await runningEmbeddedRedis(dir))?.url;
    if (!url) {
      embedded = await startEmbeddedRedis({ dir });
      url = embedded.url;
    }
  }
  // The embedded server runs in its own process group: Ctrl-C stops it here, not with us.
  const onSignal = () => {
    console.error(onInterrupt);
    void (embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const redis = connectRedis(url, { lazyConnect: true, retryStrategy: (attempt) => (attempt > 5 ? null : 200) });
  try {
    await redis.connect().catch(() => {
      throw new Error(`Cannot reach the Redis at ${describeRedis(url)}.`);
    });
    return await use(redis, url);
  } finally {
    redis.disconnect();
    await embedded?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * Runs a command-line command: exits with the code it set (0 by default); a refused import says
 * why in one line and exits with 2, other failures with 1.
 */
export function runCommand(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof ImportRefused) {
        console.error(`${name}: ${error.message}`);
        process.exit(2);
      }
      // A sentence meant for people is printed as it is; an unexpected failure keeps its stack.
      const bug =
        error instanceof TypeError ||
        error instanceof ReferenceError ||
        error instanceof RangeError ||
        error instanceof SyntaxError;
      if (error instanceof Error && !bug) {
        console.error(`${name}: ${error.message}`);
        process.exit(1);
      }
      exitWithError(error);
    },
  );
}
