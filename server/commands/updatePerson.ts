import type { Actor } from '@shared/rules/permissions';
import type { Person } from '@shared/schemas/person';
import type { PersonUpdate } from '@shared/schemas/registerEdits';
import { HttpError } from '../http/errors';
import { signature } from '../auth/actor';
import type { Context } from '../context';

/** Changes a person's name, e-mail, language or time zone: the secretariat for anyone, a person for itself. */
export async function updatePerson(
  ctx: Context,
  actor: Actor,
  personId: string,
  update: PersonUpdate,
): Promise<Person> {
  return ctx.register.transact((register, changes) => {
    const before = register.people.find((person) => person.id === personId);
    if (!before) throw new HttpError(404, 'person_not_found', 'This person is not in the register.');
    if (update.email && update.email !== before.email) {
      const taken = register.people.find((person) => person.email === update.email);
      if (taken) {
        throw new HttpError(409, 'email_taken', `${update.email} already belongs to ${taken.name}.`, [
          { path: 'email', message: `Already used by ${taken.name}` },
        ]);
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
