import { memberTransition } from '@shared/rules/members';
import type { Actor } from '@shared/rules/permissions';
import type { AdmissionDecision } from '@shared/schemas/registerEdits';
import { enqueue } from '../queue/queues';
import { Refusal } from './refusal';
import { signature } from '../auth/actor';
import type { Context } from '../context';
import { addressedTo } from '../mail/render';

/**
 * S.11: the Direction checks the college criteria and approves (the member then waits for the
 * next ordinary assembly) or refuses, with a reason the candidate is e-mailed.
 */
export async function decideAdmission(
  ctx: Pick<Context, 'now' | 'queues' | 'register' | 'statutes'>,
  actor: Actor,
  memberNo: number,
  decision: AdmissionDecision,
): Promise<void> {
  const notice = await ctx.register.transact((register, changes) => {
    const member = register.members.find((candidate) => candidate.memberNo === memberNo);
    const admission = register.admissions.get(memberNo);
    if (!member || !admission) throw new Refusal('admission_not_found', { memberNo });
    const step = memberTransition(member, decision.approve ? 'direction_approves' : 'direction_refuses');
    if (!step.ok) {
      throw new Refusal(step.reason, { memberNo, status: member.status, context: 'decided' });
    }
    const at = ctx.now().toISOString();
    const after = { ...member, status: step.to };
    changes
      .putMember(after)
      .putAdmission({
        ...admission,
        decision: { approved: decision.approve, reason: decision.reason, decidedAt: at, decidedBy: actor.name },
      })
      .audit({
        at,
        by: signature(actor),
        action: decision.approve ? 'admission.approved' : 'admission.refused',
        subject: `member:${memberNo}`,
        before: { status: member.status },
        after: { status: step.to, reason: decision.reason },
      });
    const contact = register.people.find((person) => person.id === register.representatives.get(memberNo));
    return contact ? { contact, organisation: member.organisation } : null;
  });
  if (notice) {
    await enqueue(ctx.queues, 'mail.send', {
      ...addressedTo(notice.contact),
      template: 'admissionDecided',
      data: {
        name: notice.contact.name,
        organisation: notice.organisation,
        approved: decision.approve,
        reason: decision.reason,
        networkName: ctx.statutes.networkName,
      },
    });
  }
}
