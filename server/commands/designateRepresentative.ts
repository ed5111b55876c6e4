import { randomUUID } from 'node:crypto';
import type { Actor } from '@shared/rules/permissions';
import type { Person } from '@shared/schemas/person';
import type { RepresentativeChange } from '@shared/schemas/registerEdits';
import { Refusal } from './refusal';
import { signature } from '../auth/actor';
import type { Context } from '../context';

/**
 * S.2: a member designates the natural person who represents it, and may change it at any time.
 * The secretariat records it; the history keeps who, from when and who recorded it.
 */
export async function designateRepresentative(
  ctx: Pick<Context, 'live' | 'now' | 'register'>,
  actor: Actor,
  memberNo: number,
  change: RepresentativeChange,
): Promise<void> {
  const previous = await ctx.register.transact((register, changes): string | null => {
    const member = register.members.find((candidate) => candidate.memberNo === memberNo);
    if (!member) throw new Refusal('member_not_found', { memberNo });
    let person: Person | undefined;
    if ('personId' in change) {
      person = register.people.find((candidate) => candidate.id === change.personId);
      if (!person) throw new Refusal('person_not_found', { context: 'choose' });
    } else {
      const taken = register.people.find((candidate) => candidate.email === change.newPerson.email);
      if (taken) {
        throw new Refusal(
          'email_taken',
          { email: change.newPerson.email, name: taken.name, context: 'designate' },
          { issues: [{ path: 'newPerson.email', message: `Already used by ${taken.name}` }] },
        );
      }
      person = { id: randomUUID(), ...change.newPerson };
      changes.putPerson(person);
    }
    const previous = register.representatives.get(memberNo) ?? null;
    if (previous === person.id) return null;
    const at = ctx.now().toISOString();
    changes.designate({ memberNo, personId: person.id, from: at, setBy: actor.name }).audit({
      at,
      by: signature(actor),
      action: 'member.representative_designated',
      subject: `member:${memberNo}`,
      before: { personId: previous },
      after: { personId: person.id, name: person.name },
    });
    return previous;
  });
  // The former representative may no longer speak for anyone: its open rooms are told.
  if (previous) await ctx.live.publish({ type: 'person.changed', personId: previous });
}
