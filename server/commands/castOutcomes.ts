import type { NestedRefusal } from '@shared/refusals';
import type { BallotReceipt } from '@shared/schemas/voting';
import type { ProxyMember } from '@shared/rules/proxies';
import { memberName } from '@shared/rules/proxies';
import type { BoxCast } from '../store/ballotBox';
import { Refusal } from './refusal';

/**
 * The receipts of the votes the ballot box recorded, and a refusal naming each member it left out
 * (by organisation, with why). A vote that raced with another writer (its member voted, its
 * proxy was revoked) costs only itself: the others stand.
 */
export function castOutcomes(
  cast: Extract<BoxCast, { counted: false }>,
  receipts: readonly BallotReceipt[],
  members: ReadonlyMap<number, ProxyMember>,
  context?: 'round',
): { receipts: BallotReceipt[]; refused: NestedRefusal[] } {
  const refused: NestedRefusal[] = [];
  for (const receipt of receipts) {
    const memberNo = receipt.memberNo;
    const organisation = memberName(memberNo, members);
    switch (cast.outcomes.get(memberNo)) {
      case 'stored':
        break;
      case 'voted':
        refused.push({ code: 'member_voted_secret', params: { memberNo, organisation, ...(context && { context }) } });
        break;
      case 'voted_itself':
        refused.push({ code: 'member_voted_itself', params: { memberNo, organisation } });
        break;
      default:
        // The proxy was revoked meanwhile: the person no longer holds that member's vote.
        refused.push({ code: 'ballot_not_representative', params: notRepresentative(memberNo, members) });
    }
  }
  return { receipts: receipts.filter((receipt) => cast.outcomes.get(receipt.memberNo) === 'stored'), refused };
}

/** The rule's verdict for a member the person neither represents nor holds the proxy of. */
export function notRepresentative(memberNo: number, members: ReadonlyMap<number, ProxyMember>) {
  return {
    ok: false,
    reason: 'ballot_not_representative' as const,
    memberNo,
    member: memberName(memberNo, members),
    castAs: null,
    holderMemberNo: null,
    holder: null,
  };
}

/**
 * When no vote of the action could be recorded: refused whole, as one refusal listing each
 * member's; `ballot_not_allowed` when none was the person's to cast (or for a candidate standing), else `ballot_not_recorded`.
 */
export function refuseIfNoneRecorded(recordable: readonly unknown[], refused: NestedRefusal[]): void {
  if (recordable.length > 0) return;
  const notAllowed = ['ballot_not_representative', 'ballot_member_not_voting', 'candidate_not_standing'];
  const rights = refused.every((refusal) => notAllowed.includes(refusal.code));
  throw new Refusal(rights ? 'ballot_not_allowed' : 'ballot_not_recorded', { refusals: refused });
}
