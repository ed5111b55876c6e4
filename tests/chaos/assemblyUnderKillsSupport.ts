import { io as connect, type Socket } from 'socket.io-client';
import type { Redis } from 'ioredis';
import type { MotionsResponse } from '@shared/api/voting';
import type { ClientToServerEvents, Result, ServerToClientEvents } from '@shared/events';
import type { RoomEvent } from '@shared/schemas/room';
import type { BallotChoice } from '@shared/schemas/ballot';
import type { Assembly } from '@shared/schemas/assembly';
import type { BallotReceipt, Motion } from '@shared/schemas/voting';
import { createContext } from '../../server/context';
import { loadActor } from '../../server/auth/actor';
import { addAgendaItem, createAssembly } from '../../server/commands/editAssembly';
import { conveneAssembly } from '../../server/commands/conveneAssembly';
import { closeQueues } from '../../server/queue/queues';
import type { TestClient } from '../integration/support';
import {
  type ChaosConfig,
  type Killable,
  type KillableRedis,
  type Mailbox,
  openConvocationLink,
  type ReceivedMail,
  seededRandom,
  sleep,
} from './support';

export type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents>;
type Target = 'web' | 'worker' | 'redis';
/** One kill -9: when in its phase (a fraction of the phase), of what, and how long it stays down. */
interface KillPoint {
  at: number;
  target: Target;
  downFor: number;
}

const day = 86_400_000;

/** The kills of every phase, drawn all at once: the same seed gives the same ones, however fast the machine is. */
export function killPlans(kills: ReturnType<typeof seededRandom>) {
  /** A kill of each target at a random point of a phase, in the order they fall. */
  const killPlan = (targets: Target[]): KillPoint[] =>
    targets
      .map((target) => ({ at: kills.next(), target, downFor: kills.between(100, 1500) }))
      .sort((a, b) => a.at - b.at);
  return {
    convening: killPlan(['worker', 'redis', 'web']),
    discussion: killPlan(['web', 'redis', 'web', 'worker']),
    voting: killPlan(['web', 'redis', 'worker', 'web']),
    close: killPlan(['worker', 'redis', 'worker', 'web']),
  };
}
type KillPlans = ReturnType<typeof killPlans>;

/**
 * What runs the kills of a phase `span` ms long at their points, each process started again after its time down.
 * One kill at a time, whichever phase asks: a process is never started twice.
 */
export function killer(
  plans: KillPlans,
  processes: () => { redis: KillableRedis; web: Killable; worker: Killable },
  note: (line: string) => void,
) {
  let killing = Promise.resolve();
  return async function chaos(phase: keyof KillPlans, span: number): Promise<void> {
    const { redis, web, worker } = processes();
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
  };
}

/** The Table convened it 16 days before its opening, with two agenda items to vote on, straight on the store. */
export async function conveneOnTheStore(storeRedis: Redis, config: ChaosConfig, opensAt: number): Promise<Assembly> {
  const then = createContext(storeRedis, config, { now: () => new Date(opensAt - 16 * day) });
  const actor = (await loadActor(then, (await then.register.personByEmail('giusto.maniscalchi@example.org'))!.id))!;
  const draft = await createAssembly(then, actor, {
    kind: 'ordinary',
    title: 'Ordinary assembly of the year',
    opensAt: new Date(opensAt).toISOString(),
    hybrid: false,
  });
  for (const title of ['Action plan and budget 2027', 'Working groups 2027'])
    await addAgendaItem(then, actor, draft.id, {
      kind: 'ordinary_decision',
      title,
      description: '',
      subjectMemberNo: null,
    });
  const { assembly } = await conveneAssembly(then, actor, draft.id);
  await closeQueues(then.queues);
  return assembly;
}

/** The Message-IDs of the convocations received, by member number. */
export function convocationsByPerson(mailbox: Mailbox, ofAssembly: RegExp): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  for (const mail of mailbox.received) {
    const personId = ofAssembly.exec(mail.messageId ?? '')?.[1];
    if (personId) ids.set(personId, (ids.get(personId) ?? new Set()).add(mail.messageId ?? ''));
  }
  return ids;
}

