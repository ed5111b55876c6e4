import type { Actor } from '@shared/rules/permissions';
import type { Assembly } from '@shared/schemas/assembly';
import type { BallotChoice } from '@shared/schemas/ballot';
import { configSchema } from '../server/config';
import { createContext } from '../server/context';
import { connectRedis } from '../server/redis/connection';
import { closeQueues } from '../server/queue/queues';
import { redisKeys } from '../server/store/keys';
import { openMotion } from '../server/commands/openMotion';
import { tallyAssembly } from '../server/commands/tallyAssembly';
import { recordBallotAttendance } from '../server/commands/room/recordAttendance';
import { benchMembers, benchRedis, elapsed } from './support';

export interface CloseFigures {
  ballots: number;
  /** Bare ioredis: the ballots read with one HGETALL, counted in a loop, one result written. */
  bareMs: number;
  /** Agora's close as the close job runs it: ballots, register and presence read, counted, the tally stored with its audit link. */
  agoraMs: number;
}

const choices: BallotChoice[] = ['for', 'against', 'abstain'];
const day = 86_400_000;
const opensAt = Date.parse('2030-03-04T08:00:00Z');

/**
 * The close of one named vote of `size` ballots, as it runs against Redis (AOF, fsync on every
 * write, as `npm start` sets it up): a register of `size` voting members, each of whose ballots is
 * stored through the vote store with its voter's attendance, then `tallyAssembly`; next to a bare read-count-write of the same
 * hash in the same Redis.
 */
export async function benchClose(sizes: number[]): Promise<CloseFigures[]> {
  const redis = await benchRedis();
  const figures: CloseFigures[] = [];
  try {
    for (const size of sizes) figures.push(await closeOf(redis.url, size));
  } finally {
    await redis.stop();
  }
  return figures;
}

async function closeOf(url: string, size: number): Promise<CloseFigures> {
  let clock = opensAt + 60_000;
  const config = configSchema.parse({ REDIS_URL: url, REDIS_PREFIX: `benchclose${size}`, PORT: '0' });
  const connection = connectRedis(url);
  const ctx = createContext(connection, config, { now: () => new Date(clock) });
  const table: Actor = { personId: 'bench', name: 'Bench', secretariat: false, represents: [], seats: [] };
  try {
    const members = benchMembers(size);
    await ctx.register.transact((_snapshot, changes) => {
      for (const member of members) changes.putMember(member);
    });
    const assembly: Assembly = {
      id: `abench${size}`,
      kind: 'ordinary',
      title: 'Benchmark assembly',
      opensAt: new Date(opensAt).toISOString(),
      closesAt: new Date(opensAt + day).toISOString(),
      referenceTimeZone: 'Europe/Brussels',
      hybrid: false,
      status: 'convened',
      createdAt: new Date(opensAt - 30 * day).toISOString(),
      createdBy: 'Bench',
      agenda: [
        {
          id: 'i1',
          kind: 'ordinary_decision',
          title: 'Accounts',
          description: '',
          documentIds: [],
          addedAt: new Date(opensAt - 30 * day).toISOString(),
          subjectMemberNo: null,
        },
      ],
      dispatches: [],
      unsentChanges: false,
      cancelled: null,
    };
    await ctx.assemblies.create(assembly);
    const motion = await openMotion(ctx, table, assembly.id, {
      itemId: 'i1',
      kind: 'ordinary_decision',
      title: 'Accounts',
      text: 'The accounts are approved.',
      secret: false,
      subjectMemberNo: null,
      agendaChange: null,
      amendedText: null,
    });
    for (let start = 0; start < size; start += 1000) {
      const castAt = new Date(clock).toISOString();
      const ballots = members.slice(start, start + 1000).map((member, index) => ({
        memberNo: member.memberNo,
        choice: choices[(start + index) % 3]!,
        castAs: 'own' as const,
        castByPersonId: 'bench',
        castAt,
        receiptHash: `${member.memberNo}`.padStart(64, '0'),
      }));
      await ctx.votes.castNamed(
        motion.id,
        ballots,
        {
          at: castAt,
          by: { personId: 'bench', name: 'Bench' },
          action: 'ballots.cast',
          subject: `motion:${motion.id}`,
          before: null,
          after: { members: ballots.map((ballot) => ballot.memberNo) },
        },
        { assemblyId: assembly.id, grantIds: [] },
      );
      // A ballot is presence: the close reads every voter's attendance too.
      await recordBallotAttendance(
        ctx,
        assembly.id,
        table,
        ballots.map((ballot) => ({ ...ballot, holderMemberNo: null })),
        new Date(clock),
      );
    }

    const keys = redisKeys(config.REDIS_PREFIX);
    const bareStart = process.hrtime.bigint();
    const stored = await connection.hgetall(keys.namedBallots(motion.id));
    const counts = { for: 0, against: 0, abstain: 0 };
    for (const json of Object.values(stored)) counts[(JSON.parse(json) as { choice: BallotChoice }).choice]++;
    await connection.set(`${config.REDIS_PREFIX}:bare:tally`, JSON.stringify(counts));
    const bareMs = elapsed(bareStart);

    clock = opensAt + day + 60_000;
    const agoraStart = process.hrtime.bigint();
    const counted = await tallyAssembly(ctx, assembly.id);
    const agoraMs = elapsed(agoraStart);
    if (counted !== 1) throw new Error(`the close counted ${counted} motions, not 1`);
    return { ballots: size, bareMs, agoraMs };
  } finally {
    await closeQueues(ctx.queues);
    connection.disconnect();
  }
}
