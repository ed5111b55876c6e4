import type { Actor } from '@shared/rules/permissions';
import type { MemberUpdateInput } from '@shared/schemas/registerEdits';
import type { Member } from '@shared/schemas/member';
import { Refusal } from './refusal';
import { signature } from '../auth/actor';
import type { Context } from '../context';

/** The secretariat corrects a member's fields (R.8); the status only moves through S.11's steps. */
export async function updateMember(
  ctx: Pick<Context, 'now' | 'register'>,
  actor: Actor,
  memberNo: number,
  update: MemberUpdateInput,
): Promise<Member> {
  return ctx.register.transact((register, changes) => {
    const before = register.members.find((member) => member.memberNo === memberNo);
    if (!before) throw new Refusal('member_not_found', { memberNo });
    const after: Member = { ...before, ...update };
    if (JSON.stringify(after) === JSON.stringify(before)) return before;
    changes.putMember(after).audit({
      at: ctx.now().toISOString(),
      by: signature(actor),
      action: 'member.updated',
      subject: `member:${memberNo}`,
      before,
      after,
    });
    return after;
  });
}
