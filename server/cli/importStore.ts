import { resolve } from 'node:path';
import { loadConfig } from '../config';
import { createContext } from '../context';
import { checkRedisServer } from '../redis/connection';
import { restoreStore } from '../commands/restoreStore';
import { ImportRefused } from '../store/portable';
import { closeQueues } from '../queue/queues';
import { runCommand, withInstallRedis } from './installRedis';

/**
 * `npm run import -- file`: restores a file of `npm run export` into this install's empty store,
 * then schedules again the reminders and room timers of the assemblies still to come or open.
 */
runCommand('import', async () => {
  const config = loadConfig();
  const given = process.argv[2];
  if (!given) throw new ImportRefused('Name the file to import: npm run import -- path/to/agora-export.jsonl.gz');
  const file = resolve(given);
  const interrupted = `import: interrupted; the store under the prefix "${config.REDIS_PREFIX}" may hold part of the file. Empty it before importing again.`;
  await withInstallRedis(
    config,
    async (redis, url) => {
      for (const warning of await checkRedisServer(redis, url)) console.warn(`import: ${warning}`);
      const ctx = createContext(redis, config);
      try {
        const { summary, rescheduled } = await restoreStore(ctx, file);
        console.log(`import: ${summary.keys} keys restored under the prefix "${config.REDIS_PREFIX}" from ${file}.`);
        if (rescheduled.length > 0)
          console.log(
            `import: reminders and room timers scheduled again for ${rescheduled.map((assembly) => `"${assembly.title}"`).join(', ')}.`,
          );
      } finally {
        await closeQueues(ctx.queues);
      }
    },
    interrupted,
  );
});
