import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../config';
import { redisKeys } from '../store/keys';
import { exportStore } from '../store/portable';
import { runCommand, withInstallRedis } from './installRedis';

/**
 * `npm run export [-- file]`: the whole store of this install in one portable file, by default
 * DATA_DIR/agora-export-<date>.jsonl.gz. Restore it with `npm run import -- file` (docs/backup.md).
 */
runCommand('export', async () => {
  const config = loadConfig();
  const today = new Date();
  const day = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  const file = resolve(process.argv[2] ?? join(config.DATA_DIR, `agora-export-${day}.jsonl.gz`));
  mkdirSync(dirname(file), { recursive: true });
  const summary = await withInstallRedis(config, (redis) => exportStore(redis, redisKeys(config.REDIS_PREFIX), file));
  if (summary.keys === 0)
    console.warn(
      `export: the store under the prefix "${config.REDIS_PREFIX}" is empty: check REDIS_PREFIX, and REDIS_URL or DATA_DIR.`,
    );
  const megabytes = (statSync(file).size / 1048576).toFixed(1);
  console.log(
    `export: ${summary.keys} keys of the prefix "${config.REDIS_PREFIX}" written to ${file} (${megabytes} MB).`,
  );
});
