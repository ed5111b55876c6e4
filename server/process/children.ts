import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Supervised {
  name: string;
  /** Resolves when the process said it is ready; rejects if it exits before. */
  ready: Promise<{ port?: number }>;
  stop(): Promise<void>;
}

const tsxLoader = import.meta.resolve('tsx');

/**
 * Runs a TypeScript entry point as a child process and starts it again if it dies, as a process
 * supervisor would on a single-machine install. Stopping sends SIGTERM and waits for the exit.
 */
export function supervise(name: string, entry: URL, env: NodeJS.ProcessEnv): Supervised {
  let child: ChildProcess;
  let stopping = false;
  let restarts: number[] = [];
  let markReady: (value: { port?: number }) => void = () => {};
  let failStart: (error: Error) => void = () => {};
  let started = false;
  const ready = new Promise<{ port?: number }>((resolve, reject) => {
    markReady = resolve;
    failStart = reject;
  });

  const launch = () => {
    child = fork(fileURLToPath(entry), [], {
      execArgv: ['--import', tsxLoader],
      env,
      stdio: 'inherit',
      // Its own process group: Ctrl-C reaches the launcher, which stops the children in order.
      detached: true,
    });
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message?.type !== 'ready') return;
      if (!started) {
        started = true;
        markReady({ port: message.port });
      } else {
        console.log(`${name}: running again`);
      }
    });
    child.on('exit', (code, signal) => {
      if (stopping) return;
      if (!started) {
        failStart(new Error(`${name} could not start (exit code ${code ?? signal}).`));
        return;
      }
      const now = Date.now();
      restarts = [...restarts.filter((at) => now - at < 60_000), now];
      if (restarts.length > 5) {
        console.error(`${name}: stopped ${restarts.length} times in a minute; not starting it again.`);
        return;
      }
      console.error(`${name}: stopped unexpectedly (${code ?? signal}); starting it again.`);
      setTimeout(() => !stopping && launch(), 500);
    });
  };
  launch();

  return {
    name,
    ready,
    stop: () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      });
    },
  };
}
