--[[
  Revokes a proxy with its audit link, unless a holder has voted with it (R.7: revocable until
  used) or another proxy of the assembly changed since it was read. The ballot scripts record
  the use in the same step as the ballot, so a revocation and a ballot by proxy exclude each other.

  Input:
    KEYS[1] proxies version (missing = 0)
    KEYS[2] proxies of the assembly (hash: grantId -> grant JSON)
    KEYS[3] proxies used (set of grantIds)
    KEYS[4] audit stream
    KEYS[5] audit head
    ARGV[1] expected version
    ARGV[2] grantId
    ARGV[3] the revoked grant (JSON)
    ARGV[4] audit entry (JSON)

  Output: 1 revoked, 0 the version moved, -1 the proxy was used (nothing written but in the first case).
]]
--- @include "auditAppend"
if redis.call('SISMEMBER', KEYS[3], ARGV[2]) == 1 then return -1 end
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
audit_append(KEYS[4], KEYS[5], ARGV[4])
redis.call('INCR', KEYS[1])
return 1
