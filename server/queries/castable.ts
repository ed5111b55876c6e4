import type { Member } from '@shared/schemas/member';
import type { MotionsResponse } from '@shared/api/voting';
import { castableBallots } from '@shared/rules/ballots';
import { activeGrants } from '@shared/rules/proxies';
import type { Actor } from '@shared/rules/permissions';
import type { Context } from '../context';
import { proxyForRules } from '../store/proxies';

/**
 * R.7: the members a person may vote for at an assembly now (its own, and the proxies it holds),
 * as the pages list them (with the holder of a proxy one of them gave), and the register's members.
 */
export async function castableFor(
  ctx: Pick<Context, 'register' | 'proxies' | 'statutes'>,
  actor: Actor,
  assemblyId: string,
) {
  const [register, { proxies }] = await Promise.all([ctx.register.snapshot(), ctx.proxies.list(assemblyId)]);
  const members = new Map<number, Member>(register.members.map((member) => [member.memberNo, member]));
  const grants = proxies.map(proxyForRules);
  const castable = castableBallots(
    actor.represents.map((member) => member.memberNo),
    members,
    grants,
    ctx.statutes,
  );
  const given = new Map(
    activeGrants(grants).map((grant) => [grant.grantorMemberNo, members.get(grant.holderMemberNo)?.organisation ?? '']),
  );
  const listed: MotionsResponse['castable'] = castable.map((ballot) => ({
    ...ballot,
    organisation: members.get(ballot.memberNo)?.organisation ?? '',
    // Its own vote takes the proxy back (R.7): the page asks first.
    proxyGivenTo: ballot.castAs === 'own' ? (given.get(ballot.memberNo) ?? null) : null,
  }));
  return { members, castable, listed, mine: new Set(castable.map((ballot) => ballot.memberNo)) };
}
