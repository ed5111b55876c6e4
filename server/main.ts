import { loadConfig, publicUrl } from './config';
import { exitWithError, stopOnSignals } from './process/shutdown';
import { startWeb } from './web';

/** `npm run start:web`: one web process, for an install that runs its processes separately. */
async function main() {
  const config = loadConfig();
  const web = await startWeb(config);
  console.log(`web: listening on port ${web.port} (${publicUrl(config, web.port)})`);
  process.send?.({ type: 'ready', process: 'web', port: web.port });
  stopOnSignals('web', () => web.close());
}

main().catch(exitWithError);
