import type { Result, RoomSnapshot } from '@shared/events';
import type { TestClient } from '../integration/support';
import type { SentinelCluster } from '../sentinelCluster';
import { type seededRandom, sleep } from './support';
import type { RoomClient } from './assemblyUnderKillsSupport';

/** The phases in which the primary is killed, and where in each (a fraction of the phase). */
export function failoverPlans(random: ReturnType<typeof seededRandom>) {
  return {
    convening: random.next(),
    discussion: random.next(),
    // Early enough in the bulk vote that the cluster is whole again for the close.
    voting: 0.1 + random.next() * 0.35,
    close: random.next(),
  };
}
export type FailoverPlans = ReturnType<typeof failoverPlans>;

/** One kill of the primary and what followed, in milliseconds from the kill. */
export interface Recovery {
  phase: string;
  killedPort: number;
  /** The sentinels agree on a new primary that says it is one. */
  switchedAfter: number;
  /** Both web processes answer a read of the assembly, and each probe's room join. */
  roomAfter: number;
}

/** Why the room did not answer at the last try (for a failing run's log). */
export const lastRoomAnswer = { said: '' };

/** A web process's answer to a person who opens the assembly and its room, right now (a request unanswered in 2 s counts as none). */
export async function roomAnswers(table: TestClient, assemblyId: string, probes: RoomClient[]): Promise<boolean> {
  const read = await fetch(`${table.base}/api/assemblies/${assemblyId}`, {
    headers: { cookie: table.cookie },
    signal: AbortSignal.timeout(2000),
  }).catch((error: Error) => error);
  if (read instanceof Error || read.status !== 200) {
    lastRoomAnswer.said = `${table.base}: ${read instanceof Error ? read.message : `${read.status} ${await read.text()}`}`;
    return false;
  }
  for (const probe of probes) {
    if (!probe.connected) {
      lastRoomAnswer.said = 'a room connection is down';
      return false;
    }
    const joined = (await probe
      .timeout(1000)
      .emitWithAck('room:join', { assemblyId })
      .catch(() => null)) as Result<RoomSnapshot> | null;
    if (!joined?.ok) {
      lastRoomAnswer.said = `room:join ${JSON.stringify(joined)}`;
      return false;
    }
  }
  return true;
}

/**
 * What kills the primary at the planned point of each phase, one failure at a time: it waits for
 * every replica to be in sync and for the sentinels to be allowed to fail over again, kills -9,
 * measures how long until the sentinels switch and the room answers on both web processes, then
 * starts the old primary again as a replica of the new one.
 */
export function primaryKiller(
  plans: FailoverPlans,
  cluster: () => SentinelCluster,
  roomReachable: () => Promise<boolean>,
  recoveries: Recovery[],
  note: (line: string) => void,
) {
  let lastSwitchAt = 0;
  return async function failover(phase: keyof FailoverPlans, span: number): Promise<void> {
    const start = Date.now();
    await sleep(start + plans[phase] * span - Date.now());
    const redis = cluster();
    await redis.untilSteady();
    // A sentinel that voted in a failover does not start another for twice the failover timeout.
    await sleep(lastSwitchAt + 2 * redis.failoverTimeoutMs + 500 - Date.now());
    const { port, at } = await redis.killPrimary();
    note(`${phase}: kill -9 of the primary (port ${port}) at +${at - start} ms of the phase`);
    const next = await redis.untilSwitched(port);
    lastSwitchAt = Date.now();
    const switchedAfter = lastSwitchAt - at;
    const deadline = at + 60_000;
    while (!(await roomReachable()) && Date.now() < deadline) await sleep(100);
    const roomAfter = Date.now() - at;
    if (roomAfter > 30_000) note(`${phase}: the room still did not answer 30 s after the kill: ${lastRoomAnswer.said}`);
    recoveries.push({ phase, killedPort: port, switchedAfter, roomAfter });
    note(
      `${phase}: sentinels switched to port ${next} ${switchedAfter} ms after the kill; the room answered on both web processes after ${roomAfter} ms`,
    );
    await redis.restartAsReplica(port);
  };
}
