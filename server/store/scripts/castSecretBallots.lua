--[[
  Records the secret votes of one action, all or none: each voter in one place, each choice in an
  unordered set (never linked to its voter), and the audit link naming the voters. Refused once
  the tally is stored, so an acknowledged ballot is always counted.

  Input:
    KEYS[1] voters (hash: member number -> voter JSON)
    KEYS[2] choices (set of "receiptHash|choice")
    KEYS[3] audit stream
    KEYS[4] audit head
    KEYS[5] tally
    ARGV[1] ballots (JSON array of [member number, voter JSON, "receiptHash|choice"])
    ARGV[2] audit entry (JSON)

  Output: 0 all stored; -1 the tally is stored; else the number of a member that had voted
  (nothing written in either case).
]]
--- @include "auditAppend"
if redis.call('EXISTS', KEYS[5]) == 1 then return -1 end
local ballots = cjson.decode(ARGV[1])
for _, ballot in ipairs(ballots) do
  if redis.call('HEXISTS', KEYS[1], ballot[1]) == 1 then return tonumber(ballot[1]) end
end
for _, ballot in ipairs(ballots) do
  redis.call('HSET', KEYS[1], ballot[1], ballot[2])
  redis.call('SADD', KEYS[2], ballot[3])
end
audit_append(KEYS[3], KEYS[4], ARGV[2])
return 0
