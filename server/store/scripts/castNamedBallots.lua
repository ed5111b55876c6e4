--[[
  Records named ballots (each replaces the member's previous one, the history keeps all) with
  their audit link, unless the tally is stored or a proxy they are cast under was revoked.

  Input:
    KEYS[1] tally
    KEYS[2] ballots (hash: member number -> ballot JSON)
    KEYS[3] history (list of ballot JSON)
    KEYS[4] audit stream
    KEYS[5] audit head
    KEYS[6] proxies of the assembly (hash: grantId -> grant JSON)
    KEYS[7] proxies used (set of grantIds)
    ARGV[1] ballots (JSON array of [member number, ballot JSON])
    ARGV[2] audit entry (JSON)
    ARGV[3] grantIds the ballots by proxy are cast under (JSON array)

  Output: 1 stored, 0 the tally is stored, -2 a proxy is no longer in force (nothing written
  in either case).
]]
--- @include "auditAppend"
--- @include "proxiesInForce"
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local grants = cjson.decode(ARGV[3])
if not proxies_in_force(KEYS[6], grants) then return -2 end
for _, ballot in ipairs(cjson.decode(ARGV[1])) do
  redis.call('HSET', KEYS[2], ballot[1], ballot[2])
  redis.call('RPUSH', KEYS[3], ballot[2])
end
use_proxies(KEYS[7], grants)
audit_append(KEYS[4], KEYS[5], ARGV[2])
return 1
