import { DateTime } from 'luxon';
import { seatsInTerm, type Actor } from '@shared/rules/permissions';
import type { RegisterSnapshot } from '../store/register';
import type { Context } from '../context';

/** Who a person is in the network today: the members it represents and the seats they hold. */
export function actorFrom(register: RegisterSnapshot, personId: string, today: string): Actor | null {
  const person = register.people.find((candidate) => candidate.id === personId);
  if (!person) return null;
  const represents = register.members.filter(
    (member) => register.representatives.get(member.memberNo) === personId && member.status !== 'excluded',
  );
  const held = new Set(represents.map((member) => member.memberNo));
  const seats = seatsInTerm(register.bodySeats, today)
    .filter((seat) => held.has(seat.memberNo))
    .map(({ body, office, memberNo }) => ({ body, office, memberNo }));
  return {
    personId,
    name: person.name,
    secretariat: register.secretariat.has(personId),
    represents: represents.map(({ memberNo, college, status, organisation }) => ({
      memberNo,
      college,
      status,
      organisation,
    })),
    seats,
  };
}

/** The actor behind a person id, read from the register as it stands now. */
export async function loadActor(
  ctx: Pick<Context, 'now' | 'statutes' | 'register'>,
  personId: string,
): Promise<Actor | null> {
  const today = DateTime.fromJSDate(ctx.now(), { zone: ctx.statutes.referenceTimeZone }).toISODate() ?? '';
  return actorFrom(await ctx.register.snapshot(), personId, today);
}

/** How an actor signs the audit trail. */
export function signature(actor: Actor): { personId: string; name: string } {
  return { personId: actor.personId, name: actor.name };
}
