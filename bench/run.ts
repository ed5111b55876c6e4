import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { benchConvocations, type ConvocationFigures } from './convocations';
import { benchClose, type CloseFigures } from './close';
import { benchRoom, type RoomFigures } from './room';
import { benchBudget, budgetReport } from './budget';
import { concurrencyOf } from '../jobs/worker';
import { benchTimers, type TimerFigures } from './timers';
import { benchSecret, secretReport } from './secret/section';
import { benchReplicas, replicaMarkers, replicasReport, type ReplicaFigures } from './replicas';

const benchmarksFile = new URL('../docs/benchmarks.md', import.meta.url);

/** The replicas' benchmark, printed; alone (BENCH_ONLY=replicas), its section of docs/benchmarks.md is rewritten in place. */
async function replicasBench(): Promise<ReplicaFigures> {
  console.log('bench: the room and ballots with and without a replica confirming, then three failovers...');
  const figures = await benchReplicas();
  for (const run of figures.runs)
    console.log(
      `bench: replicas confirming ${run.acks}: room p50 ${run.room.p50.toFixed(1)} p99 ${run.room.p99.toFixed(1)} ms; ballots ${run.ballots.ballotsPerSecond.toFixed(0)}/s p99 ${run.ballots.p99.toFixed(1)} ms`,
    );
  for (const failover of figures.failovers)
    console.log(
      `bench: failover: sentinels switched after ${failover.switchedMs} ms, receipts again after ${failover.receiptMs} ms`,
    );
  return figures;
}

/**
 * `npm run bench`: every benchmark, each next to its bare-library baseline measured in the same
 * run, written to docs/benchmarks.md with the machine, the command and the date.
 */
async function main() {
  if (process.env.BENCH_ONLY === 'replicas') {
    const section = replicasReport(await replicasBench(), new Date());
    const current = existsSync(benchmarksFile) ? readFileSync(benchmarksFile, 'utf8') : '# Benchmarks\n';
    const start = current.indexOf(replicaMarkers.start);
    const end = current.indexOf(replicaMarkers.end);
    writeFileSync(
      benchmarksFile,
      start >= 0 && end > start
        ? current.slice(0, start) + section.trimEnd() + current.slice(end + replicaMarkers.end.length)
        : `${current.trimEnd()}\n\n${section}`,
    );
    console.log('bench: written to docs/benchmarks.md (the replicas section)');
    process.exit(0);
  }
  const count = Number(process.env.BENCH_CONVOCATIONS ?? 10_000);
  console.log(`bench: ${count} convocations, Agora and bare nodemailer...`);
  const convocations = await benchConvocations(count);
  console.log(
    `bench: bare ${convocations.bare.perSecond.toFixed(0)}/s; ${convocations.agora
      .map(
        (run) =>
          `Agora with ${run.workers} worker(s) ${run.perSecond.toFixed(0)}/s (${(run.ratio * 100).toFixed(0)}%), ${run.seconds.toFixed(1)} s`,
      )
      .join('; ')} for ${count}`,
  );
  const rooms: RoomFigures[] = [];
  for (const [participants, rate, webProcesses] of [
    [200, 2, 1],
    [1000, 20, 1],
    [1000, 20, 2],
  ] as const) {
    console.log(`bench: room of ${participants} participants, ${rate} messages/s, ${webProcesses} web process(es)...`);
    const figures = await benchRoom(participants, rate, webProcesses);
    rooms.push(figures);
    console.log(
      `bench: bare ${figures.bare.deliveriesPerSecond.toFixed(0)} deliveries/s p50 ${figures.bare.p50.toFixed(1)} p99 ${figures.bare.p99.toFixed(1)} ms; Agora ${figures.agora.deliveriesPerSecond.toFixed(0)}/s p50 ${figures.agora.p50.toFixed(1)} p99 ${figures.agora.p99.toFixed(1)} ms, ${figures.agora.delivered}/${figures.agora.expected} delivered`,
    );
  }
  console.log('bench: room timers, 500 at random instants and 100 at the same instant, then across restarts...');
  const timers = await benchTimers();
  console.log(
    `bench: bare BullMQ p99 ${timers.bare.p99.toFixed(0)} ms; Agora p50 ${timers.agora.p50.toFixed(0)} p99 ${timers.agora.p99.toFixed(0)} max ${timers.agora.max.toFixed(0)} ms, ${timers.agora.missed} missed, ${timers.agora.doubled} doubled; across restarts (${timers.restarts.kills.join(', ')}) ${timers.restarts.missed} missed, ${timers.restarts.doubled} doubled`,
  );
  console.log('bench: the close of a vote of 10^3 to 10^5 ballots, from Redis to the stored tally...');
  const tally = await benchClose([1_000, 10_000, 100_000]);
  for (const row of tally)
    console.log(
      `bench: ${row.ballots} ballots: ${row.agoraMs.toFixed(0)} ms (bare read-count-write ${row.bareMs.toFixed(0)} ms)`,
    );
  const replicas = await replicasBench();
  console.log('bench: the room on a slow line (budget)...');
  const budget = await benchBudget(5);
  console.log(
    `bench: the room's JavaScript ${budget.scriptGzipKiB.toFixed(1)} KiB gzipped, on screen after ${(budget.firstRenderMs / 1000).toFixed(2)} s`,
  );
  const secret = await benchSecret([104, 10_000]);
  writeFileSync(
    benchmarksFile,
    `${report(convocations, rooms, timers, tally)}\n${replicasReport(replicas, new Date())}\n${budgetReport(budget, new Date())}\n${secretReport(secret, new Date(), 'npm run bench')}`,
  );
  console.log('bench: written to docs/benchmarks.md');
  process.exit(0);
}

