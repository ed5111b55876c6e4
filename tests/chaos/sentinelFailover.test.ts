import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Redis } from 'ioredis';
import type { Result, RoomSnapshot } from '@shared/events';
import type { Assembly } from '@shared/schemas/assembly';
import { isVoting } from '@shared/rules/members';
import { configSchema, type Config } from '../../server/config';
import { connectRedis, requireRedisTarget } from '../../server/redis/connection';
import { createContext, type Context } from '../../server/context';
import { closeQueues } from '../../server/queue/queues';
import { freePort } from '../../server/process/freePort';
import { eventually, seedRegister, TestClient } from '../integration/support';
import { startSentinelCluster, type SentinelCluster } from '../sentinelCluster';
import {
  chaosSeed,
  type Killable,
  type Mailbox,
  openConvocationLink,
  type ReceivedMail,
  seededRandom,
  signInByMail,
  sleep,
  startMailbox,
  webProcess,
  workerProcess,
} from './support';
import {
  type Attempts,
  conveneOnTheStore,
  convocationsByPerson,
  openTwoNamedVotes,
  postUntilAcknowledged,
  reconnectingRoom,
  type RoomClient,
  type Voter,
  votersOf,
} from './assemblyUnderKillsSupport';
import {
  expectVoteCountedThrough,
  expectEveryMessageOnce,
  expectOneConvocationEach,
  expectResultsOnce,
} from './assemblyUnderKillsChecks';
import { failoverPlans, primaryKiller, type Recovery, roomAnswers } from './failoverSupport';

const day = 86_400_000;
/** From the convening to the close of the room: four failovers, each waiting for the cluster to be whole again. */
const untilTheClose = 80_000;

const seed = chaosSeed('chaos: the Redis primary killed under two web processes and two workers');
const plans = failoverPlans(seededRandom(seed));
const random = seededRandom(seed + 1);

