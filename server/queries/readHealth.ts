import type { HealthResponse } from '@shared/api/service';
import type { Context } from '../context';
import { isRedisUnavailable } from '../redis/connection';

/** How old the worker's last mail check may be before the health page calls it stale. */
const mailCheckFreshMs = 3 * 60_000;

/** What the primary and the sentinels say, and why acknowledgements are refused when too few replicas are in sync. */
async function replicationHealth(deps: Pick<Context, 'replication'>): Promise<HealthResponse['redis']> {
  const view = await deps.replication.view();
  const { online, required } = view.replicas;
  const problems = [
    ...(view.role !== 'master'
      ? [`This web process reaches a Redis whose role is "${view.role}", not the primary; it reconnects by itself.`]
      : []),
    ...(online < required
      ? [
          `${online} replica(s) in sync, ${required} needed: ballots, messages, proxies and convenings are refused (503) until one is back.`,
        ]
      : []),
    ...(view.sentinels && view.sentinels.primaries.length > 1
      ? [`The sentinels name different primaries (${view.sentinels.primaries.join(', ')}): a failover is under way.`]
      : []),
    ...(view.sentinels && !view.sentinels.quorum
      ? [
          `Only ${view.sentinels.reachable} of ${view.sentinels.known} sentinels answer: no failover can happen if the primary fails now.`,
        ]
      : []),
  ];
  return {
    ok: problems.length === 0,
    ...(problems.length > 0 ? { message: problems.join(' ') } : {}),
    role: view.role,
    replicas: view.replicas,
    sentinels: view.sentinels,
  };
}

/** Redis answers (with its replicas), a worker listens on the queues, and the mail transport was reachable lately. */
export async function readHealth(
  deps: Pick<Context, 'live' | 'queues' | 'mailStatus' | 'now' | 'replication'>,
): Promise<HealthResponse> {
  const redis: HealthResponse['redis'] = await deps.live
    .ping()
    .then(() => replicationHealth(deps))
    .catch((error: Error) => ({
      ok: false,
      message: isRedisUnavailable(error)
        ? 'Redis cannot be reached: nothing can be read or saved until it is back. Agora reconnects by itself.'
        : `Redis does not answer: ${error.message}`,
    }));
  if (!redis.ok && !redis.role) {
    return {
      status: 'degraded',
      redis,
      worker: { ok: false, lastSeenAt: null, message: 'Unknown while Redis is down.' },
      mail: { ok: false, mode: 'unknown', message: 'Unknown while Redis is down.' },
    };
  }
  const workers = await Promise.all(Object.values(deps.queues).map((queue) => queue.getWorkersCount()));
  const allServed = workers.every((count) => count > 0);
  const mailStatus = await deps.mailStatus.read();
  const now = deps.now().getTime();
  const fresh = mailStatus !== null && now - Date.parse(mailStatus.checkedAt) <= mailCheckFreshMs;
  const worker = allServed
    ? { ok: true, lastSeenAt: mailStatus?.checkedAt ?? null }
    : {
        ok: false,
        lastSeenAt: mailStatus?.checkedAt ?? null,
        message: 'No job worker is connected: e-mails and timed tasks wait until one starts (npm run start:worker).',
      };
  const mail = !mailStatus
    ? { ok: false, mode: 'unknown' as const, message: 'The mail transport has not been checked yet.' }
    : !fresh
      ? { ok: false, mode: mailStatus.mode, message: `The mail transport was last checked at ${mailStatus.checkedAt}.` }
      : mailStatus.ok
        ? { ok: true, mode: mailStatus.mode }
        : {
            ok: false,
            mode: mailStatus.mode,
            message: `The mail transport refused: ${mailStatus.message ?? 'unknown reason'}`,
          };
  return { status: redis.ok && worker.ok && mail.ok ? 'ok' : 'degraded', redis, worker, mail };
}
