import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { MotionsResponse } from '@shared/api/voting';
import type { TrusteesResponse } from '@shared/api/secretBallots';
import type { Motion } from '@shared/schemas/voting';
import { verifyArchive } from '@shared/belenios/verify';
import { connectRedis } from '../../server/redis/connection';
import { startPlatform, eventually, TestClient } from './support';
import { castSecret, castSecretOk, defaultTrustees, giveShares, makeElectionKey, type Trustee } from './secretVoting';
import { verifyWithTool } from './belenios/tool';

const day = 86_400_000;
const hour = 3_600_000;
const opensAt = Date.parse('2027-03-10T09:00:00Z');

describe('a secret vote nobody can unmask, and a count anyone can re-check (#20)', () => {
  let clock = opensAt - 20 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let assemblyId: string;
  let motion: Motion;
  let trustees: Trustee[];
  const people = new Map<string, TestClient>();
  const person = (email: string) => people.get(email)!;

  const openSecretMotion = () =>
    table.json<AssemblyView>(`/api/assemblies/${assemblyId}`).then(({ assembly }) =>
      table.post(`/api/assemblies/${assemblyId}/motions`, {
        itemId: assembly.agenda[0]!.id,
        kind: 'ordinary_decision',
        title: 'The 2027 budget',
        text: 'The assembly approves the budget.',
        secret: true,
      }),
    );

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    for (const email of [
      ...defaultTrustees,
      'ekaterina.smoroda@example.org',
      'andre.desmet@example.org',
      'samuel.thirion@example.org',
    ])
      people.set(email, email === defaultTrustees[0] ? table : await platform.client().signIn(email));
    const created = (await (
      await table.post('/api/assemblies', {
        kind: 'ordinary',
        title: 'AGO budget',
        opensAt: new Date(opensAt).toISOString(),
      })
    ).json()) as AssemblyView;
    assemblyId = created.assembly.id;
    await table.post(`/api/assemblies/${assemblyId}/agenda`, { kind: 'ordinary_decision', title: 'Budget 2027' });
    expect((await table.post(`/api/assemblies/${assemblyId}/convene`)).status).toBe(200);
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('opens no secret vote before its trustees have made the key together', async () => {
    clock = opensAt + hour;
    const refused = await openSecretMotion();
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as ApiError;
    expect(body.error.code).toBe('trustees_not_ready');
    expect(body.error.message).toContain('0 of 9');
  });

  it('keeps each trustee’s office beside the name once the Table has chosen them', async () => {
    const path = `/api/assemblies/${assemblyId}/trustees`;
    const proposed = await table.json<TrusteesResponse>(path);
    expect(proposed.trustees.map((trustee) => trustee.office)).toEqual([
      'table:president',
      'table:secretary',
      'audit_council:president',
    ]);
    const chosen = [...proposed.trustees].reverse().map((trustee) => trustee.personId);
    expect((await table.request('PUT', path, { personIds: chosen, threshold: 2 })).status).toBe(200);
    const saved = await table.json<TrusteesResponse>(path);
    expect(saved.trustees.map((trustee) => [trustee.personId, trustee.office])).toEqual(
      [...proposed.trustees].reverse().map((trustee) => [trustee.personId, trustee.office]),
    );
    // Back to the default order, which the key ceremony below follows.
    const original = proposed.trustees.map((trustee) => trustee.personId);
    expect((await table.request('PUT', path, { personIds: original, threshold: 2 })).status).toBe(200);
  });

  it('lets the three default trustees make the key in three steps, then opens the vote on it', async () => {
    clock = opensAt - 10 * day;
    trustees = await makeElectionKey(
      defaultTrustees.map((email) => person(email)),
      assemblyId,
    );
    // A step sent twice is refused with why, and changes nothing.
    const again = await trustees[0]!.client.post(`/api/assemblies/${assemblyId}/trustees/steps`, {
      step: 'certificate',
      piece: '{"message":"x","signature":{"challenge":"1","response":"1"}}',
    });
    expect(again.status).toBe(409);
    // Once started, the Table can no longer change them.
    const change = await table.request('PUT', `/api/assemblies/${assemblyId}/trustees`, {
      personIds: [trustees[0]!.client === table ? 'x' : 'y', 'z'],
      threshold: 2,
    });
    expect([409, 422]).toContain(change.status);

    clock = opensAt + hour;
    const opened = await openSecretMotion();
    expect(opened.status, await opened.clone().text()).toBe(201);
    motion = (await opened.json()) as Motion;
  });

  it('takes encrypted ballots only from who may cast them, and the own vote over the proxy', async () => {
    // André's member 1 gives its proxy to Charleroi (member 3, Giusto): same continent (R.7).
    const proxy = await person('andre.desmet@example.org').post(`/api/assemblies/${assemblyId}/proxies`, {
      assemblyId,
      grantorMemberNo: 1,
      holderMemberNo: 3,
    });
    expect(proxy.status, await proxy.clone().text()).toBe(201);

    // Ekaterina's 24 members, split: 10 for, 8 against, 6 abstain.
    const { castable } = await person('ekaterina.smoroda@example.org').json<MotionsResponse>(
      `/api/assemblies/${assemblyId}/motions`,
    );
    expect(castable).toHaveLength(24);
    const split = new Map(
      castable.map(
        (ballot, index) => [ballot.memberNo, index < 10 ? 'for' : index < 18 ? 'against' : 'abstain'] as const,
      ),
    );
    const cast = await castSecretOk(person('ekaterina.smoroda@example.org'), assemblyId, motion.id, split);
    expect(cast.receipts).toHaveLength(24);
    expect(cast.receipts.every((receipt) => /^[A-Za-z0-9+/]{43}$/.test(receipt.receipt))).toBe(true);

    // Giusto votes by proxy for member 1 (for), then André votes itself (against): the own vote counts.
    await castSecretOk(table, assemblyId, motion.id, new Map([[1, 'for']]));
    await castSecretOk(person('andre.desmet@example.org'), assemblyId, motion.id, new Map([[1, 'against']]));
    // The proxy holder cannot vote again for it, nor can a member vote twice.
    const twice = await castSecret(table, assemblyId, motion.id, new Map([[1, 'for']]));
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as ApiError).error.message).toContain('already voted');

    // A ballot for a member one does not represent is refused, named, and nothing is stored for it.
    const notMine = await castSecret(
      person('samuel.thirion@example.org'),
      assemblyId,
      motion.id,
      new Map([[1, 'for']]),
    );
    expect(notMine.status).toBe(403);

    // A ballot signed with another member's credential is refused by the checks.
    const samuel = person('samuel.thirion@example.org');
    const { castable: his } = await samuel.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    const [a, b] = his.map((ballot) => ballot.memberNo);
    const election = await samuel.json<{ credentials: Array<{ memberNo: number; credential: string }> }>(
      `/api/assemblies/${assemblyId}/motions/${motion.id}/election`,
    );
    const { encryptBallot } = await import('@shared/belenios/ballot');
    const { election: record } = await samuel.json<{ election: string }>(
      `/api/assemblies/${assemblyId}/motions/${motion.id}/election`,
    );
    const swapped = await samuel.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/encrypted-ballots`, {
      ballots: [
        {
          memberNo: a,
          ballot: encryptBallot({
            election: record,
            credential: election.credentials.find((entry) => entry.memberNo === b)!.credential,
            choices: [[1, 0]],
          }).ballot,
        },
      ],
    });
    expect(swapped.status).toBe(409);
    expect(((await swapped.json()) as ApiError).error.message).toContain('credential');

    const { motions } = await table.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    expect(motions[0]!.turnout).toBe(25);
  });

  it('keeps no choice next to a member anywhere in Redis', async () => {
    const redis = connectRedis(platform.config.REDIS_URL);
    try {
      const keys = await redis.keys(`${platform.config.REDIS_PREFIX}:*`);
      for (const key of keys) {
        const type = await redis.type(key);
        const values =
          type === 'string'
            ? [await redis.get(key)]
            : type === 'hash'
              ? Object.entries(await redis.hgetall(key)).flat()
              : type === 'list'
                ? await redis.lrange(key, 0, -1)
                : type === 'set'
                  ? await redis.smembers(key)
                  : type === 'stream'
                    ? (await redis.xrange(key, '-', '+')).flatMap(([, fields]) => fields)
                    : [];
        for (const value of values)
          expect(value ?? '', key).not.toMatch(/"choice":"(for|against|abstain)"|\|(for|against|abstain)\b/);
      }
    } finally {
      redis.disconnect();
    }
  });

  it('at the close, waits for two of the three trustees, then counts, publishes the archive, and belenios-tool verifies it', async () => {
    const closed = await table.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/close`);
    expect(closed.status, await closed.clone().text()).toBe(200);
    let view = (await table.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`)).motions[0]!;
    expect(view.tally).toBeNull();
    expect(view.secretCount).toMatchObject({ shares: 0, needed: 2, archive: null });
    expect(view.secretCount!.waitingFor.map((trustee) => trustee.position)).toEqual([1, 2, 3]);

    // One share is not enough: the result waits, it is never guessed.
    expect((await giveShares(trustees[0]!, assemblyId)).map((response) => response.status)).toEqual([201]);
    expect((await giveShares(trustees[0]!, assemblyId)).length).toBe(0);
    view = (await table.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`)).motions[0]!;
    expect(view.tally).toBeNull();
    expect(view.secretCount!.waitingFor.map((trustee) => trustee.name)).toEqual([
      expect.stringMatching(/Fay/),
      expect.stringMatching(/Simitsis/),
    ]);

    expect((await giveShares(trustees[2]!, assemblyId)).map((response) => response.status)).toEqual([201]);
    view = await eventually(async () => {
      const found = (await table.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`)).motions[0]!;
      return found.tally ? found : undefined;
    }, 'the decrypted result');
    // 10 for; 8 against + member 1's own "against" (its proxy's "for" set aside); 6 abstentions.
    expect(view.tally!.result.counts).toMatchObject({ for: 10, against: 9, abstain: 6, overriddenByOwnVote: 1 });
    expect(view.tally!.result.outcome).toBe('adopted');

    const archive = view.secretCount!.archive!;
    const response = await table.get(archive.url);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(archive.sha256);
    expect(response.headers.get('content-disposition')).toContain(`${view.secretCount!.uuid}.bel`);

    // Agora's own verifier and belenios-tool both accept it, and each voter finds its tracker in it.
    const report = verifyArchive(new Uint8Array(bytes), archive.sha256);
    expect(report.problems).toEqual([]);
    expect(report.result).toEqual([[6, 10, 9]]);
    const ekaterina = (
      await person('ekaterina.smoroda@example.org').json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`)
    ).motions[0]!;
    const mine = ekaterina.myReceipts.map((receipt) => receipt.receipt);
    expect(mine).toHaveLength(24);
    for (const tracker of mine) expect(report.trackers).toContain(tracker);
    const dir = await mkdtemp(join(tmpdir(), 'agora-bel-'));
    await writeFile(join(dir, `${view.secretCount!.uuid}.bel`), bytes);
    const verified = await verifyWithTool(dir);
    expect(verified.code, verified.stderr).toBe(0);

    // A late share changes nothing.
    expect((await giveShares(trustees[1]!, assemblyId)).length).toBe(0);
  });
});
