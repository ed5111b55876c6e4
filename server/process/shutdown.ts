/**
 * Runs `stop` once on SIGINT or SIGTERM (Ctrl-C, a supervisor, the launcher), then exits.
 * A second signal while stopping exits at once.
 */
export function stopOnSignals(name: string, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`${name}: ${signal} again, exiting now`);
      process.exit(1);
    }
    stopping = true;
    const force = setTimeout(() => {
      console.error(`${name}: still stopping after 15 s, exiting`);
      process.exit(1);
    }, 15_000);
    force.unref();
    stop().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`${name}: error while stopping: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Started by `npm start`: if the launcher dies without a word, stop too rather than linger.
  if (process.connected) process.on('disconnect', () => !stopping && onSignal('SIGTERM'));
}

/** Prints a startup failure as the sentence it carries (no stack for errors meant for people). */
export function exitWithError(error: unknown): never {
  const code = (error as { code?: string; port?: number }).code;
  if (code === 'EADDRINUSE') {
    console.error(
      `Port ${(error as { port?: number }).port} is already in use: stop the program using it, or choose another port, e.g. PORT=3001 npm start`,
    );
    process.exit(1);
  }
  const known =
    error instanceof Error && /Error$/.test(error.name) && error.name !== 'Error' && error.name !== 'TypeError';
  console.error(known ? (error as Error).message : error);
  process.exit(1);
}
