import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const redisUrl = z
  .string()
  .trim()
  .refine((value) => /^rediss?:\/\//.test(value), { message: 'must start with redis:// or rediss://' });

const smtpUrl = z
  .string()
  .trim()
  .refine((value) => /^smtps?:\/\//.test(value), { message: 'must start with smtp:// or smtps://' });

/** Every setting Agora reads from its environment, with its default. One schema, checked at start. */
export const configSchema = z.object({
  PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  /** The address people use to reach Agora; links in e-mails start with it. */
  PUBLIC_URL: z.url({ message: 'must be a full URL such as https://agora.example.org' }).optional(),
  /** An existing Redis server. Unset: `npm start` runs its own redis-server with its data in DATA_DIR. */
  REDIS_URL: redisUrl.optional(),
  /**
   * Redis Sentinel instead of one Redis: the sentinels (`host:port,host:port,…`) that say which server
   * is the primary; every connection follows it through a failover. Excludes REDIS_URL.
   */
  REDIS_SENTINELS: z
    .string()
    .trim()
    .refine((value) => value.split(',').every((entry) => /^[^\s:,]+:\d{1,5}$/.test(entry.trim())), {
      message: 'must list sentinels as host:port,host:port',
    })
    .optional(),
  /** The name the sentinels monitor the primary under (`sentinel monitor <name> …`). */
  REDIS_SENTINEL_NAME: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9._-]{1,64}$/, { message: 'must be the name of a sentinel master (letters, digits, . - _)' })
    .default('agora'),
  /** The password of the Redis servers behind the sentinels (`requirepass`); with REDIS_URL it goes in the URL. */
  REDIS_PASSWORD: z.string().min(1).optional(),
  /** The password of the sentinels themselves, when they have one. */
  REDIS_SENTINEL_PASSWORD: z.string().min(1).optional(),
  /**
   * How many replicas must hold what a person is told is saved (a ballot, a message, a proxy, a
   * convening) before Agora says so. Unset: 1 with sentinels, 0 with one Redis.
   */
  REDIS_REPLICA_ACKS: z.coerce.number({ message: 'must be a whole number' }).int().min(0).max(16).optional(),
  /** How long Agora waits for those replicas before refusing (503) instead of acknowledging. */
  REDIS_REPLICA_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(10)
    .max(60_000)
    .default(1000),
  /** A namespace for every Redis key and queue, so two installs can share one Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]{1,40}$/, { message: 'must be 1 to 40 letters, digits, - or _' })
    .default('agora'),
  /** A real mail relay. Unset: mail goes to the built-in outbox shown at /outbox. */
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: z.string().trim().min(3).default('Agora <agora@localhost>'),
  /** At most this many e-mails a second (a relay's sending limit); 0: as fast as the relay takes them. */
  MAIL_RATE_PER_SECOND: z.coerce.number({ message: 'must be a number' }).min(0).default(0),
  /** How long a job a crashed worker was running stays reserved before another worker takes it over. */
  JOB_LOCK_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(1000).default(30_000),
  /** How many times a job is taken over from a worker that died holding it before it counts as failed. */
  JOB_MAX_WORKER_DEATHS: z.coerce.number({ message: 'must be a whole number' }).int().min(0).default(5),
  /** Let every visitor read the built-in outbox, not only people on the machine running Agora. */
  OUTBOX_OPEN: booleanFlag.default(false),
  /**
   * Where Agora receives replies by e-mail (SMTP). Unset: no receiver, and e-mails carry no reply
   * address. 0: a free port chosen at start (what `npm start` does when it is unset).
   */
  INBOUND_SMTP_PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).optional(),
  /** The interface the receiver listens on: 0.0.0.0 when a domain's MX or a relay reaches it from outside. */
  INBOUND_SMTP_HOST: z.string().trim().min(1).default('127.0.0.1'),
  /** The domain of the reply addresses (reply+…@INBOUND_DOMAIN). Unset: PUBLIC_URL's host name. */
  INBOUND_DOMAIN: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9.-]+$/, { message: 'must be a domain name such as reply.agora.example.org' })
    .optional(),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  /** Load the founding register as demo data when the store is empty (`npm start` only). */
  SEED_DEMO: booleanFlag.default(true),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the configuration; a bad value stops the process with one line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankAsUnset = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in configSchema.shape && value !== undefined && value !== ''),
  );
  const parsed = configSchema
    .refine((config) => !(config.REDIS_URL && config.REDIS_SENTINELS), {
      message: 'and REDIS_SENTINELS are both set: give one Redis (REDIS_URL) or the sentinels, not both',
      path: ['REDIS_URL'],
    })
    .safeParse(blankAsUnset);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    const given = env[name];
    return `  ${name} ${issue.message}${given === undefined ? '' : ` (got "${given}")`}`;
  });
  throw new ConfigError(`Agora cannot start: the configuration has ${lines.length} problem(s):\n${lines.join('\n')}`);
}

/** The domain of the reply addresses, or null when Agora receives no replies by e-mail. */
export function inboundDomain(config: Config): string | null {
  if (config.INBOUND_SMTP_PORT === undefined) return null;
  return config.INBOUND_DOMAIN ?? new URL(publicUrl(config)).hostname;
}

/** The base of every link Agora puts in an e-mail. */
export function publicUrl(config: Config, port = config.PORT): string {
  return (config.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
}
