import type { Redis } from 'ioredis';
import type { ProxyGrant } from '@shared/schemas/proxy';
import type { RedisKeys } from './keys';
import { applyIfVersion } from './versioned';
import { auditRecord, type AuditEntry } from './audit';

/** A proxy as stored: instants as ISO text. */
export interface StoredProxy {
  id: string;
  assemblyId: string;
  grantorMemberNo: number;
  holderMemberNo: number;
  grantedAt: string;
  grantedBy: string;
  revokedAt: string | null;
  /** The signed form kept with the proxy (R.7), when the grantor attached one. */
  mandate?: { name: string; mimeType: string; size: number; sha256: string; uploadedAt: string } | null;
}

export const proxyForRules = (proxy: StoredProxy): ProxyGrant => ({
  id: proxy.id,
  assemblyId: proxy.assemblyId,
  grantorMemberNo: proxy.grantorMemberNo,
  holderMemberNo: proxy.holderMemberNo,
  grantedAt: new Date(proxy.grantedAt),
  revokedAt: proxy.revokedAt ? new Date(proxy.revokedAt) : null,
});

/** The proxies of each assembly (R.7), granted and revoked together under one version. */
export function proxyStore(redis: Redis, keys: RedisKeys) {
  return {
    async list(assemblyId: string): Promise<{ version: number; proxies: StoredProxy[] }> {
      const [[, version], [, all]] = (await redis
        .multi()
        .get(keys.proxiesVersion(assemblyId))
        .hvals(keys.proxies(assemblyId))
        .exec()) as [[null, string | null], [null, string[]]];
      return {
        version: Number(version ?? 0),
        proxies: all
          .map((json) => JSON.parse(json) as StoredProxy)
          .sort((a, b) => a.grantedAt.localeCompare(b.grantedAt)),
      };
    },

    async saveMandate(proxyId: string, content: Buffer): Promise<void> {
      await redis.set(keys.proxyMandate(proxyId), content);
    },

    async mandate(proxyId: string): Promise<Buffer | null> {
      return redis.getBuffer(keys.proxyMandate(proxyId));
    },

    /** Saves a grant or a revocation, with its audit entry, if no other proxy of the assembly changed since `version`. */
    async save(assemblyId: string, version: number, proxy: StoredProxy, entry: AuditEntry): Promise<boolean> {
      const json = JSON.stringify(proxy);
      const audited = { ...entry, records: [auditRecord(keys, keys.proxies(assemblyId), proxy.id, json)] };
      return applyIfVersion(redis, keys.proxiesVersion(assemblyId), version, [
        ['HSET', keys.proxies(assemblyId), proxy.id, json],
        ['AUDIT', keys.audit, keys.auditHead, JSON.stringify(audited)],
      ]);
    },

    /**
     * Saves a revocation with its audit entry, unless a holder has voted with the proxy ('used':
     * R.7, checked in the same step as the ballots record it) or another proxy of the assembly
     * changed since `version` ('moved').
     */
    async revoke(
      assemblyId: string,
      version: number,
      proxy: StoredProxy,
      entry: AuditEntry,
    ): Promise<'revoked' | 'moved' | 'used'> {
      const json = JSON.stringify(proxy);
      const audited = { ...entry, records: [auditRecord(keys, keys.proxies(assemblyId), proxy.id, json)] };
      const outcome = await redis.revokeProxyUnlessUsed(
        keys.proxiesVersion(assemblyId),
        keys.proxies(assemblyId),
        keys.proxiesUsed(assemblyId),
        keys.audit,
        keys.auditHead,
        String(version),
        proxy.id,
        json,
        JSON.stringify(audited),
      );
      return outcome === 1 ? 'revoked' : outcome === -1 ? 'used' : 'moved';
    },
  };
}
export type ProxyStore = ReturnType<typeof proxyStore>;
