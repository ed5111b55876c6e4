import type { Actor } from '@shared/rules/permissions';
import type { Assembly } from '@shared/schemas/assembly';
import { configSchema } from '../server/config';
import { connectRedis, type SentinelTarget } from '../server/redis/connection';
import { createContext } from '../server/context';
import { closeQueues } from '../server/queue/queues';
import { freePort } from '../server/process/freePort';
import { openMotion } from '../server/commands/openMotion';
import { startSentinelCluster, type SentinelCluster } from '../tests/sentinelCluster';
import { benchAgoraRoom, type Delivery } from './room';
import { elapsed, percentile, signedInRepresentatives, spawnProcess, stopProcess } from './support';

export interface BallotFigures {
  ballotsPerSecond: number;
  p50: number;
  p99: number;
  refused: number;
}
export interface ReplicaRun {
  /** Replicas that confirm each acknowledged write (REDIS_REPLICA_ACKS). */
  acks: number;
  room: Delivery;
  ballots: BallotFigures;
}
export interface Failover {
  /** From the kill -9 of the primary to the sentinels agreeing on a new one. */
  switchedMs: number;
  /** From the kill to the first ballot answered with its receipt again. */
  receiptMs: number;
  /** Ballots answered 503 meanwhile (a person's form says "try again in a few seconds"). */
  refused: number;
  /** Ballots answered otherwise meanwhile (another status, or no answer). */
  failed: number;
}
export interface ReplicaFigures {
  runs: ReplicaRun[];
  failovers: Failover[];
  downAfterMs: number;
  failoverTimeoutMs: number;
}

const hour = 3_600_000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function benchTarget(cluster: SentinelCluster): SentinelTarget {
  return {
    sentinels: cluster.sentinels.split(',').map((entry) => {
      const [host = '', port = ''] = entry.split(':');
      return { host, port: Number(port) };
    }),
    name: cluster.name,
  };
}

/** An open assembly of `voters` members, each represented by a person signed in, with one named vote open. */
async function openVote(cluster: SentinelCluster, env: Record<string, string>, voters: number) {
  const config = configSchema.parse({ ...env, PORT: '0' });
  const connection = connectRedis(benchTarget(cluster));
  const ctx = createContext(connection, config);
  const now = new Date();
  const cookies = await signedInRepresentatives(ctx, voters, now);
  const assembly: Assembly = {
    id: 'abenchvote',
    kind: 'ordinary',
    title: 'Bench',
    opensAt: new Date(now.getTime() - hour).toISOString(),
    closesAt: new Date(now.getTime() + 23 * hour).toISOString(),
    referenceTimeZone: 'Europe/Brussels',
    hybrid: false,
    status: 'convened',
    createdAt: now.toISOString(),
    createdBy: 'bench',
    agenda: [
      {
        id: 'i1',
        kind: 'ordinary_decision',
        title: 'Accounts',
        description: '',
        subjectMemberNo: null,
        documentIds: [],
        addedAt: now.toISOString(),
      },
    ],
    dispatches: [{ no: 1, at: now.toISOString(), by: 'bench', reason: 'convocation' }],
    unsentChanges: false,
    cancelled: null,
  };
  await ctx.assemblies.create(assembly);
  const table: Actor = { personId: 'bench', name: 'Bench', secretariat: false, represents: [], seats: [] };
  const motion = await openMotion(ctx, table, assembly.id, {
    itemId: 'i1',
    kind: 'ordinary_decision',
    title: 'Accounts',
    text: 'The accounts are approved.',
    secret: false,
    subjectMemberNo: null,
    agendaChange: null,
    amendedText: null,
  });
  await closeQueues(ctx.queues);
  connection.disconnect();
  const port = await freePort();
  const { child } = await spawnProcess(
    ['server/main.ts'],
    { ...env, PORT: String(port), HOST: '127.0.0.1' },
    /listening on port/,
  );
  const path = `http://127.0.0.1:${port}/api/assemblies/${assembly.id}/motions/${motion.id}/ballots`;
  /** One member's named ballot, cast again (the last counts): its status and how long it took. */
  const cast = async (voter: number): Promise<{ status: number; ms: number }> => {
    const start = process.hrtime.bigint();
    const response = await fetch(path, {
      method: 'POST',
      headers: { cookie: cookies[voter]!, 'content-type': 'application/json' },
      body: JSON.stringify({ ballots: [{ memberNo: voter + 1, choice: voter % 2 ? 'for' : 'against' }] }),
    }).catch(() => null);
    await response?.arrayBuffer();
    return { status: response?.status ?? 0, ms: elapsed(start) };
  };
  return { cast, stop: () => stopProcess(child) };
}

