import { SMTPServer } from 'smtp-server';

/**
 * A local SMTP receiver for benchmarks, in its own process so it does not share a core's time
 * with what is measured: it accepts every message, drains it, and counts. Prints its port, then a
 * count each time it is asked on stdin.
 */
let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      received++;
      callback();
    });
  },
});
server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  process.stdout.write(`port ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.stdin.on('data', () => process.stdout.write(`received ${received}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
