import { earliestExclusionDecisionAt, memberTransition } from '@shared/rules/members';
import type { Actor } from '@shared/rules/permissions';
import type { ProposeExclusionInput } from '@shared/schemas/exclusion';
import { enqueue } from '../queue/queues';
import { Refusal } from './refusal';
import { signature } from '../auth/actor';
import type { ExclusionRecord } from '../store/register';
import type { Context } from '../context';
import { addressedTo } from '../mail/render';

/**
 * S.11: the Direction proposes an exclusion with its grounds; the member's representative is
 * e-mailed the reasons at once, with the earliest date an assembly may decide.
 */
export async function proposeExclusion(
  ctx: Pick<Context, 'now' | 'queues' | 'register' | 'statutes'>,
  actor: Actor,
  input: ProposeExclusionInput,
): Promise<ExclusionRecord> {
  const now = ctx.now();
  const { record, notice } = await ctx.register.transact((register, changes) => {
    const member = register.members.find((candidate) => candidate.memberNo === input.memberNo);
    if (!member) throw new Refusal('member_not_found', { memberNo: input.memberNo });
    const step = memberTransition(member, 'direction_proposes_exclusion');
    if (!step.ok) {
      throw new Refusal(step.reason, {
        memberNo: input.memberNo,
        status: member.status,
        context: member.status === 'exclusion_proposed' ? 'proposed' : 'not_active',
      });
    }
    const at = now.toISOString();
    const record: ExclusionRecord = {
      memberNo: member.memberNo,
      ground: input.ground,
      reasons: input.reasons,
      proposedAt: at,
      proposedBy: actor.name,
    };
    changes
      .putMember({ ...member, status: step.to })
      .putExclusion(record)
      .audit({
        at,
        by: signature(actor),
        action: 'exclusion.proposed',
        subject: `member:${member.memberNo}`,
        before: { status: member.status },
        after: record,
      });
    const representative = register.people.find(
      (person) => person.id === register.representatives.get(member.memberNo),
    );
    return { record, notice: representative ? { representative, organisation: member.organisation } : null };
  });
  if (notice) {
    await enqueue(ctx.queues, 'mail.send', {
      ...addressedTo(notice.representative),
      template: 'exclusionProposed',
      data: {
        name: notice.representative.name,
        organisation: notice.organisation,
        memberNo: record.memberNo,
        ground: record.ground,
        reasons: record.reasons,
        proposedAt: record.proposedAt,
        earliestDecisionAt: earliestExclusionDecisionAt(now, ctx.statutes).toISOString(),
        timeZone: notice.representative.timeZone,
        networkName: ctx.statutes.networkName,
      },
    });
  }
  return record;
}
