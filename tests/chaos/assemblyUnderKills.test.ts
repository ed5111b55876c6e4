import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { Redis } from 'ioredis';
import type { MotionsResponse } from '@shared/api/voting';
import type { ClientToServerEvents, Result, RoomSnapshot, ServerToClientEvents } from '@shared/events';
import type { RoomEvent } from '@shared/schemas/room';
import type { BallotChoice } from '@shared/schemas/ballot';
import type { Assembly } from '@shared/schemas/assembly';
import type { BallotReceipt, Motion } from '@shared/schemas/voting';
import { isVoting, receivesConvocation } from '@shared/rules/members';
import { connectRedis } from '../../server/redis/connection';
import { createContext, type Context } from '../../server/context';
import { loadActor } from '../../server/auth/actor';
import { addAgendaItem, createAssembly } from '../../server/commands/editAssembly';
import { conveneAssembly } from '../../server/commands/conveneAssembly';
import { receiptHash } from '../../server/commands/castBallots';
import { closeQueues } from '../../server/queue/queues';
import { eventually, seedRegister, TestClient } from '../integration/support';
import {
  chaosConfig,
  chaosSeed,
  type ChaosConfig,
  type Killable,
  type KillableRedis,
  type Mailbox,
  openConvocationLink,
  type ReceivedMail,
  seededRandom,
  signInByMail,
  sleep,
  startKillableRedis,
  startMailbox,
  webProcess,
  workerProcess,
} from './support';

type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents>;
type Target = 'web' | 'worker' | 'redis';
/** One kill -9: when in its phase (a fraction of the phase), of what, and how long it stays down. */
interface KillPoint {
  at: number;
  target: Target;
  downFor: number;
}

const day = 86_400_000;
/** From the convening to the close of the room: the time the phases have, in real time. */
const untilTheClose = 50_000;

const seed = chaosSeed('chaos: an assembly under kill -9');
/** The kills, drawn all at once: the same seed gives the same ones, however fast the machine is. */
const kills = seededRandom(seed);
/** What people do (their choices, their pauses, their threads). */
const random = seededRandom(seed + 1);

/** A kill of each target at a random point of a phase, in the order they fall. */
function killPlan(targets: Target[]): KillPoint[] {
  return targets
    .map((target) => ({ at: kills.next(), target, downFor: kills.between(100, 1500) }))
    .sort((a, b) => a.at - b.at);
}
const plans = {
  convening: killPlan(['worker', 'redis', 'web']),
  discussion: killPlan(['web', 'redis', 'web', 'worker']),
  voting: killPlan(['web', 'redis', 'worker', 'web']),
  close: killPlan(['worker', 'redis', 'worker', 'web']),
};

/** What became of one attempt to cast a member's vote: a receipt, a clear refusal, or no answer. */
type Outcome =
  { kind: 'receipt'; receipt: string } | { kind: 'refused'; code: string } | { kind: 'unknown'; why: string };