/** `concurrency` people casting their ballots again and again for `seconds`, after a second not counted. */
async function ballotThroughput(
  cast: (voter: number) => Promise<{ status: number; ms: number }>,
  voters: number,
  concurrency: number,
  seconds: number,
): Promise<BallotFigures> {
  let timing = false;
  let stop = false;
  const latencies: number[] = [];
  let refused = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, lane) => {
      for (let round = 0; !stop; round++) {
        const { status, ms } = await cast((lane + round * concurrency) % voters);
        if (!timing) continue;
        if (status === 201) latencies.push(ms);
        else refused++;
      }
    }).concat(
      (async () => {
        await sleep(1000);
        timing = true;
        await sleep(seconds * 1000);
        stop = true;
      })(),
    ),
  );
  const sorted = latencies.sort((a, b) => a - b);
  return {
    ballotsPerSecond: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    refused,
  };
}

/** Ballots cast without pause while the primary is killed -9: how long until receipts come back. */
async function failoverUnderBallots(
  cluster: SentinelCluster,
  cast: (voter: number) => Promise<{ status: number; ms: number }>,
  voters: number,
): Promise<Failover> {
  await cluster.untilSteady();
  let stop = false;
  let killedAt = Number.POSITIVE_INFINITY;
  let receiptAt = 0;
  let refused = 0;
  let failed = 0;
  const lanes = Array.from({ length: 8 }, async (_, lane) => {
    for (let round = 0; !stop; round++) {
      const sentAt = Date.now();
      const { status } = await cast((lane + round * 8) % voters);
      // A receipt for a ballot sent before the kill was the old primary's: it says nothing of the recovery.
      if (sentAt < killedAt) continue;
      if (status === 201) receiptAt ||= Date.now();
      else if (status === 503) refused++;
      else failed++;
      if (status !== 201) await sleep(50);
    }
  });
  await sleep(1000);
  const { port, at } = await cluster.killPrimary();
  killedAt = at;
  await cluster.untilSwitched(port);
  const switchedMs = Date.now() - at;
  while (!receiptAt && Date.now() - at < 60_000) await sleep(20);
  stop = true;
  await Promise.all(lanes);
  await cluster.restartAsReplica(port);
  return { switchedMs, receiptMs: receiptAt - at, refused, failed };
}

/**
 * The cost of the replicas' confirmation and the time a failover takes, on loopback: one primary,
 * two replicas and three sentinels. The same room and the same ballots, first with no replica
 * confirming (REDIS_REPLICA_ACKS=0), then with one (the default behind sentinels); then the
 * primary killed -9 three times under a steady flow of ballots.
 */
