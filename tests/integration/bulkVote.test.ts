import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { CastBallotsResponse, MotionsResponse, ProxiesResponse, ProxyView } from '@shared/api/voting';
import type { Motion } from '@shared/schemas/voting';
import { startPlatform, type TestClient } from './support';
import { castSecret, defaultTrustees, makeElectionKey } from './secretVoting';

const day = 86_400_000;
const opensAt = Date.parse('2027-03-10T09:00:00Z');
const capeVerde = [57, 58, 59, 60, 61, 62, 63, 64, 65];

describe('a bulk vote never fails whole (R.7)', () => {
  let clock = opensAt - 40 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let assemblyId: string;
  let table: TestClient;
  let samuel: TestClient;
  let lhoussaine: TestClient;
  let radhouen: TestClient;
  const motions: Motion[] = [];

  const vote = async (client: TestClient, motion: Motion, memberNos: number[], choice = 'for') =>
    client.post(`/api/assemblies/${assemblyId}/motions/${motion.id}/ballots`, {
      ballots: memberNos.map((memberNo) => ({ memberNo, choice })),
    });
  const castable = async (client: TestClient) =>
    (await client.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`)).castable;

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    samuel = await platform.client().signIn('samuel.thirion@example.org');
    lhoussaine = await platform.client().signIn('lhoussaine.aitbrahim@example.org');
    radhouen = await platform.client().signIn('radhouen.bouden@example.org');
    assemblyId = (await table.convenedAssembly('Assembly of the bulk votes', opensAt)).assembly.id;
    // The trustees make the election key, so that the secret motion can open on it.
    await makeElectionKey(
      [table, ...(await Promise.all(defaultTrustees.slice(1).map((email) => platform.client().signIn(email))))],
      assemblyId,
    );
    // Samuel gives the proxies of his nine Cape Verde members to Lhoussaine's member 68, before the day.
    for (const grantor of capeVerde) {
      const granted = await samuel.post(`/api/assemblies/${assemblyId}/proxies`, {
        grantorMemberNo: grantor,
        holderMemberNo: 68,
      });
      expect(granted.status, await granted.clone().text()).toBe(201);
    }
    clock = opensAt + 3_600_000;
    const { assembly } = await table.json<AssemblyView>(`/api/assemblies/${assemblyId}`);
    for (const secret of [false, true]) {
      const opened = await table.post(`/api/assemblies/${assemblyId}/motions`, {
        itemId: assembly.agenda[0]!.id,
        kind: 'ordinary_decision',
        title: secret ? 'The accounts (secret)' : 'The accounts',
        text: 'The accounts of 2026 are approved.',
        secret,
      });
      expect(opened.status, await opened.clone().text()).toBe(201);
      motions.push((await opened.json()) as Motion);
    }
  }, 60_000);
  afterAll(() => platform?.close());

  it('lists a member whose proxy one gave with its holder, so that voting for it is asked first', async () => {
    const own = (await castable(samuel)).filter((member) => capeVerde.includes(member.memberNo));
    expect(own).toHaveLength(9);
    expect(own.every((member) => member.proxyGivenTo === 'Plateforme Multi-Acteurs — Agadir')).toBe(true);
  });

  it('records the other votes when a grantor voted itself, and names it by organisation with why', async () => {
    const [named] = motions;
    // Samuel votes for member 65 himself: its own vote counts, not its proxy's.
    expect((await vote(samuel, named!, [65], 'against')).status).toBe(201);
    const all = (await castable(lhoussaine)).map((member) => member.memberNo);
    expect(all).toEqual(expect.arrayContaining([...capeVerde, 68]));

    const cast = await vote(lhoussaine, named!, all);
    expect(cast.status, await cast.clone().text()).toBe(201);
    const answer = (await cast.json()) as CastBallotsResponse;
    expect(answer.receipts.map((receipt) => receipt.memberNo).sort((a, b) => a - b)).toEqual(
      all.filter((memberNo) => memberNo !== 65),
    );
    expect(answer.refused).toEqual([
      {
        code: 'member_voted_itself',
        params: { memberNo: 65, organisation: 'Commission Régionale de Partenaires — CRP Sao Vincente' },
      },
    ]);

    // The receipts of the named votes come back from the server (another device sees them).
    const { motions: read } = await lhoussaine.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    const view = read.find((entry) => entry.motion.id === named!.id)!;
    expect(view.myReceipts.map((receipt) => receipt.receipt).sort()).toEqual(
      answer.receipts.map((receipt) => receipt.receipt).sort(),
    );
    // Samuel's own vote for 65 still stands.
    expect(view.myBallots.find((ballot) => ballot.memberNo === 65)).toMatchObject({ castAs: 'own', choice: 'against' });
  });

  it('records the others when a proxy was revoked meanwhile, naming the member refused', async () => {
    const [, secret] = motions;
    // Radhouen gives member 66's proxy to 68; Lhoussaine's page lists it; Radhouen takes it back.
    const granted = await radhouen.post(`/api/assemblies/${assemblyId}/proxies`, {
      grantorMemberNo: 66,
      holderMemberNo: 68,
    });
    expect(granted.status).toBe(201);
    const listed = (await castable(lhoussaine)).map((member) => member.memberNo);
    expect(listed).toContain(66);
    const proxy = (await granted.json()) as ProxyView;
    expect((await radhouen.post(`/api/assemblies/${assemblyId}/proxies/${proxy.id}/revoke`)).status).toBe(200);

    const cast = await castSecret(
      lhoussaine,
      assemblyId,
      secret!.id,
      new Map(listed.map((memberNo) => [memberNo, 'for'])),
    );
    expect(cast.status, await cast.clone().text()).toBe(201);
    const answer = (await cast.json()) as CastBallotsResponse;
    expect(answer.receipts.map((receipt) => receipt.memberNo)).not.toContain(66);
    expect(answer.receipts).toHaveLength(listed.length - 1);
    expect(answer.refused).toEqual([
      {
        code: 'ballot_not_representative',
        params: expect.objectContaining({ memberNo: 66, member: 'Autorité publique — Libreville' }) as unknown,
      },
    ]);
    // A secret ballot's receipts are its trackers, served back to the voter's other devices; its choices never are.
    const { motions: read } = await lhoussaine.json<MotionsResponse>(`/api/assemblies/${assemblyId}/motions`);
    const view = read.find((entry) => entry.motion.id === secret!.id)!;
    expect(view.myReceipts.map((receipt) => receipt.receipt).sort()).toEqual(
      answer.receipts.map((receipt) => receipt.receipt).sort(),
    );
    expect(view.myBallots).toHaveLength(listed.length - 1);
    expect(view.myBallots.every((ballot) => ballot.choice === null)).toBe(true);

    // Again: every member voted already; refused whole, each named.
    const again = await castSecret(
      lhoussaine,
      assemblyId,
      secret!.id,
      new Map([
        [68, 'for'],
        [69, 'for'],
      ]),
    );
    expect(again.status).toBe(409);
    const error = ((await again.json()) as ApiError).error;
    expect(error.code).toBe('ballot_not_recorded');
    expect(error.message).toContain('Plateforme Multi-Acteurs — Agadir has already voted in this secret ballot');
  });

  it('offers, for each member, only the holders the rules allow', async () => {
    const { holdersFor } = await radhouen.json<ProxiesResponse>(`/api/assemblies/${assemblyId}/proxies`);
    const for67 = holdersFor.find((entry) => entry.grantorMemberNo === 67)!.holderMemberNos;
    // Africa only: Lhoussaine's Moroccan members, Radhouen's own 66, not Europe.
    expect(for67).toEqual(expect.arrayContaining([66, 68, 69, 70]));
    expect(for67).not.toContain(1);
    expect(for67).not.toContain(34);
    // Not a member that gave its own proxy (no chains), not itself.
    for (const gave of capeVerde) expect(for67).not.toContain(gave);
    expect(for67).not.toContain(67);
    // What is offered is accepted.
    const granted = await radhouen.post(`/api/assemblies/${assemblyId}/proxies`, {
      grantorMemberNo: 67,
      holderMemberNo: for67[0],
    });
    expect(granted.status, await granted.clone().text()).toBe(201);
  });
});
