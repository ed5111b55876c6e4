import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmbeddedRedis } from '../../server/redis/embeddedRedis';
import { redisKeys } from '../../server/store/keys';
import { uniquePrefix } from './support';
import { exportedStore, runCli } from './exportImportSupport';

describe('export and import of the whole store', () => {
  const store = exportedStore();
  const { dir, exported } = store;

  it('runs as npm run export / import with REDIS_URL: the same bytes, and a refusal exits with 2 in one line', async () => {
    const { platform, source } = store;
    const file = join(dir, 'cli.jsonl.gz');
    const exportedByCli = await runCli('exportStore', [file], {
      REDIS_URL: platform.config.REDIS_URL,
      REDIS_PREFIX: redisKeys(source.config.REDIS_PREFIX).prefix,
      DATA_DIR: dir,
    });
    expect(exportedByCli.code, exportedByCli.stderr).toBe(0);
    expect(exportedByCli.stdout).toContain(
      `keys of the prefix "${redisKeys(source.config.REDIS_PREFIX).prefix}" written to ${file}`,
    );
    expect(readFileSync(file).equals(readFileSync(exported))).toBe(true);

    const prefix = uniquePrefix();
    const imported = await runCli('importStore', [file], {
      REDIS_URL: platform.config.REDIS_URL,
      REDIS_PREFIX: prefix,
      DATA_DIR: dir,
    });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`restored under the prefix "${prefix}"`);

    const twice = await runCli('importStore', [file], {
      REDIS_URL: platform.config.REDIS_URL,
      REDIS_PREFIX: prefix,
      DATA_DIR: dir,
    });
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim().split('\n').at(-1)).toMatch(
      new RegExp(
        `^import: The store under the prefix "${prefix}" already holds data .*an export is imported only into an empty store\\.$`,
      ),
    );
  }, 60_000);

  it('runs without REDIS_URL on the data folder: starts its own Redis and stops it, or uses the one running', async () => {
    const data = join(dir, 'data');
    const imported = await runCli('importStore', [exported], { DATA_DIR: data });
    expect(imported.code, imported.stderr).toBe(0);
    const pidFile = join(data, 'redis', 'redis.pid');
    expect(existsSync(pidFile)).toBe(false); // stopped after the command, its data saved

    const exportedByCli = await runCli('exportStore', [], { DATA_DIR: data });
    expect(exportedByCli.code, exportedByCli.stderr).toBe(0);
    const file = /written to (.*\.jsonl\.gz)/.exec(exportedByCli.stdout)?.[1] ?? '';
    expect(file).toMatch(new RegExp(`${data}/agora-export-\\d{4}-\\d{2}-\\d{2}\\.jsonl\\.gz$`));
    expect(readFileSync(file).equals(readFileSync(exported))).toBe(true);

    // While Agora runs (its Redis on the data folder), the command uses that server and leaves it running.
    const running = await startEmbeddedRedis({ dir: join(data, 'redis') });
    try {
      const whileRunning = await runCli('exportStore', [join(dir, 'while-running.jsonl.gz')], { DATA_DIR: data });
      expect(whileRunning.code, whileRunning.stderr).toBe(0);
      expect(readFileSync(join(dir, 'while-running.jsonl.gz')).equals(readFileSync(exported))).toBe(true);
      expect(running.process.exitCode).toBeNull();
      const refused = await runCli('importStore', [exported], { DATA_DIR: data });
      expect(refused.code).toBe(2);
    } finally {
      await running.stop();
    }
  }, 90_000);
});
