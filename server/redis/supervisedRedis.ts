import { startEmbeddedRedis, type EmbeddedRedis, type EmbeddedRedisOptions } from './embeddedRedis';

export interface SupervisedRedis {
  url: string;
  port: number;
  /** The process id of the redis-server running now, if one runs. */
  pid(): number | undefined;
  /** Stops supervising, asks redis-server to write its data and exit, and waits until it has. */
  stop(): Promise<void>;
}

/** More deaths than this within a minute is a Redis that cannot run here: it is not started again. */
const maxRestartsPerMinute = 5;

/**
 * Runs the embedded redis-server and starts it again if it dies (a kill -9, the out-of-memory
 * killer), on the same data folder, port and settings: the web process and the worker reconnect to
 * the same address by themselves, and the append-only file brings back every acknowledged write.
 */
export async function superviseEmbeddedRedis(
  options: EmbeddedRedisOptions,
  log: Pick<Console, 'log' | 'error'> = console,
): Promise<SupervisedRedis> {
  let current: EmbeddedRedis | null = await startEmbeddedRedis(options);
  // The same port on every restart: the other processes know Redis by its address.
  const settings: EmbeddedRedisOptions = { ...options, port: current.port };
  let stopping = false;
  let restarting: Promise<void> | null = null;
  let restarts: number[] = [];

  const restart = async (): Promise<void> => {
    while (!stopping) {
      const now = Date.now();
      restarts = [...restarts.filter((at) => now - at < 60_000), now];
      if (restarts.length > maxRestartsPerMinute) {
        log.error(`agora: Redis stopped ${restarts.length} times in a minute; not starting it again.`);
        return;
      }
      try {
        const started = await startEmbeddedRedis(settings);
        if (stopping) {
          await started.stop();
          return;
        }
        watch(started);
        log.log(`agora: Redis running again on port ${started.port}.`);
        return;
      } catch (error) {
        log.error(`agora: Redis could not start again: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  };

  const watch = (server: EmbeddedRedis) => {
    current = server;
    server.process.once('exit', (code, signal) => {
      if (stopping || current !== server) return;
      current = null;
      log.error(`agora: Redis stopped unexpectedly (${code ?? signal}); starting it again.`);
      restarting = restart().finally(() => (restarting = null));
    });
  };
  watch(current);

  return {
    url: current.url,
    port: current.port,
    pid: () => current?.process.pid,
    async stop() {
      stopping = true;
      await restarting;
      await current?.stop();
    },
  };
}
