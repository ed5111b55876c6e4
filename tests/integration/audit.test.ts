import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { AssemblyView } from '@shared/api/assemblies';
import type { SecretElectionResponse } from '@shared/api/secretBallots';
import type { MotionsResponse } from '@shared/api/voting';
import { encryptBallot } from '@shared/belenios/ballot';
import { choiceVector, motionAnswer } from '@shared/belenios/choices';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events';
import type { Motion } from '@shared/schemas/voting';
import { connectRedis } from '../../server/redis/connection';
import type { Redis } from 'ioredis';
import { redisKeys, type RedisKeys } from '../../server/store/keys';
import { createContext, type Context } from '../../server/context';
import { tallyAssembly } from '../../server/commands/tallyAssembly';
import { verifyAudit } from '../../server/queries/verifyAudit';
import { linkOf } from '../../server/store/audit';
import { eventually, startPlatform, type TestClient } from './support';
import { castSecretOk, defaultTrustees, giveShares, makeElectionKey } from './secretVoting';

const day = 86_400_000;
const hour = 3_600_000;
const opensAt = Date.parse('2027-03-10T09:00:00Z');

describe('the audit trail: a hash chain that shows any change made behind the app’s back', () => {
  let clock = opensAt - 20 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let ctx: Context;
  let redis: Redis;
  let keys: RedisKeys;
  let table: TestClient;
  let member: TestClient;
  let assemblyId: string;
  let named: Motion;
  let secret: Motion;
  let socket: Socket<ServerToClientEvents, ClientToServerEvents>;

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    redis = connectRedis(platform.config.REDIS_URL);
    keys = redisKeys(platform.config.REDIS_PREFIX);
    ctx = createContext(redis, platform.config, { now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    member = await platform.client().signIn('ekaterina.smoroda@example.org');
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'ordinary',
        title: 'AGO audit',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    assemblyId = created.assembly.id;
    await table.post(`/api/assemblies/${assemblyId}/agenda`, { kind: 'ordinary_decision', title: 'Budget 2028' });
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
    const trustees = await makeElectionKey(
      [table, ...(await Promise.all(defaultTrustees.slice(1).map((email) => platform.client().signIn(email))))],
      assemblyId,
    );

    clock = opensAt + hour;
    socket = connect(`http://127.0.0.1:${platform.web.port}`, {
      transports: ['websocket'],
      extraHeaders: { cookie: member.cookie },
      reconnection: false,
    });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    await new Promise((resolve) => socket.emit('room:join', { assemblyId }, resolve));
    for (const [index, body] of ['The budget is balanced.', 'We support it.'].entries()) {
      await new Promise((resolve) =>
        socket.emit(
          'message:post',
          { assemblyId, thread: 'general', replyTo: null, body, clientId: `c-${index}-${Date.now()}` },
          resolve,
        ),
      );
    }
    const { assembly } = await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`);
    const open = async (secretBallot: boolean) => {
      const response = await table.post(`/api/assemblies/${assemblyId}/motions`, {
        itemId: assembly.agenda[0]!.id,
        kind: 'ordinary_decision',
        title: secretBallot ? 'Secret' : 'Named',
        text: 'The budget is adopted.',
        secret: secretBallot,
      });
      expect(response.status, await response.clone().text()).toBe(201);
      return (await response.json()) as Motion;
    };
    named = await open(false);
    secret = await open(true);
    const { castable } = await member.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    const choices = new Map(
      castable.map((ballot, index) => [ballot.memberNo, index % 3 === 0 ? 'against' : 'for'] as const),
    );
    const response = await member.post(`/api/assemblies/${assemblyId}/motions/${named.id}/ballots`, {
      ballots: [...choices].map(([memberNo, choice]) => ({ memberNo, choice })),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    await castSecretOk(member, assemblyId, secret.id, choices);
    clock = opensAt + day;
    await tallyAssembly(ctx, assemblyId);
    // The secret vote is counted once two of its trustees have given their shares.
    for (const trustee of [trustees[0]!, trustees[2]!])
      expect((await giveShares(trustee, assemblyId)).map((share) => share.status)).toEqual([201]);
    await eventually(async () => (await ctx.votes.tally(secret.id)) ?? undefined, 'the secret vote counted');
    // Every vote counted, a job drafts the minutes: the trail is checked once it has.
    await eventually(async () => (await ctx.minutes.version(assemblyId, 1)) ?? undefined, 'the minutes drafted');
  }, 120_000);
  afterAll(async () => {
    socket?.disconnect();
    redis?.disconnect();
    await platform?.close();
  });

  /** Changes a stored value, lets the verification look, puts it back: the trail is whole again. */
  async function tampered(change: () => Promise<unknown>, undo: () => Promise<unknown>) {
    await change();
    const verdict = await verifyAudit(ctx);
    await undo();
    expect((await verifyAudit(ctx)).ok).toBe(true);
    return verdict;
  }

  it('holds a whole chain after a real assembly: ballots, messages, results, register', async () => {
    const verdict = await verifyAudit(ctx);
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    // The assembly created and convened, 2 messages, 2 motions, 2 casts, 2 counts at least.
    expect(verdict.links).toBeGreaterThanOrEqual(10);
    expect(verdict.recordsChecked).toBeGreaterThanOrEqual(24 + 24 + 2 + 2 + 2);
    expect(verdict.head).toEqual(await ctx.audit.head());
  });

  it('names the link of a named ballot whose choice was changed in Redis', async () => {
    const key = keys.namedBallots(named.id);
    const original = (await redis.hget(key, '40'))!;
    const verdict = await tampered(
      () => redis.hset(key, '40', original.replace(/"choice":"\w+"/, '"choice":"abstain"')),
      () => redis.hset(key, '40', original),
    );
    expect(verdict.ok).toBe(false);
    const cast = (await ctx.audit.latest({ subject: `motion:${named.id}` })).find(
      (entry) => entry.action === 'ballots.cast',
    )!;
    expect(verdict.firstBroken).toMatchObject({
      problem: 'value_changed',
      key: `motion:${named.id}:ballots`,
      field: '40',
    });
    expect(verdict.firstBroken?.message).toMatch(/link #\d+ recorded: it was changed behind the app's back/);
    // The link named is the one that recorded the ballot.
    const links = [];
    for await (const link of ctx.audit.links()) links.push(link);
    expect(links.find((link) => link.seq === verdict.firstBroken?.seq)?.json).toContain(cast.at);
  });

  it('sees a message whose words were changed, and a message added without the app', async () => {
    const key = keys.roomMessages(assemblyId);
    const [id, json] = Object.entries(await redis.hgetall(key))[0]!;
    const edited = await tampered(
      () => redis.hset(key, id, json.replace('"body":"', '"body":"Not: ')),
      () => redis.hset(key, id, json),
    );
    expect(edited.problems).toEqual([expect.objectContaining({ problem: 'value_changed', field: id })]);
    const added = await tampered(
      () => redis.hset(key, '1-1', json),
      () => redis.hdel(key, '1-1'),
    );
    expect(added.problems).toEqual([expect.objectContaining({ problem: 'value_unrecorded', field: '1-1' })]);
  });

  it('sees a member added to the attendance register, or its time of arrival changed', async () => {
    const key = keys.attendance(assemblyId);
    const original = (await redis.hget(key, '40'))!;
    const moved = await tampered(
      () => redis.hset(key, '40', original.replace(/"at":"[^"]+"/, '"at":"2027-03-10T08:00:00.000Z"')),
      () => redis.hset(key, '40', original),
    );
    expect(moved.problems).toEqual([
      expect.objectContaining({ problem: 'value_changed', key: `assembly:${assemblyId}:attendance`, field: '40' }),
    ]);
    const added = await tampered(
      () => redis.hset(key, '1', original.replace('"memberNo":40', '"memberNo":1')),
      () => redis.hdel(key, '1'),
    );
    expect(added.problems).toEqual([expect.objectContaining({ problem: 'value_unrecorded', field: '1' })]);
  });

  it('sees a result that was changed, and a secret vote whose encrypted ballots no longer make its archive', async () => {
    const tallyKey = keys.motionTally(named.id);
    const tally = (await redis.get(tallyKey))!;
    const result = await tampered(
      () => redis.set(tallyKey, tally.replace('"outcome":"adopted"', '"outcome":"rejected"')),
      () => redis.set(tallyKey, tally),
    );
    expect(result.firstBroken).toMatchObject({ problem: 'value_changed', key: `motion:${named.id}:tally` });

    // A member's encrypted "against" replaced in Redis by a "for" signed with its own credential.
    const ballotsKey = keys.encryptedBallots(secret.id);
    const { castable } = await member.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    const election = await member.json<SecretElectionResponse>(
      `/api/assemblies/${assemblyId}/motions/${secret.id}/election`,
    );
    const credential = election.credentials.find((entry) => entry.memberNo === castable[0]!.memberNo)!.credential;
    const forged = encryptBallot({
      election: election.election,
      credential,
      choices: [choiceVector(election.question, motionAnswer('for'))],
    }).ballot;
    const credentialOf = (ballot: string) => (JSON.parse(ballot) as { credential: string }).credential;
    const stored = await redis.lrange(ballotsKey, 0, -1);
    const index = stored.findIndex((ballot) => credentialOf(ballot) === credentialOf(forged));
    expect(index).toBeGreaterThanOrEqual(0);
    const recount = await tampered(
      () => redis.lset(ballotsKey, index, forged),
      () => redis.lset(ballotsKey, index, stored[index]!),
    );
    expect(recount.problems).toEqual([expect.objectContaining({ problem: 'archive_differs', key: secret.id })]);
    expect(recount.problems[0]?.message).toContain(secret.id);
  });

  it('names the first link rewritten in the stream itself, and a link taken out', async () => {
    const all = (await redis.xrange(keys.audit, '-', '+')) as Array<[string, string[]]>;
    const rewrite = async (links: Array<[string, string[]]>) => {
      const tx = redis.multi().del(keys.audit);
      for (const [id, fields] of links) tx.xadd(keys.audit, id, ...fields);
      await tx.exec();
    };
    const victim = linkOf(all[3]!);
    const changed = await tampered(
      () =>
        rewrite(
          all.map(([id, fields], index) => [
            id,
            index === 3
              ? fields.map((value) => value.replace(/"at":"[^"]+"/, '"at":"2020-01-01T00:00:00.000Z"'))
              : fields,
          ]),
        ),
      () => rewrite(all),
    );
    expect(changed.firstBroken).toMatchObject({ seq: victim.seq, problem: 'link_changed' });
    expect(changed.firstBroken?.message).toContain(`link #${victim.seq}`);

    const removed = await tampered(
      () => rewrite(all.filter((_, index) => index !== 6)),
      () => rewrite(all),
    );
    expect(removed.firstBroken).toMatchObject({ seq: linkOf(all[7]!).seq, problem: 'link_missing' });
  });

  it('`npm run audit:verify` says the chain holds, or names the first broken link and fails', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const env = { ...process.env, REDIS_URL: platform.config.REDIS_URL, REDIS_PREFIX: platform.config.REDIS_PREFIX };
    const whole = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/verifyAudit.ts'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(whole.status, whole.stderr).toBe(0);
    expect(whole.stdout).toMatch(/The audit trail holds: \d+ links/);
    return (async () => {
      const key = keys.namedBallots(named.id);
      const original = (await redis.hget(key, '40'))!;
      await redis.hset(key, '40', original.replace(/"choice":"\w+"/, '"choice":"abstain"'));
      const broken = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/verifyAudit.ts'], {
        cwd: root,
        env,
        encoding: 'utf8',
      });
      await redis.hset(key, '40', original);
      expect(broken.status).toBe(1);
      expect(broken.stdout).toMatch(/First broken link: #\d+/);
      expect(broken.stdout).toContain(`motion:${named.id}:ballots → 40`);
    })();
  });
});