function report(
  convocations: ConvocationFigures,
  rooms: RoomFigures[],
  timers: TimerFigures,
  tally: CloseFigures[],
): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const pass = (ok: boolean) => (ok ? 'met' : '**not met**');
  return `# Benchmarks

Regenerated by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Machine: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}.
Each figure stands next to the bare library measured in the same run, on the same machine, so a
noisy machine moves both.

## Convocations

${convocations.messages.toLocaleString('en')} convocations to a local SMTP receiver (its own process, counting what arrives).
*Bare*: pooled nodemailer (5 connections) in one process, sending the very messages Agora sends
(rendered beforehand by Agora's own code, outside the timing), calendar invitation included.
*Agora*: one click on "convene" for an assembly of that many members, each represented by a person
of its own (Agora sends one e-mail per person), until every delivery is recorded as sent: the
dispatch job, one BullMQ job per person, the person and the members it represents read from Redis, the personal link signed, the e-mail rendered in the reader's language with its
calendar invitation, sent through the same kind of pool, and the delivery state written. The
worker runs in its own process as \`npm run start:worker\` runs it; with two workers, BullMQ
spreads the one dispatch over both.

| | seconds | messages/s | of bare |
| --- | ---: | ---: | ---: |
| bare nodemailer, 1 process | ${convocations.bare.seconds.toFixed(1)} | ${convocations.bare.perSecond.toFixed(0)} | |
${convocations.agora
  .map(
    (run) =>
      `| Agora, ${run.workers} worker process${run.workers > 1 ? 'es' : ''} | ${run.seconds.toFixed(1)} | ${run.perSecond.toFixed(0)} | ${(run.ratio * 100).toFixed(0)} % |`,
  )
  .join('\n')}

Targets: ${convocations.messages.toLocaleString('en')} in under 30 s (${pass(convocations.agora.every((run) => run.seconds < 30))}); at least 80 % of the
bare rate: ${convocations.agora.map((run) => `${run.workers} worker${run.workers > 1 ? 's' : ''} ${pass(run.ratio >= 0.8)}`).join(', ')}. Bare nodemailer keeps one core busy composing
MIME. One Agora worker is bound by one core too, and besides nodemailer's work it reads the
register, signs the link, renders, and keeps BullMQ's and the delivery's records; a second worker
takes the machine's other core.

## The live room

Participants connected with socket.io-client (in the benchmark's process), some of them posting
at a steady rate for 5 s, after 20 untimed messages (a process's first messages run code not yet
optimised); every delivery is timed from the sender's clock to each receiver's. At 2 messages a
second, 1 % of the deliveries is one message: p99 is the slowest message of the ten.
*Bare*: a Socket.IO server (its own process) that broadcasts each post to the room.
*Agora*: the web process(es) as \`npm run start:web\` runs them, each message checked against the
window and the sender's rights, stored in Redis (AOF, fsync always) before it is acknowledged and
broadcast through the Redis streams adapter.

| participants | messages/s | web processes | deliveries/s bare | Agora | p50 bare / Agora (ms) | p99 bare / Agora (ms) | max Agora (ms) | delivered | memory per participant |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rooms
  .map(
    (room) =>
      `| ${room.participants} | ${room.rate} | ${room.webProcesses} | ${room.bare.deliveriesPerSecond.toFixed(0)} | ${room.agora.deliveriesPerSecond.toFixed(0)} | ${room.bare.p50.toFixed(1)} / ${room.agora.p50.toFixed(1)} | ${room.bare.p99.toFixed(1)} / ${room.agora.p99.toFixed(1)} | ${room.agora.max.toFixed(1)} | ${room.agora.delivered} of ${room.agora.expected} | ${room.memoryPerParticipantKiB.toFixed(0)} KiB |`,
  )
  .join('\n')}

Targets: 200 participants at 2 messages/s with p99 under 20 ms (${pass((rooms[0]?.agora.p99 ?? Infinity) < 20)}); 1,000 at 20 messages/s with
p99 under 50 ms and nothing lost (${pass((rooms[1]?.agora.p99 ?? Infinity) < 50 && rooms[1]?.agora.delivered === rooms[1]?.agora.expected)}); a second web process adds under 5 ms
to p99 (${pass((rooms[2]?.agora.p99 ?? Infinity) - (rooms[1]?.agora.p99 ?? 0) < 5)}).

## Room timers

Each assembly's room opens and closes by the clock; a timed job (BullMQ) tells the people in the
room at that instant. ${timers.randomTimers / 2} assemblies open at random instants over 30 s and close 2 to 10 s later
(${timers.randomTimers} timers), and ${timers.sameInstant} more open at the same instant; a participant's connection follows each
room (50 connections). Lateness runs from the instant to when the connection receives the room's
new phase. *Bare*: BullMQ delayed jobs at the same instants, a worker in the benchmark's process
(concurrency ${concurrencyOf.moments}, as Agora's worker runs its moments queue) timed when each job starts. *Agora*: convened as the Table convenes, the worker
and the web process as \`npm run start:worker\` and \`npm run start:web\` run them, the phase sent
through Redis to the web process and on to the connection. Then the same again while the worker,
then the web process, are killed (-9) and started again (${timers.restarts.kills.join(', ')} after the first timer); a
connection that comes back reads the phase as it joins again. *Missed*, as a person sees it: a
join asked after a timer's instant that did not answer its phase at once; *doubled*: a connection
told of the same phase twice. Seed ${timers.seed} (\`TIMERS_SEED\` replays it).

| | timers | seen | p50 (ms) | p99 (ms) | max (ms) | missed | doubled |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| bare BullMQ | ${timers.bare.expected} | ${timers.bare.seen} | ${timers.bare.p50.toFixed(0)} | ${timers.bare.p99.toFixed(0)} | ${timers.bare.max.toFixed(0)} | | |
| Agora | ${timers.agora.expected} | ${timers.agora.seen} | ${timers.agora.p50.toFixed(0)} | ${timers.agora.p99.toFixed(0)} | ${timers.agora.max.toFixed(0)} | ${timers.agora.missed} | ${timers.agora.doubled} |
| Agora, the ${timers.sameInstant} at the same instant | ${timers.agora.sameInstant.expected} | ${timers.agora.sameInstant.seen} | ${timers.agora.sameInstant.p50.toFixed(0)} | ${timers.agora.sameInstant.p99.toFixed(0)} | ${timers.agora.sameInstant.max.toFixed(0)} | | |
| Agora, worker and web killed and restarted | ${timers.restarts.expected} | ${timers.restarts.seen} | | | ${timers.restarts.maxLateMs.toFixed(0)} | ${timers.restarts.missed} | ${timers.restarts.doubled} |

Targets: seen at most 100 ms late at p99 (${pass(timers.agora.p99 <= 100 && timers.agora.missed === 0)}); none missed or doubled across restarts
(${pass(timers.restarts.missed === 0 && timers.restarts.doubled === 0)}). While a process restarts, the timers that fall meanwhile are seen when it is back
(the largest lateness above). Redis wakes a blocked worker on its event loop's rounds: the
embedded Redis runs with \`hz 100\`; at Redis's default of 10 a timer can be up to 100 ms late.

## The close of a vote

One named vote of a register of that many voting members, each ballot stored through the vote
store, then the close as the close job runs it (\`tallyAssembly\`: the ballots, the register and
the presence read from Redis, counted by the rules of R.7, the tally stored with its audit link),
against a bare read of the same ballots (one \`HGETALL\`), a loop adding up the choices and one
\`SET\`, on the same Redis (append-only file, fsync on every write).

| ballots | Agora's close (ms) | bare read-count-write (ms) | Agora / bare |
| ---: | ---: | ---: | ---: |
${tally.map((row) => `| ${row.ballots.toLocaleString('en')} | ${row.agoraMs.toFixed(0)} | ${row.bareMs.toFixed(0)} | ${(row.agoraMs / row.bareMs).toFixed(1)} |`).join('\n')}

Target: 100,000 ballots in under 1 s (${pass((tally.find((row) => row.ballots === 100_000)?.agoraMs ?? Infinity) < 1000)}).
`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
