--[[
  Records named ballots (each replaces the member's previous one, the history keeps all) with
  their audit link, unless the tally is stored.

  Input:
    KEYS[1] tally
    KEYS[2] ballots (hash: member number -> ballot JSON)
    KEYS[3] history (list of ballot JSON)
    KEYS[4] audit stream
    KEYS[5] audit head
    ARGV[1] ballots (JSON array of [member number, ballot JSON])
    ARGV[2] audit entry (JSON)

  Output: 1 stored, 0 the tally is stored (nothing written).
]]
--- @include "auditAppend"
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
for _, ballot in ipairs(cjson.decode(ARGV[1])) do
  redis.call('HSET', KEYS[2], ballot[1], ballot[2])
  redis.call('RPUSH', KEYS[3], ballot[2])
end
audit_append(KEYS[4], KEYS[5], ARGV[2])
return 1
