import type { Actor } from '@shared/rules/permissions';
import type { Person } from '@shared/schemas/person';
import type { ProfileUpdate } from '@shared/schemas/auth';
import type { PersonUpdate } from '@shared/schemas/registerEdits';
import { Refusal } from './refusal';
import { signature } from '../auth/actor';
import type { Context } from '../context';

/**
 * Changes a person's name, e-mail, language, time zone or mail format: the secretariat for anyone, a
 * person for itself (which may also choose what it receives of a room's discussion).
 */
export async function updatePerson(
  ctx: Pick<Context, 'now' | 'register'>,
  actor: Actor,
  personId: string,
  update: PersonUpdate | ProfileUpdate,
): Promise<Person> {
  return ctx.register.transact((register, changes) => {
    const before = register.people.find((person) => person.id === personId);
    if (!before) throw new Refusal('person_not_found', {});
    if ('email' in update && update.email && update.email !== before.email) {
      const taken = register.people.find((person) => person.email === update.email);
      if (taken) {
        throw new Refusal(
          'email_taken',
          { email: update.email, name: taken.name },
          { issues: [{ path: 'email', message: `Already used by ${taken.name}` }] },
        );
      }
    }
    const after: Person = { ...before, ...update };
    if (JSON.stringify(after) === JSON.stringify(before)) return before;
    changes.putPerson(after, before.email).audit({
      at: ctx.now().toISOString(),
      by: signature(actor),
      action: 'person.updated',
      subject: `person:${personId}`,
      before,
      after,
    });
    return after;
  });
}