/** A room connection that comes back by itself, as a browser's does. */
export function reconnectingRoom(base: string, cookie: string): RoomClient {
  const socket: RoomClient = connect(base, {
    transports: ['websocket'],
    extraHeaders: { cookie },
    reconnectionDelay: 200,
    reconnectionDelayMax: 1000,
  });
  // A connection refused while a process restarts: try again, as a person reloading would.
  socket.on('connect_error', () => !socket.active && setTimeout(() => socket.connect(), 300));
  return socket;
}

/** Sends a message until the server acknowledges it: after no answer, the same message again (same clientId). */
export async function postUntilAcknowledged(
  socket: RoomClient,
  input: { assemblyId: string; thread: string; body: string; replyTo: null; clientId: string },
  acknowledged: Map<string, { id: string; body: string }>,
) {
  for (;;) {
    // No answer within 4 s (the process died, or the connection is down): sent again.
    const result = (await socket
      .timeout(4000)
      .emitWithAck('message:post', input)
      .catch(() => null)) as Result<RoomEvent> | null;
    if (result?.ok) return acknowledged.set(input.clientId, { id: result.value.message.id, body: input.body });
    // What the browser tries again by itself; anything else is a refusal the person would see.
    if (result && !['internal', 'too_many_messages'].includes(result.error.code))
      throw new Error(`${input.body}: refused (${result.error.code}: ${result.error.message})`);
    await sleep(300);
  }
}

/** What became of one attempt to cast a member's vote: a receipt, a clear refusal, or no answer. */
type Outcome =
  { kind: 'receipt'; receipt: string } | { kind: 'refused'; code: string } | { kind: 'unknown'; why: string };
/** Every attempt of every member's ballot, per motion: what the person sent and what came back. */
export type Attempts = Map<string, Map<number, Array<{ choice: BallotChoice; outcome: Outcome }>>>;
export interface Voter {
  client: TestClient;
  members: number[];
}

/** One attempt to cast the votes of a representative's members on a motion, kept in `attempts`. */
export async function castAttempt(
  assemblyId: string,
  voter: Voter,
  motion: Motion,
  choices: Map<number, BallotChoice>,
  attempts: Attempts,
): Promise<Outcome['kind'] | 'closed'> {
  let outcomes: Outcome[];
  try {
    const response = await voter.client.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/ballots`, {
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
}

/** The representatives with votes to cast, each through the personal link of its convocation. */
export async function votersOf(
  people: Array<{ email: string }>,
  links: Map<string, ReceivedMail>,
  base: string,
  assemblyId: string,
): Promise<Voter[]> {
  const voters: Voter[] = [];
  for (const person of people.filter((candidate) => links.has(candidate.email))) {
    const client = await openConvocationLink(base, links.get(person.email)!);
    const { castable } = await client.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    if (castable.length > 0) voters.push({ client, members: castable.map((ballot) => ballot.memberNo) });
  }
  return voters;
}

/**
 * The Table opens two named votes on the first two items (a secret vote under kills is
 * tests/chaos/secretVoteUnderKills.test.ts): one cast again and again, one cast once at the last
 * moment. Each gets its record of attempts.
 */
export async function openTwoNamedVotes(
  table: TestClient,
  assemblyId: string,
  attempts: Attempts,
): Promise<[named: Motion, lastMoment: Motion]> {
  const { assembly } = await table.json<{ assembly: Assembly }>(`/api/assemblies/${assemblyId}`);
  const motions: Motion[] = [];
  for (const item of assembly.agenda.slice(0, 2)) {
    const opened = await table.post(`/api/assemblies/${assemblyId}/motions`, {
      itemId: item.id,
      kind: 'ordinary_decision',
      title: item.title,
      text: `${item.title}: adopted as proposed.`,
      secret: false,
    });
    if (opened.status !== 201)
      throw new Error(`opening a vote on "${item.title}": ${opened.status} ${await opened.text()}`);
    const motion = (await opened.json()) as Motion;
    attempts.set(motion.id, new Map());
    motions.push(motion);
  }
  return motions as [Motion, Motion];
}
