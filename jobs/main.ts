import { loadConfig } from '../server/config';
import { exitWithError, stopOnSignals } from '../server/process/shutdown';
import { startWorker } from './worker';

/** `npm run start:worker`: one job worker, for an install that runs its processes separately. */
async function main() {
  const config = loadConfig();
  const worker = await startWorker(config);
  console.log(`worker: ready (mail: ${worker.mailMode === 'outbox' ? 'built-in outbox' : 'relay'})`);
  process.send?.({ type: 'ready', process: 'worker' });
  stopOnSignals('worker', () => worker.close());
}

main().catch(exitWithError);