export async function benchReplicas(): Promise<ReplicaFigures> {
  const cluster = await startSentinelCluster();
  try {
    const runs: ReplicaRun[] = [];
    for (const acks of [0, 1]) {
      const env = {
        REDIS_SENTINELS: cluster.sentinels,
        REDIS_SENTINEL_NAME: cluster.name,
        REDIS_REPLICA_ACKS: String(acks),
      };
      const { agora: room } = await benchAgoraRoom(200, 20, 1, 5, {
        target: benchTarget(cluster),
        env: { ...env, REDIS_PREFIX: `benchroomacks${acks}` },
      });
      const vote = await openVote(cluster, { ...env, REDIS_PREFIX: `benchvoteacks${acks}` }, 500);
      const ballots = await ballotThroughput(vote.cast, 500, 32, 5);
      await vote.stop();
      runs.push({ acks, room, ballots });
    }
    const env = {
      REDIS_SENTINELS: cluster.sentinels,
      REDIS_SENTINEL_NAME: cluster.name,
      REDIS_PREFIX: 'benchfailover',
    };
    const vote = await openVote(cluster, env, 100);
    const failovers: Failover[] = [];
    for (let kill = 0; kill < 3; kill++) {
      // A sentinel that took part in a failover waits twice the failover timeout before another.
      if (kill > 0) await sleep(2 * cluster.failoverTimeoutMs + 500);
      failovers.push(await failoverUnderBallots(cluster, vote.cast, 100));
    }
    await vote.stop();
    return { runs, failovers, downAfterMs: cluster.downAfterMs, failoverTimeoutMs: cluster.failoverTimeoutMs };
  } finally {
    await cluster.stop();
  }
}

export const replicaMarkers = {
  start: '<!-- replicas: rewritten by BENCH_ONLY=replicas npm run bench -->',
  end: '<!-- /replicas -->',
};

/** The replicas' section of docs/benchmarks.md, between its markers so that it can be rewritten alone. */
export function replicasReport(figures: ReplicaFigures, date: Date): string {
  const [without, withAck] = figures.runs;
  const row = (run: ReplicaRun | undefined, label: string) =>
    run
      ? `| ${label} | ${run.room.p50.toFixed(1)} | ${run.room.p99.toFixed(1)} | ${run.room.delivered} of ${run.room.expected} | ${run.ballots.ballotsPerSecond.toFixed(0)} | ${run.ballots.p50.toFixed(1)} | ${run.ballots.p99.toFixed(1)} | ${run.ballots.refused} |`
      : '';
  const max = (values: number[]) => Math.max(...values);
  return `${replicaMarkers.start}
## Replicas and failover

Measured on ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`BENCH_ONLY=replicas npm run bench\` (also part of \`npm run bench\`).
On loopback: one primary and two replicas (AOF, fsync on every write), three sentinels
(\`down-after-milliseconds ${figures.downAfterMs}\`, \`failover-timeout ${figures.failoverTimeoutMs}\`), one web process reaching them
through \`REDIS_SENTINELS\`. The same room (200 participants, 20 messages a second for 5 s, each
delivery timed) and the same ballots (500 members, 32 people casting their ballot again and again
for 5 s, each answered with its receipt), first acknowledged as soon as the primary stored them
(\`REDIS_REPLICA_ACKS=0\`), then only once a replica holds them too (\`1\`, the default behind sentinels).

| replicas confirming | room p50 (ms) | room p99 (ms) | delivered | ballots/s | ballot p50 (ms) | ballot p99 (ms) | refused |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${row(without, 'none (0)')}
${row(withAck, 'one (1)')}

Then the primary killed with -9, three times, while 8 people cast ballots without pause: the time
until all three sentinels name the new primary (the app follows the first sentinel that does, so
receipts can come back a little sooner), and until a ballot sent after the kill gets its receipt
(meanwhile ballots are answered 503, and the form asks to try again; "otherwise" counts any other
answer, or none).

| kill | sentinels switched (ms) | receipts again (ms) | answered 503 meanwhile | answered otherwise |
| ---: | ---: | ---: | ---: | ---: |
${figures.failovers.map((failover, index) => `| ${index + 1} | ${failover.switchedMs} | ${failover.receiptMs} | ${failover.refused} | ${failover.failed} |`).join('\n')}

Target: receipts again within 30 s of the kill (${max(figures.failovers.map((failover) => failover.receiptMs)) < 30_000 ? 'met' : '**not met**'}). Most of it is
\`down-after-milliseconds\` and the sentinels' election; on real machines allow the same plus the
network's round trips.
${replicaMarkers.end}
`;
}
