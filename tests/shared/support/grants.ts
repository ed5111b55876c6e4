import type { ProxyGrant } from '@shared/schemas/proxy';

let next = 0;

/** A proxy grant for assembly "ega" at a fixed instant, revoked when `revokedAt` is given. */
export function grant(grantorMemberNo: number, holderMemberNo: number, revokedAt: Date | null = null): ProxyGrant {
  next += 1;
  return {
    id: `g${next}`,
    assemblyId: 'ega',
    grantorMemberNo,
    holderMemberNo,
    grantedAt: new Date('2026-10-01T10:00:00Z'),
    revokedAt,
  };
}