describe(`an assembly on a primary, two replicas and three sentinels, the primary killed at random (seed ${seed})`, () => {
  let cluster: SentinelCluster;
  let mailbox: Mailbox;
  let config: Config;
  let webs: Killable[] = [];
  let workers: Killable[] = [];
  let bases: string[] = [];
  let storeRedis: Redis;
  let store: Context;
  let assembly: Assembly;
  let table: TestClient;
  const sockets: RoomClient[] = [];
  const probes: RoomClient[] = [];
  const log: string[] = [];
  const links = new Map<string, ReceivedMail>();
  const acknowledged = new Map<string, { id: string; body: string }>();
  const recoveries: Recovery[] = [];

  const note = (line: string) => {
    log.push(line);
    console.log(line);
  };
  const tables: TestClient[] = [];
  const failover = primaryKiller(
    plans,
    () => cluster,
    async () => (await Promise.all(tables.map((client) => roomAnswers(client, assembly.id, probes)))).every(Boolean),
    recoveries,
    note,
  );
  const failed = () =>
    onTestFailed(() => {
      console.log(
        `replay with CHAOS_SEED=${seed}; plans ${JSON.stringify(plans)}\n${log.join('\n')}\n${[...webs, ...workers].map((process) => process.output()).join('\n')}`,
      );
    });

  beforeAll(async () => {
    cluster = await startSentinelCluster();
    mailbox = await startMailbox();
    config = configSchema.parse({
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      REDIS_SENTINELS: cluster.sentinels,
      REDIS_SENTINEL_NAME: cluster.name,
      REDIS_PREFIX: 'failover',
      SMTP_URL: mailbox.url,
      JOB_LOCK_MS: '2000',
      MAIL_RATE_PER_SECOND: '10',
    });
    await seedRegister(config, new Date());
    const secondPort = String(await freePort());
    webs = [webProcess(config, {}, 'web A'), webProcess(config, { PORT: secondPort }, 'web B')];
    workers = [workerProcess(config, {}, 'worker A'), workerProcess(config, {}, 'worker B')];
    await Promise.all([...webs, ...workers].map((process) => process.start()));
    bases = [`http://127.0.0.1:${config.PORT}`, `http://127.0.0.1:${secondPort}`];
    storeRedis = connectRedis(requireRedisTarget(config, 'web process'));
    store = createContext(storeRedis, config);
    table = await signInByMail(bases[0]!, mailbox, 'giusto.maniscalchi@example.org');
    tables.push(...bases.map((base) => Object.assign(new TestClient(base), { cookie: table.cookie })));
    // Six redis-servers and four Node processes starting on a busy machine.
  }, 180_000);
  afterAll(async () => {
    for (const socket of [...sockets, ...probes]) socket.disconnect();
    if (store) await closeQueues(store.queues);
    storeRedis?.disconnect();
    await Promise.all([...webs, ...workers].map((process) => process.stop()));
    await mailbox?.close();
    await cluster?.stop();
    if (recoveries.length > 0)
      console.log(
        `failover: ${recoveries.map((recovery) => `${recovery.phase}: switched ${recovery.switchedAfter} ms, room ${recovery.roomAfter} ms`).join('; ')}`,
      );
  });

  it(
    'convenes every member, one e-mail per person, the primary killed during the dispatch',
    { timeout: 90_000 },
    async () => {
      failed();
      const closesAt = Date.now() + untilTheClose;
      assembly = await conveneOnTheStore(storeRedis, config as Config & { REDIS_URL: string }, closesAt - day);
      await failover('convening', 2500);
      const ofAssembly = new RegExp(`^<convocation\\.${assembly.id}\\.1\\.([^.@]+)\\.0@agora>$`);
      const byPerson = () => convocationsByPerson(mailbox, ofAssembly);
      await eventually(() => (byPerson().size === 26 ? true : undefined), 'the 26 representatives convened', 60_000);
      await eventually(
        async () =>
          (await store.deliveries.list(assembly.id)).filter((delivery) => delivery.state === 'sent').length === 108
            ? true
            : undefined,
        'every delivery recorded as sent',
        30_000,
      );
      expectOneConvocationEach(await store.register.snapshot(), mailbox, byPerson(), links);
    },
  );

  it(
    'keeps every acknowledged message once, the primary killed during the discussion',
    { timeout: 60_000 },
    async () => {
      failed();
      const register = await store.register.snapshot();
      const speakers = register.people.filter((person) => links.has(person.email)).slice(0, 6);
      const rooms: RoomClient[] = [];
      for (const [index, person] of speakers.entries()) {
        const base = bases[index % 2]!;
        const client = await openConvocationLink(base, links.get(person.email)!);
        const socket = reconnectingRoom(base, client.cookie);
        sockets.push(socket);
        rooms.push(socket);
        if (index < 2) probes.push(reconnectingRoom(base, client.cookie));
        await eventually(async () => {
          const joined = (await socket
            .timeout(3000)
            .emitWithAck('room:join', { assemblyId: assembly.id })) as Result<RoomSnapshot>;
          return joined.ok ? true : undefined;
        }, `${person.name} in the room`);
      }
      const threads = ['general', ...assembly.agenda.map((item) => item.id)];
      const talking = rooms.map(async (socket, speaker) => {
        for (let n = 1; n <= 6; n++) {
          await sleep(random.between(200, 900));
          await postUntilAcknowledged(
            socket,
            {
              assemblyId: assembly.id,
              thread: random.pick(threads),
              body: `Message ${n} of ${speakers[speaker]!.name}`,
              replyTo: null,
              clientId: `failover-${speaker}-${n}`,
            },
            acknowledged,
          );
        }
      });
      await Promise.all([failover('discussion', 3000), ...talking]);
      expect(acknowledged.size).toBe(36);
      const reader = await openConvocationLink(bases[1]!, links.get(speakers[0]!.email)!);
      await expectEveryMessageOnce(reader, bases[1]!, assembly, acknowledged, sockets);
      for (const room of rooms) room.disconnect();
    },
  );

  const attempts: Attempts = new Map();

  it(
    'counts every acknowledged ballot once, one tally per motion, the primary killed in the bulk vote and during the close',
    { timeout: 150_000 },
    async () => {
      failed();
      expect(Date.parse(assembly.closesAt) - Date.now(), 'time left to vote').toBeGreaterThan(15_000);
      const [named, lastMoment] = await openTwoNamedVotes(table, assembly.id, attempts);
      const register = await store.register.snapshot();
      const people = register.people.filter((person) => links.has(person.email));
      const voters: Voter[] = [
        ...(await votersOf(
          people.filter((_, index) => index % 2 === 0),
          links,
          bases[0]!,
          assembly.id,
        )),
        ...(await votersOf(
          people.filter((_, index) => index % 2 === 1),
          links,
          bases[1]!,
          assembly.id,
        )),
      ];
      const votingMembers = register.members.filter((member) => isVoting(member));
      expect(voters.flatMap((voter) => voter.members).length).toBe(votingMembers.length);
      await expectVoteCountedThrough({
        store,
        assembly,
        motions: [named, lastMoment],
        voters,
        votingMembers,
        random,
        attempts,
        note,
        fault: failover,
        closeFaultAfterMs: 2000,
        giveUpAfterMs: 40_000,
      });
    },
  );

  it(
    'e-mails the results once to each representative, and reached the room within 30 s of every kill',
    { timeout: 90_000 },
    async () => {
      failed();
      await expectResultsOnce(await store.register.snapshot(), mailbox, assembly, note);
      expect(recoveries.map((recovery) => recovery.phase)).toEqual(['convening', 'discussion', 'voting', 'close']);
      for (const recovery of recoveries) expect(recovery.roomAfter, recovery.phase).toBeLessThan(30_000);
    },
  );
});
