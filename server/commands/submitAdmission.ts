import { randomUUID } from 'node:crypto';
import type { Actor } from '@shared/rules/permissions';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import type { AdmissionSubmission } from '@shared/schemas/registerEdits';
import { Refusal } from './refusal';
import type { Context } from '../context';

/**
 * S.11: a candidate asks to join, or a member proposes it. The candidate enters the register as
 * "requested", with its contact person as representative, and waits for the Direction.
 */
export async function submitAdmission(
  ctx: Pick<Context, 'now' | 'rateLimits' | 'register'>,
  actor: Actor | null,
  input: AdmissionSubmission,
  client: string,
): Promise<{ memberNo: number }> {
  const limit = await ctx.rateLimits.hit('admission', actor?.personId ?? client, 5, 3600);
  if (!limit.allowed) {
    throw new Refusal(
      'too_many_requests',
      { context: 'admission' },
      {
        retryAfter: limit.retryAfter,
      },
    );
  }
  if (
    input.proposedByMemberNo !== null &&
    !actor?.represents.some((member) => member.memberNo === input.proposedByMemberNo)
  ) {
    throw new Refusal(
      'forbidden',
      { context: 'proposer' },
      { issues: [{ path: 'proposedByMemberNo', message: 'You do not represent this member' }] },
    );
  }
  return ctx.register.transact((register, changes) => {
    const at = ctx.now().toISOString();
    const memberNo = Math.max(0, ...register.members.map((member) => member.memberNo)) + 1;
    let contact: Person | undefined = register.people.find((person) => person.email === input.contact.email);
    if (!contact) {
      contact = { id: randomUUID(), ...input.contact };
      changes.putPerson(contact);
    }
    const member: Member = {
      memberNo,
      territoryNo: null,
      college: input.college,
      continent: input.continent,
      country: input.country,
      territory: input.territory,
      organisation: input.organisation,
      platformType: input.platformType,
      status: 'requested',
      population: input.population,
    };
    const requestedBy = actor?.name ?? `${input.contact.name} (candidate)`;
    changes
      .putMember(member)
      .designate({ memberNo, personId: contact.id, from: at, setBy: requestedBy })
      .putAdmission({
        memberNo,
        criteria: input.criteria,
        requestedAt: at,
        requestedBy,
        proposedByMemberNo: input.proposedByMemberNo,
        decision: null,
      })
      .audit({
        at,
        by: { personId: actor?.personId ?? null, name: requestedBy },
        action: 'admission.requested',
        subject: `member:${memberNo}`,
        before: null,
        after: member,
      });
    return { memberNo };
  });
}
