import type { Redis } from 'ioredis';
import { togetherStatutes, type Statutes } from '@shared/statutes';
import { publicUrl, type Config } from './config';
import { redisKeys } from './store/keys';
import { registerStore } from './store/register';
import { outboxStore } from './store/outbox';
import { duesPaymentStore } from './store/duesPayments';
import { mailStatusStore } from './store/mailStatus';
import { sessionStore } from './store/sessions';
import { linkStore } from './store/links';
import { rateLimitStore } from './store/rateLimits';
import { auditStore } from './store/audit';
import { assemblyStore } from './store/assemblies';
import { deliveryStore } from './store/deliveries';
import { roomStore } from './store/room';
import { proxyStore } from './store/proxies';
import { voteStore } from './store/votes';
import { electionStore } from './store/elections';
import { secretVoteStore } from './store/secretVotes';
import { minutesStore } from './store/minutes';
import { textStore } from './store/texts';
import { auditedValueStore } from './store/auditedValues';
import { liveStore, type LiveEvent, type LiveStore } from './store/live';
import { exportStore, type ExportSummary } from './store/portable';
import { importStore } from './store/portableImport';
import { defineStoreScripts } from './store/scripts';
import { replicationStore } from './store/replication';
import { foundingTexts } from './seed/foundingTexts';
import { createQueues, type Queues } from './queue/queues';

/** What commands work with: the stores, the queues, the clock, the statutes and the settings. */
export interface Context {
  config: Config;
  statutes: Statutes;
  now: () => Date;
  /** The address people use, for links in e-mails. */
  baseUrl: string;
  queues: Queues;
  register: ReturnType<typeof registerStore>;
  outbox: ReturnType<typeof outboxStore>;
  duesPayments: ReturnType<typeof duesPaymentStore>;
  mailStatus: ReturnType<typeof mailStatusStore>;
  sessions: ReturnType<typeof sessionStore>;
  links: ReturnType<typeof linkStore>;
  rateLimits: ReturnType<typeof rateLimitStore>;
  audit: ReturnType<typeof auditStore>;
  /** The values the audit trail vouches for, as stored now (for its verification). */
  auditedValues: ReturnType<typeof auditedValueStore>;
  assemblies: ReturnType<typeof assemblyStore>;
  deliveries: ReturnType<typeof deliveryStore>;
  room: ReturnType<typeof roomStore>;
  proxies: ReturnType<typeof proxyStore>;
  votes: ReturnType<typeof voteStore>;
  elections: ReturnType<typeof electionStore>;
  secretVotes: ReturnType<typeof secretVoteStore>;
  minutes: ReturnType<typeof minutesStore>;
  /** The statutes and the internal rules, with their numbered versions (R.12). */
  texts: ReturnType<typeof textStore>;
  /** The replicas' confirmation of what was written, before a person is told it is saved; their state. */
  replication: ReturnType<typeof replicationStore>;
  /** What every process of the install hears: a room opened, a person's representation changed. */
  live: LiveStore;
  /** The whole store written to a file, or read back into an empty one. */
  portable: {
    exportTo(file: string): Promise<ExportSummary>;
    importFrom(file: string): Promise<ExportSummary>;
  };
}

export type { LiveEvent };

export function createContext(
  redis: Redis,
  config: Config,
  options: {
    now?: () => Date;
    statutes?: Statutes;
    port?: number;
    /** Connections to the sentinels, for the health page's view of the failover (the web process's). */
    sentinels?: Redis[];
  } = {},
): Context {
  const keys = redisKeys(config.REDIS_PREFIX);
  defineStoreScripts(redis);
  return {
    config,
    statutes: options.statutes ?? togetherStatutes,
    now: options.now ?? (() => new Date()),
    baseUrl: publicUrl(config, options.port),
    queues: createQueues(redis, config.REDIS_PREFIX),
    register: registerStore(redis, keys),
    outbox: outboxStore(redis, keys),
    duesPayments: duesPaymentStore(redis, keys),
    mailStatus: mailStatusStore(redis, keys),
    sessions: sessionStore(redis, keys),
    links: linkStore(redis, keys),
    rateLimits: rateLimitStore(redis, keys),
    audit: auditStore(redis, keys),
    auditedValues: auditedValueStore(redis, keys),
    assemblies: assemblyStore(redis, keys),
    deliveries: deliveryStore(redis, keys),
    room: roomStore(redis, keys),
    proxies: proxyStore(redis, keys),
    votes: voteStore(redis, keys),
    elections: electionStore(redis, keys),
    secretVotes: secretVoteStore(redis, keys),
    minutes: minutesStore(redis, keys),
    texts: textStore(redis, keys, {
      texts: foundingTexts,
      adoptedAt: (options.statutes ?? togetherStatutes).foundingAssemblyOpensAt.toISOString(),
    }),
    live: liveStore(redis, keys),
    replication: replicationStore(
      redis,
      keys,
      { required: replicaAcksOf(config), timeoutMs: config.REDIS_REPLICA_TIMEOUT_MS },
      { clients: options.sentinels ?? [], name: config.REDIS_SENTINEL_NAME },
    ),
    portable: {
      exportTo: (file) => exportStore(redis, keys, file),
      importFrom: (file) => importStore(redis, keys, file),
    },
  };
}

/** Replicas that confirm each acknowledged write: as configured, else one behind sentinels and none with one Redis. */
export function replicaAcksOf(config: Pick<Config, 'REDIS_REPLICA_ACKS' | 'REDIS_SENTINELS'>): number {
  return config.REDIS_REPLICA_ACKS ?? (config.REDIS_SENTINELS ? 1 : 0);
}
