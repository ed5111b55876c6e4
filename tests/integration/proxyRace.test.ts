import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { ProxyView } from '@shared/api/voting';
import type { Motion } from '@shared/schemas/voting';
import { startPlatform, type TestClient } from './support';
import { defaultTrustees, encryptSecret, makeElectionKey } from './secretVoting';

const day = 86_400_000;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const opensAt = Date.parse('2027-03-10T09:00:00Z');

/** Each round's grantor, its representative, and the member of another person that holds its proxy. */
const rounds = [
  ...[34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54].map((grantor) => ({
    grantor,
    grantorEmail: 'ekaterina.smoroda@example.org',
    holder: 22,
    holderEmail: 'manuela.coutinho@example.org',
  })),
  ...[57, 58, 59, 60, 61, 62, 63, 64, 65].map((grantor) => ({
    grantor,
    grantorEmail: 'samuel.thirion@example.org',
    holder: 68,
    holderEmail: 'lhoussaine.aitbrahim@example.org',
  })),
];

describe('a proxy withdrawn while its holder votes with it (R.7)', () => {
  let clock = opensAt - 40 * day;
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let assemblyId: string;
  const motions: Motion[] = [];
  const people = new Map<string, TestClient>();

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(clock) });
    const table = await platform.client().signIn('giusto.maniscalchi@example.org');
    for (const email of new Set(rounds.flatMap((round) => [round.grantorEmail, round.holderEmail])))
      people.set(email, await platform.client().signIn(email));
    assemblyId = (await table.convenedAssembly('Assembly of the race', opensAt)).assembly.id;
    // The trustees make the election key, so that the secret motion can open on it.
    await makeElectionKey(
      [table, ...(await Promise.all(defaultTrustees.slice(1).map((email) => platform.client().signIn(email))))],
      assemblyId,
    );
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

  /** A ballot ready to leave (a secret one encrypted beforehand, as the browser does), and where it goes. */
  async function ballotOf(client: TestClient, motion: Motion, memberNo: number, choice: 'for' | 'against') {
    const base = `/api/assemblies/${assemblyId}/motions/${motion.id}`;
    return motion.secret
      ? {
          path: `${base}/encrypted-ballots`,
          body: await encryptSecret(client, assemblyId, motion.id, new Map([[memberNo, choice]])),
        }
      : { path: `${base}/ballots`, body: { ballots: [{ memberNo, choice }] } };
  }

  it('lets exactly one of the withdrawal and the ballot through, round after round', async () => {
    const outcomes = new Map(motions.map((motion) => [motion.id, { revoked: 0, voted: 0 }]));
    // How long the server takes over a ballot of each motion (an encrypted one's proofs are checked first),
    // timed on Ekaterina's own member 33.
    const took = new Map<string, number>();
    const ekaterina = people.get('ekaterina.smoroda@example.org')!;
    for (const motion of motions) {
      const { path, body } = await ballotOf(ekaterina, motion, 33, 'for');
      const sentAt = Date.now();
      expect((await ekaterina.post(path, body)).status).toBe(201);
      took.set(motion.id, Date.now() - sentAt);
    }
    for (const [index, round] of rounds.entries()) {
      const grantorSide = people.get(round.grantorEmail)!;
      const holderSide = people.get(round.holderEmail)!;
      const motion = motions[index % motions.length]!;
      const granted = await grantorSide.post(`/api/assemblies/${assemblyId}/proxies`, {
        grantorMemberNo: round.grantor,
        holderMemberNo: round.holder,
      });
      expect(granted.status, await granted.clone().text()).toBe(201);
      const proxy = (await granted.json()) as ProxyView;
      const { path, body } = await ballotOf(holderSide, motion, round.grantor, 'for');

      // The withdrawal leaves from a little before the ballot to a little more than a ballot's time after it, so
      // that each side wins some rounds, and some withdrawals arrive while the ballot is being checked.
      const lead = [-0.5, -0.1, 0, 0.1, 0.25, 1.5][Math.floor(index / motions.length) % 6]! * took.get(motion.id)!;
      const [revoke, ballot] = await Promise.all([
        delay(Math.max(lead, 0)).then(() =>
          grantorSide.post(`/api/assemblies/${assemblyId}/proxies/${proxy.id}/revoke`),
        ),
        delay(Math.max(-lead, 0)).then(async () => {
          const sentAt = Date.now();
          const response = await holderSide.post(path, body);
          if (response.status === 201) took.set(motion.id, Date.now() - sentAt);
          return response;
        }),
      ]);
      const [revoked, cast] = [await revoke.text(), await ballot.text()];
      const what = `round ${index} (member ${round.grantor}): revoke ${revoke.status} ${revoked}, ballot ${ballot.status} ${cast}`;
      // Never both, never neither.
      expect([revoke.status === 200, ballot.status === 201].filter(Boolean), what).toHaveLength(1);
      if (revoke.status === 200) {
        outcomes.get(motion.id)!.revoked++;
        expect(ballot.status, what).toBe(403);
        expect((JSON.parse(cast) as ApiError).error.code, what).toBe('ballot_not_allowed');
        // The proxy is gone: the member's own representative votes for it.
        const own = await ballotOf(grantorSide, motion, round.grantor, 'against').then((mine) =>
          grantorSide.post(mine.path, mine.body),
        );
        expect(own.status, `${what}; own vote ${await own.clone().text()}`).toBe(201);
      } else {
        outcomes.get(motion.id)!.voted++;
        expect(revoke.status, what).toBe(409);
        expect((JSON.parse(revoked) as ApiError).error.code, what).toBe('proxy_already_used');
      }
    }
    // On the named and the secret motion alike, each side won some rounds.
    for (const motion of motions) {
      const { revoked, voted } = outcomes.get(motion.id)!;
      expect(revoked, motion.title).toBeGreaterThan(0);
      expect(voted, motion.title).toBeGreaterThan(0);
    }
  }, 120_000);
});
