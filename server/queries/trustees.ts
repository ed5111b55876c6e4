import { DateTime } from 'luxon';
import { seatsInTerm, type Actor } from '@shared/rules/permissions';
import { defaultThreshold, defaultTrusteeSeats } from '@shared/rules/secretVotes';
import type { TrusteesResponse } from '@shared/api/secretBallots';
import type { Context } from '../context';
import type { Ceremony, TrusteeSetup } from '../store/secretVotes';
import type { RegisterSnapshot } from '../store/register';
import { visibleAssembly } from './visibleAssembly';
import { secretBoxes } from './secretBox';

type SetupStores = Pick<Context, 'now' | 'register' | 'secretVotes' | 'statutes'>;

/**
 * The trustees of an assembly's secret votes (#20): chosen by the Table, by default the holders of
 * the seats in `defaultTrusteeSeats`, two of whom can decrypt. Each makes its part of the election
 * key in its own browser (Belenios's threshold protocol); the server only routes the pieces and
 * checks them, and never holds enough to decrypt.
 */
export async function trusteeSetup(ctx: SetupStores, assemblyId: string, ceremony?: Ceremony): Promise<TrusteeSetup> {
  const stored = (ceremony ?? (await ctx.secretVotes.ceremony(assemblyId))).setup;
  if (stored) return stored;
  const register = await ctx.register.snapshot();
  const holders = new Map([...officesHeld(ctx, register)].map(([personId, office]) => [office, personId]));
  const trustees: TrusteeSetup['trustees'] = [];
  for (const wanted of defaultTrusteeSeats) {
    const office = `${wanted.body}:${wanted.office}`;
    const person = register.people.find((candidate) => candidate.id === holders.get(office));
    if (person) trustees.push({ position: trustees.length + 1, personId: person.id, name: person.name, office });
  }
  return { threshold: Math.min(defaultThreshold, trustees.length), trustees };
}

/**
 * The office each person holds today through the members they represent ("table:president"), the
 * trustees' usual seats first: what the trustees' list shows beside a name, default or chosen.
 */
export function officesHeld(ctx: Pick<Context, 'now' | 'statutes'>, register: RegisterSnapshot): Map<string, string> {
  const today = DateTime.fromJSDate(ctx.now(), { zone: ctx.statutes.referenceTimeZone }).toISODate() ?? '';
  const rank = (seat: { body: string; office: string }) => {
    const index = defaultTrusteeSeats.findIndex((wanted) => wanted.body === seat.body && wanted.office === seat.office);
    return index < 0 ? defaultTrusteeSeats.length : index;
  };
  const offices = new Map<string, string>();
  for (const seat of seatsInTerm(register.bodySeats, today).sort((a, b) => rank(a) - rank(b))) {
    const personId = register.representatives.get(seat.memberNo);
    if (personId && !offices.has(personId)) offices.set(personId, `${seat.body}:${seat.office}`);
  }
  return offices;
}

/** Where a trustee stands: the steps done, and the one to do now (null: wait for the others, or all done). */
export function trusteeTodo(ceremony: Ceremony, setup: TrusteeSetup, position: number) {
  const all = setup.trustees.length;
  const certificates = [...ceremony.certificates.entries()].sort(([a], [b]) => a - b).map(([, piece]) => piece);
  if (!ceremony.certificates.has(position)) return { step: 'certificate' as const };
  if (ceremony.certificates.size < all) return null;
  if (!ceremony.polynomials.has(position))
    return { step: 'polynomial' as const, certificates, threshold: setup.threshold };
  if (!ceremony.vinputs) return null;
  if (!ceremony.voutputs.has(position))
    return { step: 'voutput' as const, certificates, vinput: ceremony.vinputs[position - 1] ?? '' };
  return null;
}

/** The steps of the ceremony done so far, of all the trustees' (three each). */
export const ceremonyProgress = (ceremony: Ceremony, setup: TrusteeSetup) => ({
  done: ceremony.certificates.size + ceremony.polynomials.size + ceremony.voutputs.size,
  needed: setup.trustees.length * 3,
});

/**
 * The trustees of an assembly's secret votes as the Table and each trustee see them: who, how far
 * each is, and for a trustee, what to do now and the tallies waiting for its share.
 */
export async function readTrustees(
  ctx: Pick<Context, 'assemblies' | 'elections' | 'now' | 'register' | 'secretVotes' | 'statutes' | 'votes'>,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
): Promise<TrusteesResponse> {
  await visibleAssembly(ctx, actor, scope, assemblyId);
  const ceremony = await ctx.secretVotes.ceremony(assemblyId);
  const setup = await trusteeSetup(ctx, assemblyId, ceremony);
  const me = setup.trustees.find((trustee) => trustee.personId === actor.personId);
  const decryptions: NonNullable<TrusteesResponse['you']>['decryptions'] = [];
  if (me) {
    const certificates = setup.trustees.map((trustee) => ceremony.certificates.get(trustee.position) ?? '');
    // Every secret vote closed and waiting for this trustee's share: motions and election rounds alike.
    for (const box of await secretBoxes(ctx, assemblyId)) {
      const [election, count, shares, result] = await Promise.all([
        ctx.secretVotes.election(box.id),
        ctx.secretVotes.count(box.id),
        ctx.secretVotes.shares(box.id),
        ctx.secretVotes.result(box.id),
      ]);
      if (!election || !count || result || shares.has(me.position)) continue;
      decryptions.push({
        id: box.id,
        path: box.path,
        title: box.title,
        round:
          box.election && box.round ? { body: box.election.body, office: box.election.office, round: box.round } : null,
        election: election.election,
        encryptedTally: count.encryptedTally,
        certificates,
        voutput: ceremony.voutputs.get(me.position) ?? '',
      });
    }
  }
  return {
    threshold: setup.threshold,
    trustees: setup.trustees.map((trustee) => ({
      position: trustee.position,
      personId: trustee.personId,
      name: trustee.name,
      office: trustee.office,
      done: (
        [
          ['certificate', ceremony.certificates],
          ['polynomial', ceremony.polynomials],
          ['voutput', ceremony.voutputs],
        ] as const
      )
        .filter(([, pieces]) => pieces.has(trustee.position))
        .map(([step]) => step),
    })),
    ready: ceremony.trustees !== null,
    you: me ? { position: me.position, todo: trusteeTodo(ceremony, setup, me.position), decryptions } : null,
  };
}
