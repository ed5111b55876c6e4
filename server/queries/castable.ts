import type { Member } from '@shared/schemas/member';
import { castableBallots } from '@shared/rules/ballots';
import type { Actor } from '@shared/rules/permissions';
import type { Context } from '../context';
import { proxyForRules } from '../store/proxies';

/** R.7: the members a person may vote for at an assembly now (its own, and the proxies it holds), and the register's members. */
export async function castableFor(
  ctx: Pick<Context, 'register' | 'proxies' | 'statutes'>,
  actor: Actor,
  assemblyId: string,
) {
  const [register, { proxies }] = await Promise.all([ctx.register.snapshot(), ctx.proxies.list(assemblyId)]);
  const members = new Map<number, Member>(register.members.map((member) => [member.memberNo, member]));
  const castable = castableBallots(
    actor.represents.map((member) => member.memberNo),
    members,
    proxies.map(proxyForRules),
    ctx.statutes,
  );
  return { members, castable, mine: new Set(castable.map((ballot) => ballot.memberNo)) };
}
