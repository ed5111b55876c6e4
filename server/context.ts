import type { Redis } from 'ioredis';
import { togetherStatutes, type Statutes } from '@shared/statutes';
import { publicUrl, type Config } from './config';
import { redisKeys, type RedisKeys } from './store/keys';
import { registerStore } from './store/register';
import { outboxStore } from './store/outbox';
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
import { minutesStore } from './store/minutes';
import { textStore } from './store/texts';
import { defineStoreScripts } from './store/scripts';
import { foundingTexts } from './seed/foundingTexts';
import { createQueues, type Queues } from './queue/queues';

/** What commands work with: the stores, the queues, the clock, the statutes and the settings. */
export interface Context {
  config: Config;
  statutes: Statutes;
  now: () => Date;
  /** The address people use, for links in e-mails. */
  baseUrl: string;
  redis: Redis;
  keys: RedisKeys;
  queues: Queues;
  register: ReturnType<typeof registerStore>;
  outbox: ReturnType<typeof outboxStore>;
  mailStatus: ReturnType<typeof mailStatusStore>;
  sessions: ReturnType<typeof sessionStore>;
  links: ReturnType<typeof linkStore>;
  rateLimits: ReturnType<typeof rateLimitStore>;
  audit: ReturnType<typeof auditStore>;
  assemblies: ReturnType<typeof assemblyStore>;
  deliveries: ReturnType<typeof deliveryStore>;
  room: ReturnType<typeof roomStore>;
  proxies: ReturnType<typeof proxyStore>;
  votes: ReturnType<typeof voteStore>;
  elections: ReturnType<typeof electionStore>;
  minutes: ReturnType<typeof minutesStore>;
  /** The statutes and the internal rules, with their numbered versions (R.12). */
  texts: ReturnType<typeof textStore>;
  /** Tells every web process something changed (room opened, a person's representation). */
  publish: (event: LiveEvent) => Promise<void>;
}

/** What the worker and the web processes tell each other through Redis pub/sub. */
export type LiveEvent =
  | { type: 'person.changed'; personId: string }
  | { type: 'assembly.phase'; assemblyId: string }
  | { type: 'motions.changed'; assemblyId: string }
  /** The agenda changed on the day: clients read the assembly again. */
  | { type: 'assembly.changed'; assemblyId: string }
  /** A person signed out (here or everywhere): the room connections of those sessions close. */
  | { type: 'sessions.ended'; personId: string; sessionIds: string[] };

export function createContext(
  redis: Redis,
  config: Config,
  options: { now?: () => Date; statutes?: Statutes; port?: number } = {},
): Context {
  const keys = redisKeys(config.REDIS_PREFIX);
  defineStoreScripts(redis);
  return {
    config,
    statutes: options.statutes ?? togetherStatutes,
    now: options.now ?? (() => new Date()),
    baseUrl: publicUrl(config, options.port),
    redis,
    keys,
    queues: createQueues(redis, keys),
    register: registerStore(redis, keys),
    outbox: outboxStore(redis, keys),
    mailStatus: mailStatusStore(redis, keys),
    sessions: sessionStore(redis, keys),
    links: linkStore(redis, keys),
    rateLimits: rateLimitStore(redis, keys),
    audit: auditStore(redis, keys),
    assemblies: assemblyStore(redis, keys),
    deliveries: deliveryStore(redis, keys),
    room: roomStore(redis, keys),
    proxies: proxyStore(redis, keys),
    votes: voteStore(redis, keys),
    elections: electionStore(redis, keys),
    minutes: minutesStore(redis, keys),
    texts: textStore(redis, keys, {
      texts: foundingTexts,
      adoptedAt: (options.statutes ?? togetherStatutes).foundingAssemblyOpensAt.toISOString(),
    }),
    publish: async (event) => {
      await redis.publish(keys.liveChannel, JSON.stringify(event));
    },
  };
}
