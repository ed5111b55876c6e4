import type { ProxyGrant } from '@shared/schemas/proxy';
import type { ProxyUse } from '../store/ballotBox';

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
