import type { ProxyGrant } from '@shared/schemas/proxy';
import { Refusal } from './refusal';
import type { ProxyUse } from '../store/ballotBox';
import type { Context } from '../context';

/** A ballot about to be cast, as the rights check saw it: for whom, how, and through which holder. */
export interface CastRight {
  memberNo: number;
  castAs: 'own' | 'proxy';
  holderMemberNo: number | null;
}

/**
 * The grants the ballots by proxy of one action are cast under (R.7): the store casts them only if
 * each is still in force, and marks them used in the same step, so a revocation cannot slip between.
 */
export function proxyUse(assemblyId: string, rights: readonly CastRight[], grants: readonly ProxyGrant[]): ProxyUse {
  const grantIds = rights
    .filter((right) => right.castAs === 'proxy')
    .map(
      (right) =>
        grants.find(
          (grant) =>
            grant.revokedAt === null &&
            grant.grantorMemberNo === right.memberNo &&
            grant.holderMemberNo === right.holderMemberNo,
        )?.id ?? '',
    );
  return { assemblyId, grantIds };
}

/**
 * The refusal of an action whose proxy was revoked while it was cast: the same as a ballot cast
 * after the revocation gets (the person no longer holds that member's vote). Read after the store
 * refused, only to name the members.
 */
export async function proxyRevokedRefusal(
  ctx: Pick<Context, 'proxies'>,
  use: ProxyUse,
  rights: readonly CastRight[],
): Promise<Refusal> {
  const { proxies } = await ctx.proxies.list(use.assemblyId);
  const inForce = new Set(proxies.filter((proxy) => proxy.revokedAt === null).map((proxy) => proxy.id));
  const byProxy = rights.filter((right) => right.castAs === 'proxy');
  const gone = byProxy.filter((_right, index) => !inForce.has(use.grantIds[index] ?? ''));
  return new Refusal('ballot_not_allowed', {
    refusals: (gone.length > 0 ? gone : byProxy).map((right) => ({
      code: 'ballot_not_representative' as const,
      params: {
        ok: false,
        reason: 'ballot_not_representative',
        memberNo: right.memberNo,
        castAs: null,
        holderMemberNo: null,
      },
    })),
  });
}
