import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';

/** How many replicas must hold a write before Agora acknowledges it, and how long it waits for them. */
export interface ReplicaAcks {
  required: number;
  timeoutMs: number;
}

/** What the primary and the sentinels say of the replication, for the health page. */
export interface ReplicationView {
  /** "master" on a primary, "slave" on a replica (a process left on a demoted primary). */
  role: string;
  /** Replicas attached and in sync now, and how many must confirm each acknowledged write. */
  replicas: { online: number; required: number };
  /** Null with one Redis; else how many sentinels answer, and the primary each names. */
  sentinels: { known: number; reachable: number; primaries: string[]; quorum: boolean } | null;
}

const field = (info: string, name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';

/**
 * The replicas' side of a write. Redis replicates asynchronously: a primary that dies right after
 * answering takes with it what no replica received, and a failover then promotes a replica without
 * it. `confirm` is the one step every command takes before telling a person something is saved:
 * it writes a mark, then WAITs until enough replicas hold it. The replication stream is one
 * sequence, so a replica holding the mark holds every write the primary made before it: this
 * process's own, and those of other processes it read (a message another web process stored, the
 * job a worker took). Calls within one turn of the event loop share one mark and one WAIT. With no
 * replica required it costs nothing.
 */
export function replicationStore(
  redis: Redis,
  keys: RedisKeys,
  acks: ReplicaAcks,
  sentinels: { clients: Redis[]; name: string },
) {
  let next: Promise<number> | null = null;
  const waitForReplicas = (): Promise<number> =>
    (next ??= new Promise<number>((resolve, reject) =>
      setImmediate(() => {
        next = null;
        // WAIT counts the writes of its own connection: the mark goes through the same one, just before.
        const marked = redis.set(keys.replicationMark, Date.now(), 'PX', 60_000);
        const waited = redis.wait(acks.required, acks.timeoutMs);
        Promise.all([marked, waited]).then(([, replicas]) => resolve(replicas), reject);
      }),
    ));

  async function sentinelView(): Promise<ReplicationView['sentinels']> {
    if (sentinels.clients.length === 0) return null;
    const answers = await Promise.all(
      sentinels.clients.map(async (client) => {
        try {
          if (client.status === 'wait') await client.connect();
          const address = (await client.call('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', sentinels.name)) as
            [string, string] | null;
          const quorum = await client
            .call('SENTINEL', 'CKQUORUM', sentinels.name)
            .then(() => true)
            .catch(() => false);
          return { primary: address ? `${address[0]}:${address[1]}` : null, quorum };
        } catch {
          return null;
        }
      }),
    );
    const reached = answers.filter((answer) => answer !== null);
    return {
      known: sentinels.clients.length,
      reachable: reached.length,
      primaries: [...new Set(reached.flatMap((answer) => (answer.primary ? [answer.primary] : [])))],
      quorum: reached.some((answer) => answer.quorum),
    };
  }

  return {
    /** How many replicas each acknowledged write waits for (0: one Redis, nothing to wait for). */
    required: acks.required,
    /** Whether enough replicas hold every write this process made so far; true at once when none are required. */
    async confirm(): Promise<boolean> {
      if (acks.required === 0) return true;
      return (await waitForReplicas()) >= acks.required;
    },
    /** The primary's role and replicas, and the sentinels' view of it. */
    async view(): Promise<ReplicationView> {
      const [info, sentinelsSay] = await Promise.all([redis.info('replication'), sentinelView()]);
      const online = [...info.matchAll(/^slave\d+:.*state=online.*$/gm)].length;
      return { role: field(info, 'role'), replicas: { online, required: acks.required }, sentinels: sentinelsSay };
    },
  };
}