describe(`an assembly from its convocation to its minutes, its processes killed at random (seed ${seed})`, () => {
  let redis: KillableRedis;
  let mailbox: Mailbox;
  let config: ChaosConfig;
  let web: Killable;
  let worker: Killable;
  let base: string;
  let storeRedis: Redis;
  let store: Context;
  let assembly: Assembly;
  let table: TestClient;
  const sockets: RoomClient[] = [];
  const log: string[] = [];
  /** The personal link of each representative, from the convocations received. */
  const links = new Map<string, ReceivedMail>();
  /** Every message acknowledged to its author: clientId -> the stored message's id and body. */
  const acknowledged = new Map<string, { id: string; body: string }>();

  const note = (line: string) => {
    log.push(line);
    console.log(line);
  };

  /** One kill at a time, whichever phase asks: a process is never started twice. */
  let killing = Promise.resolve();

  /** Runs the kills of a phase `span` ms long at their points, each process started again after its time down. */
  async function chaos(phase: keyof typeof plans, span: number): Promise<void> {
    const start = Date.now();
    for (const point of plans[phase]) {
      await sleep(start + point.at * span - Date.now());
      const kill = async () => {
        note(`${phase}: kill -9 ${point.target} at +${Date.now() - start} ms, down ${point.downFor} ms`);
        if (point.target === 'redis') await redis.kill9();
        else await (point.target === 'web' ? web : worker).kill9();
        await sleep(point.downFor);
        if (point.target === 'redis') await redis.restart();
        else await (point.target === 'web' ? web : worker).start();
      };
      killing = killing.then(kill, kill);
      await killing;
    }
  }

  const failed = () =>
    onTestFailed(() => {
      console.log(
        `replay with CHAOS_SEED=${seed}; the kills drawn: ${JSON.stringify(plans)}\n${log.join('\n')}\n${web.output()}\n${worker.output()}`,
      );
    });

  beforeAll(async () => {
    redis = await startKillableRedis();
    mailbox = await startMailbox();
    // Mail at a steady pace, so that the kills fall in the middle of the dispatch; a dead worker's jobs are taken over after 2 s.
    config = await chaosConfig(redis.url, { SMTP_URL: mailbox.url, JOB_LOCK_MS: '2000', MAIL_RATE_PER_SECOND: '30' });
    await seedRegister(config, new Date());
    web = webProcess(config);
    worker = workerProcess(config);
    await Promise.all([web.start(), worker.start()]);
    base = `http://127.0.0.1:${config.PORT}`;
    storeRedis = connectRedis(config.REDIS_URL);
    store = createContext(storeRedis, config);
    table = await signInByMail(base, mailbox, 'giusto.maniscalchi@example.org');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    if (store) await closeQueues(store.queues);
    storeRedis?.disconnect();
    await web?.stop();
    await worker?.stop();
    await mailbox?.close();
    await redis?.stop();
  });

  it(
    'sends each of the 108 members its convocation, exactly once, through kills of the web process, the worker and Redis',
    { timeout: 90_000 },
    async () => {
      failed();
      // The Table convened it 16 days before its opening; its room opened a day ago and closes within the test.
      const closesAt = Date.now() + untilTheClose;
      const opensAt = closesAt - day;
      const then = createContext(storeRedis, config, { now: () => new Date(opensAt - 16 * day) });
      const actor = (await loadActor(then, (await then.register.personByEmail('giusto.maniscalchi@example.org'))!.id))!;
      const draft = await createAssembly(then, actor, {
        kind: 'ordinary',
        title: 'Ordinary assembly of the year',
        opensAt: new Date(opensAt).toISOString(),
        hybrid: false,
      });
      await addAgendaItem(then, actor, draft.id, {
        kind: 'ordinary_decision',
        title: 'Action plan and budget 2027',
        description: '',
        subjectMemberNo: null,
      });
      await addAgendaItem(then, actor, draft.id, {
        kind: 'ordinary_decision',
        title: 'Working groups 2027',
        description: '',
        subjectMemberNo: null,
      });
      assembly = (await conveneAssembly(then, actor, draft.id)).assembly;
      await closeQueues(then.queues);

      await chaos('convening', 3500);
      const ofAssembly = new RegExp(`^<convocation\\.${assembly.id}\\.1\\.(\\d+)\\.0@agora>$`);
      const byMember = () => {
        const ids = new Map<number, Set<string>>();
        for (const mail of mailbox.received) {
          const memberNo = Number(ofAssembly.exec(mail.messageId ?? '')?.[1] ?? NaN);
          if (!Number.isNaN(memberNo)) ids.set(memberNo, (ids.get(memberNo) ?? new Set()).add(mail.messageId ?? ''));
        }
        return ids;
      };
      await eventually(
        () => (byMember().size === 108 ? true : undefined),
        `108 members convened (${byMember().size} so far)`,
        60_000,
      );
      await eventually(
        async () =>
          (await store.deliveries.list(assembly.id)).filter((delivery) => delivery.state === 'sent').length === 108
            ? true
            : undefined,
        'every delivery recorded as sent',
        30_000,
      );
      await sleep(1000);

      const register = await store.register.snapshot();
      const emails = new Map(register.people.map((person) => [person.id, person.email]));
      const convened = register.members.filter(receivesConvocation);
      expect(convened).toHaveLength(108);
      const ids = byMember();
      for (const member of convened) {
        const messageIds = [...(ids.get(member.memberNo) ?? [])];
        // One convocation per member: a copy resent after a crash carries the same Message-ID, which a mailbox keeps once.
        expect(messageIds, `member ${member.memberNo}`).toHaveLength(1);
        const copies = mailbox.received.filter((mail) => mail.messageId === messageIds[0]);
        expect(
          copies.every((mail) =>
            mail.to.includes(emails.get(register.representatives.get(member.memberNo) ?? '') ?? '-'),
          ),
          `member ${member.memberNo}`,
        ).toBe(true);
        for (const mail of copies) links.set(mail.to[0] ?? '', mail);
      }
      const copies = mailbox.received.filter((mail) => ofAssembly.test(mail.messageId ?? '')).length;
      note(`convening: 108 convocations, ${copies - 108} resent copies with the same Message-ID`);
    },
  );

  it(
    'keeps every acknowledged message of the discussion, once, through kills of the web process and Redis',
    { timeout: 60_000 },
    async () => {
      failed();
      const register = await store.register.snapshot();
      const speakers = register.people.filter((person) => links.has(person.email)).slice(0, 6);
      const rooms: RoomClient[] = [];
      for (const person of speakers) {
        const client = await openConvocationLink(base, links.get(person.email)!);
        const socket: RoomClient = connect(base, {
          transports: ['websocket'],
          extraHeaders: { cookie: client.cookie },
          reconnectionDelay: 200,
          reconnectionDelayMax: 1000,
        });
        // A connection refused while a process restarts: try again, as a person reloading would.
        socket.on('connect_error', () => !socket.active && setTimeout(() => socket.connect(), 300));
        sockets.push(socket);
        rooms.push(socket);
        await eventually(async () => {
          const joined = (await socket
            .timeout(3000)
            .emitWithAck('room:join', { assemblyId: assembly.id })) as Result<RoomSnapshot>;
          return joined.ok ? true : undefined;
        }, `${person.name} in the room`);
      }
      const threads = ['general', ...assembly.agenda.map((item) => item.id)];

      /** Sends a message until the server acknowledges it: after no answer, the same message again (same clientId). */
      const post = async (socket: RoomClient, clientId: string, body: string) => {
        const input = { assemblyId: assembly.id, thread: random.pick(threads), body, replyTo: null, clientId };
        for (;;) {
          // No answer within 4 s (the process died, or the connection is down): sent again.
          const result = (await socket
            .timeout(4000)
            .emitWithAck('message:post', input)
            .catch(() => null)) as Result<RoomEvent> | null;
          if (result?.ok) return acknowledged.set(clientId, { id: result.value.message.id, body });
          // What the browser tries again by itself; anything else is a refusal the person would see.
          if (result && !['internal', 'too_many_messages'].includes(result.error.code))
            throw new Error(`${body}: refused (${result.error.code}: ${result.error.message})`);
          await sleep(300);
        }
      };
      const talking = rooms.map(async (socket, speaker) => {
        for (let n = 1; n <= 6; n++) {
          await sleep(random.between(200, 900));
          await post(socket, `chaos-${speaker}-${n}`, `Message ${n} of ${speakers[speaker]!.name}`);
        }
      });
      await Promise.all([chaos('discussion', 4000), ...talking]);
      expect(acknowledged.size).toBe(36);

      // What a person entering the room now reads: every acknowledged message, each once.
      const reader = await openConvocationLink(base, links.get(speakers[0]!.email)!);
      const socket: RoomClient = connect(base, {
        transports: ['websocket'],
        extraHeaders: { cookie: reader.cookie },
        reconnection: false,
      });
      sockets.push(socket);
      const snapshot = (await socket
        .timeout(5000)
        .emitWithAck('room:join', { assemblyId: assembly.id })) as Result<RoomSnapshot>;
      expect(snapshot.ok).toBe(true);
      const messages = snapshot.ok ? snapshot.value.messages : [];
      for (const [clientId, { id, body }] of acknowledged) {
        expect(
          messages.filter((message) => message.clientId === clientId).map((message) => [message.id, message.body]),
          clientId,
        ).toEqual([[id, body]]);
      }
      expect(messages).toHaveLength(36);
      for (const room of rooms) room.disconnect();
    },
  );

  /** Every attempt of every member's ballot, per motion: what the person sent and what came back. */
  const attempts = new Map<string, Map<number, Array<{ choice: BallotChoice; outcome: Outcome }>>>();
  const motions: Motion[] = [];

  it(
    'counts every acknowledged ballot, once, through kills during the vote and around the close',
    { timeout: 120_000 },
    async () => {
      failed();
      expect(
        Date.parse(assembly.closesAt) - Date.now(),
        'time left to vote: the phases before took too long on this machine',
      ).toBeGreaterThan(5000);
      const { assembly: current } = await table.json<{ assembly: Assembly }>(`/api/assemblies/${assembly.id}`);
      for (const [index, secret] of [false, true].entries()) {
        const opened = await table.post(`/api/assemblies/${assembly.id}/motions`, {
          itemId: current.agenda[index]!.id,
          kind: 'ordinary_decision',
          title: current.agenda[index]!.title,
          text: `${current.agenda[index]!.title}: adopted as proposed.`,
          secret,
        });
        expect(opened.status).toBe(201);
        motions.push((await opened.json()) as Motion);
      }
      const [named, secret] = motions as [Motion, Motion];
      for (const motion of motions) attempts.set(motion.id, new Map());

      const register = await store.register.snapshot();
      const voters: Array<{ client: TestClient; members: number[] }> = [];
      for (const person of register.people.filter((candidate) => links.has(candidate.email))) {
        const client = await openConvocationLink(base, links.get(person.email)!);
        const { castable } = await client.json<MotionsResponse>(`/api/assemblies/${assembly.id}/motions`);
        if (castable.length > 0) voters.push({ client, members: castable.map((ballot) => ballot.memberNo) });
      }
      const votingMembers = register.members.filter((member) => isVoting(member));
      expect(voters.flatMap((voter) => voter.members).sort((a, b) => a - b)).toEqual(
        votingMembers.map((member) => member.memberNo).sort((a, b) => a - b),
      );
      // Each member's mind is made up: the same choice at every attempt.
      const choices = new Map(
        votingMembers.map((member) => [
          member.memberNo,
          random.pick(['for', 'for', 'against', 'abstain'] as const) as BallotChoice,
        ]),
      );

      /** One attempt to cast the votes of a representative's members on a motion. */
      const cast = async (voter: (typeof voters)[number], motion: Motion): Promise<Outcome['kind'] | 'closed'> => {
        let outcomes: Outcome[];
        try {
          const response = await voter.client.post(`/api/assemblies/${assembly.id}/motions/${motion.id}/ballots`, {
            ballots: voter.members.map((memberNo) => ({ memberNo, choice: choices.get(memberNo)! })),
          });
          const body = (await response.json()) as { receipts?: BallotReceipt[]; error?: { code: string } };
          if (response.status === 201)
            outcomes = body.receipts!.map((receipt) => ({ kind: 'receipt', receipt: receipt.receipt }));
          else if (response.status < 500)
            outcomes = voter.members.map(() => ({
              kind: 'refused',
              code: body.error?.code ?? String(response.status),
            }));
          else outcomes = voter.members.map(() => ({ kind: 'unknown', why: `${response.status} ${body.error?.code}` }));
        } catch (error) {
          outcomes = voter.members.map(() => ({ kind: 'unknown', why: (error as Error).message }));
        }
        voter.members.forEach((memberNo, index) => {
          const tried = attempts.get(motion.id)!;
          tried.set(memberNo, [
            ...(tried.get(memberNo) ?? []),
            { choice: choices.get(memberNo)!, outcome: outcomes[index]! },
          ]);
        });
        const first = outcomes[0]!;
        if (first.kind === 'refused' && ['window_closed', 'motion_closed'].includes(first.code)) return 'closed';
        return first.kind;
      };

      const closesAt = Date.parse(assembly.closesAt);
      note(`voting: ${voters.length} representatives, ${Math.round((closesAt - Date.now()) / 1000)} s until the close`);
      // Named: cast again and again (the last counts) until the room closes. Secret: once, some at the last moment.
      const giveUpAt = closesAt + 30_000;
      const namedVotes = voters.map(async (voter) => {
        while ((await cast(voter, named)) !== 'closed' && Date.now() < giveUpAt) await sleep(random.between(200, 1200));
      });
      const secretVotes = voters.map(async (voter) => {
        await sleep(Math.max(0, closesAt - Date.now() - random.between(-300, 8000)));
        while ((await cast(voter, secret)) === 'unknown' && Date.now() < giveUpAt) await sleep(300);
      });
      const duringTheVote = Math.max(0, closesAt - Date.now() - 4000);
      const theClose = async () => {
        await sleep(closesAt - Date.now());
        await chaos('close', 2500);
      };
      await Promise.all([chaos('voting', duringTheVote), theClose(), ...namedVotes, ...secretVotes]);

      const tallies = await eventually(
        async () => {
          const found = await Promise.all(motions.map((motion) => store.votes.tally(motion.id)));
          return found.every(Boolean) ? found.map((tally) => tally!) : undefined;
        },
        'the tally of both motions',
        60_000,
      );
      const audit = await store.audit.latest({ count: 100_000 });

      for (const [index, motion] of motions.entries()) {
        const tally = tallies[index]!;
        expect(
          audit.filter((entry) => entry.action === 'motion.counted' && entry.subject === `motion:${motion.id}`),
          `${motion.title}: counted once`,
        ).toHaveLength(1);
        const counted = new Set(tally.receipts);
        const floor = { for: 0, against: 0, abstain: 0 };
        const ceiling = { for: 0, against: 0, abstain: 0 };
        let receipts = 0;
        let unexpected: string[] = [];
        for (const [memberNo, tried] of attempts.get(motion.id)!) {
          unexpected = [
            ...unexpected,
            ...tried
              .filter(
                ({ outcome }) =>
                  outcome.kind === 'refused' &&
                  !['window_closed', 'motion_closed', 'ballot_not_recorded'].includes(outcome.code),
              )
              .map(({ outcome }) => `${memberNo}: ${JSON.stringify(outcome)}`),
          ];
          const given = tried.flatMap(({ outcome }) =>
            outcome.kind === 'receipt' ? [receiptHash(motion.id, outcome.receipt)] : [],
          );
          const lastReceipt = tried.findLastIndex(({ outcome }) => outcome.kind === 'receipt');
          const unknownAfter = tried.slice(lastReceipt + 1).some(({ outcome }) => outcome.kind === 'unknown');
          // Secret: "already voted" means an attempt without an answer was stored.
          const storedUnanswered = tried.some(
            ({ outcome }) => outcome.kind === 'refused' && outcome.code === 'ballot_not_recorded',
          );
          const choice = choices.get(memberNo)!;
          if (given.length > 0) floor[choice as keyof typeof floor]++;
          if (given.length > 0 || unknownAfter || storedUnanswered) ceiling[choice as keyof typeof ceiling]++;
          if (motion.secret) {
            // Every receipt handed out is counted.
            for (const hash of given)
              expect(counted.has(hash), `${motion.title}: member ${memberNo}'s receipt`).toBe(true);
            receipts += given.length;
          } else if (given.length > 0) {
            // The last vote acknowledged counts, unless a later one sent without an answer replaced it.
            const last = given.at(-1)!;
            if (!unknownAfter)
              expect(counted.has(last), `${motion.title}: member ${memberNo}'s last receipt`).toBe(true);
            expect(
              given.slice(0, -1).some((hash) => counted.has(hash)),
              `${motion.title}: member ${memberNo}'s replaced receipts`,
            ).toBe(false);
            receipts++;
          }
        }
        expect(unexpected, `${motion.title}: refusals other than the close`).toEqual([]);
        const counts = tally.result.counts;
        note(
          `${motion.title}: counted ${JSON.stringify({ for: counts.for, against: counts.against, abstain: counts.abstain })}, acknowledged at least ${JSON.stringify(floor)}`,
        );
        for (const choice of ['for', 'against', 'abstain'] as const) {
          expect(counts[choice], `${motion.title}: ${choice}`).toBeGreaterThanOrEqual(floor[choice]);
          expect(counts[choice], `${motion.title}: ${choice}`).toBeLessThanOrEqual(ceiling[choice]);
        }
        expect(tally.receipts.length).toBe(counts.for + counts.against + counts.abstain);
        expect(receipts).toBeGreaterThan(0);
      }
    },
  );

  it(
    "e-mails the results once to each member's representative, and drafts the minutes once, with every acknowledged message",
    { timeout: 60_000 },
    async () => {
      failed();
      const register = await store.register.snapshot();
      const people = new Map(register.people.map((person) => [person.id, person.email]));
      const recipients = new Set(
        register.members
          .filter(receivesConvocation)
          .map((member) => people.get(register.representatives.get(member.memberNo) ?? '') ?? ''),
      );
      const results = () =>
        mailbox.received.filter(
          (mail) => mail.subject.startsWith(assembly.title) && /results|résultats/.test(mail.subject),
        );
      await eventually(
        () =>
          recipients.size > 0 && [...recipients].every((email) => results().some((mail) => mail.to.includes(email)))
            ? true
            : undefined,
        'the results e-mails',
        60_000,
      );
      for (const email of recipients)
        expect(
          new Set(
            results()
              .filter((mail) => mail.to.includes(email))
              .map((mail) => mail.messageId),
          ).size,
          email,
        ).toBe(1);
      note(
        `close: ${recipients.size} results e-mails, ${results().length - recipients.size} resent copies with the same Message-ID`,
      );

      const minutes = await eventually(
        async () => {
          const versions = await store.minutes.versions(assembly.id);
          return versions.length > 0 ? versions : undefined;
        },
        'the minutes',
        60_000,
      );
      await sleep(1500);
      expect((await store.minutes.versions(assembly.id)).map((stored) => stored.version.version)).toEqual([1]);
      const audit = await store.audit.latest({ count: 100_000 });
      expect(
        audit.filter((entry) => entry.action === 'minutes.drafted' && entry.subject === `assembly:${assembly.id}`),
      ).toHaveLength(1);

      const content = minutes[0]!.version.content;
      for (const motion of motions) {
        const tally = (await store.votes.tally(motion.id))!;
        const written = content.items.flatMap((item) => item.motions).find((entry) => entry.id === motion.id);
        expect(written?.result, motion.title).toMatchObject({
          outcome: tally.result.outcome,
          counts: {
            for: tally.result.counts.for,
            against: tally.result.counts.against,
            abstain: tally.result.counts.abstain,
          },
        });
      }
      const bodies = [...content.generalDiscussion, ...content.items.flatMap((item) => item.discussion)].map(
        (message) => message.body,
      );
      for (const { body } of acknowledged.values())
        expect(
          bodies.filter((written) => written === body),
          body,
        ).toHaveLength(1);
    },
  );
});
