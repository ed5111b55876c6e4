import { loadConfig, ConfigError, publicUrl } from './config';
import { exitWithError, stopOnSignals } from './process/shutdown';
import { startWeb } from './web';

/** `npm run start:web`: one web process, for an install that runs its processes separately. */
async function main() {
  const config = loadConfig();
  if (!config.REDIS_URL) {
    throw new ConfigError(
      'The web process alone needs REDIS_URL (e.g. REDIS_URL=redis://127.0.0.1:6379). Use "npm start" to run everything with its own Redis.',
    );
  }
  const web = await startWeb({ ...config, REDIS_URL: config.REDIS_URL });
  console.log(`web: listening on port ${web.port} (${publicUrl(config, web.port)})`);
  process.send?.({ type: 'ready', process: 'web', port: web.port });
  stopOnSignals('web', () => web.close());
}

main().catch(exitWithError);
