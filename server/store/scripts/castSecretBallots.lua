--[[
  Records the secret votes of one action, all or none: each voter in one place, each choice in an
  unordered set (never linked to its voter), and the audit link naming the voters. Refused once
  the tally is stored, so an acknowledged ballot is always counted, and when a proxy the votes are
  cast under was revoked.

  Input:
    KEYS[1] voters (hash: member number -> voter JSON)
    KEYS[2] choices (set of "receiptHash|choice")
    KEYS[3] audit stream
    KEYS[4] audit head
    KEYS[5] tally
    KEYS[6] proxies of the assembly (hash: grantId -> grant JSON)
    KEYS[7] proxies used (set of grantIds)
    ARGV[1] ballots (JSON array of [member number, voter JSON, "receiptHash|choice"])
    ARGV[2] audit entry (JSON)
    ARGV[3] grantIds the votes by proxy are cast under (JSON array)

  Output: 0 all stored; -1 the tally is stored; -2 a proxy is no longer in force; else the
  number of a member that had voted (nothing written but in the first case).
]]
--- @include "auditAppend"
--- @include "proxiesInForce"
if redis.call('EXISTS', KEYS[5]) == 1 then return -1 end
local ballots = cjson.decode(ARGV[1])
for _, ballot in ipairs(ballots) do
  if redis.call('HEXISTS', KEYS[1], ballot[1]) == 1 then return tonumber(ballot[1]) end
end
local grants = cjson.decode(ARGV[3])
if not proxies_in_force(KEYS[6], grants) then return -2 end
for _, ballot in ipairs(ballots) do
  redis.call('HSET', KEYS[1], ballot[1], ballot[2])
  redis.call('SADD', KEYS[2], ballot[3])
end
use_proxies(KEYS[7], grants)
audit_append(KEYS[3], KEYS[4], ARGV[2])
return 0
