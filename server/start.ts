import { join, resolve } from 'node:path';
import { inboundDomain, loadConfig, publicUrl } from './config';
import { freePort } from './process/freePort';
import { superviseEmbeddedRedis, type SupervisedRedis } from './redis/supervisedRedis';
import { connectRedis, checkRedisServer, redisTargetOf } from './redis/connection';
import { createContext } from './context';
import { closeQueues } from './queue/queues';
import { seedDemo, demoSignIns } from './seed/demoRegister';
import { seedDemoAssemblies } from './seed/demoAssemblies';
import { supervise, type Supervised } from './process/children';
import { exitWithError } from './process/shutdown';

/**
 * `npm start`: Agora on one machine. Starts its own redis-server unless REDIS_URL or REDIS_SENTINELS is set, loads
 * the demo register into an empty store, then runs the web process and the job worker. Each of the
 * three is started again if it dies.
 */
async function main() {
  const config = loadConfig();
  let embedded: SupervisedRedis | null = null;
  let children: Supervised[] = [];
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await Promise.all(children.map((child) => child.stop()));
      if (embedded) {
        await embedded.stop();
        console.log('agora: Redis stopped, data saved.');
      }
    })());
  const onSignal = () => {
    console.log('\nagora: stopping...');
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    let target = redisTargetOf(config);
    const env: NodeJS.ProcessEnv = { ...process.env };
    if (!target) {
      const dir = resolve(join(config.DATA_DIR, 'redis'));
      embedded = await superviseEmbeddedRedis({ dir });
      target = embedded.url;
      env.REDIS_URL = embedded.url;
      console.log(`agora: Redis started on port ${embedded.port}, data in ${dir}`);
    }
    const redis = connectRedis(target);
    try {
      for (const warning of await checkRedisServer(redis, target)) console.warn(`agora: ${warning}`);
      if (config.SEED_DEMO) {
        const ctx = createContext(redis, config);
        const seeded = await seedDemo(ctx.register, new Date());
        if (seeded.seeded) {
          console.log(
            `agora: the store was empty; loaded the founding register (${seeded.members} members) as demo data.`,
          );
          await seedDemoAssemblies(ctx, new Date());
          console.log(
            'agora: demo assemblies: an ordinary one closed with its minutes, an extraordinary one open now (statute change, election, proxies; its convocations are in the outbox), the next ordinary one convened; dues with inhabitants and payments.',
          );
        }
        await closeQueues(ctx.queues);
      }
    } finally {
      redis.disconnect();
    }

    // Replies by e-mail are on: on the port asked for, or one free local port chosen once, so a
    // restarted worker listens where the first one did.
    const inboundPort = config.INBOUND_SMTP_PORT || (await freePort(config.INBOUND_SMTP_HOST));
    env.INBOUND_SMTP_PORT = String(inboundPort);
    const replyDomain = inboundDomain({ ...config, INBOUND_SMTP_PORT: inboundPort });
    children = [
      supervise('web', new URL('./main.ts', import.meta.url), env),
      supervise('worker', new URL('../jobs/main.ts', import.meta.url), env),
    ];
    const [web] = await Promise.all(children.map((child) => child.ready));
    const url = publicUrl(config, web?.port ?? config.PORT);
    console.log(
      [
        '',
        `  Agora is running at ${url}`,
        `  Member register: ${url}/register`,
        config.SMTP_URL
          ? '  Mail goes through the relay in SMTP_URL.'
          : `  Outbox (every e-mail Agora sends): ${url}/outbox`,
        `  Replies by e-mail (reply+…@${replyDomain}) are received on smtp://${config.INBOUND_SMTP_HOST}:${inboundPort}`,
        ...(config.SEED_DEMO
          ? [
              '',
              `  Demo: sign in at ${url}/sign-in with one of these addresses, then open the link from the outbox:`,
              ...demoSignIns,
            ]
          : []),
        '',
        '  Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    await stop();
    exitWithError(error);
  }
}

main();
