import { ConfigError, loadConfig } from '../server/config';
import { exitWithError, stopOnSignals } from '../server/process/shutdown';
import { startWorker } from './worker';

/** `npm run start:worker`: one job worker, for an install that runs its processes separately. */
async function main() {
  const config = loadConfig();
  if (!config.REDIS_URL) {
    throw new ConfigError(
      'The worker alone needs REDIS_URL (e.g. REDIS_URL=redis://127.0.0.1:6379). Use "npm start" to run everything with its own Redis.',
    );
  }
  const worker = await startWorker({ ...config, REDIS_URL: config.REDIS_URL });
  console.log(`worker: ready (mail: ${worker.mailMode === 'outbox' ? 'built-in outbox' : 'relay'})`);
  process.send?.({ type: 'ready', process: 'worker' });
  stopOnSignals('worker', () => worker.close());
}

main().catch(exitWithError);
