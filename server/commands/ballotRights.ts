import { ballotRight } from '@shared/rules/ballots';
import type { Actor } from '@shared/rules/permissions';
import { windowVerdict } from '@shared/rules/window';
import type { NestedRefusal } from '@shared/refusals';
import type { ProxyGrant } from '@shared/schemas/proxy';
import type { Assembly } from '@shared/schemas/assembly';
import type { Motion } from '@shared/schemas/voting';
import { Refusal } from './refusal';
import { proxyForRules } from '../store/proxies';
import type { Context } from '../context';
import type { CastRight } from './proxyUse';

/**
 * Which of the votes of one action the person may cast (R.6, R.7): only inside the window, each
 * for a member it represents or holds the proxy of; `conflict` says when a member's earlier vote
 * stands in the way. Each vote refused is named with why; the others go on.
 */
export async function castRights<B extends { memberNo: number }>(
  ctx: Pick<Context, 'now' | 'proxies' | 'register' | 'statutes'>,
  actor: Actor,
  assembly: Assembly,
  motion: Pick<Motion, 'closedAt'>,
  ballots: readonly B[],
  conflict: (memberNo: number, castAs: 'own' | 'proxy', organisation: string) => NestedRefusal | null,
) {
  if (motion.closedAt) throw new Refusal('motion_closed', {});
  const now = ctx.now();
  const window = windowVerdict({ opensAt: new Date(assembly.opensAt), closesAt: new Date(assembly.closesAt) }, now);
  if (!window.ok) throw new Refusal(window.reason, { context: 'ballot' });
  const [register, { proxies }] = await Promise.all([ctx.register.snapshot(), ctx.proxies.list(assembly.id)]);
  const members = new Map(register.members.map((member) => [member.memberNo, member]));
  const represented = actor.represents.map((member) => member.memberNo);
  const grants: ProxyGrant[] = proxies.map(proxyForRules);
  const refused: NestedRefusal[] = [];
  const rights = ballots.flatMap((ballot): Array<B & CastRight> => {
    const right = ballotRight(ballot.memberNo, represented, members, grants, ctx.statutes);
    if (!right.ok) {
      refused.push({ code: right.reason, params: { ...right } });
      return [];
    }
    const castAs = right.castAs ?? 'own';
    const stands = conflict(ballot.memberNo, castAs, right.member);
    if (stands) {
      refused.push(stands);
      return [];
    }
    return [{ ...ballot, castAs, holderMemberNo: right.holderMemberNo }];
  });
  return { rights, refused, members, grants, now };
}
