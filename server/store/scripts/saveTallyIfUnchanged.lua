--[[
  Stores a tally once, with its audit link, only if the ballot box still holds the number of
  ballots it was counted from (casting and counting exclude each other).

  Input:
    KEYS[1] tally
    KEYS[2] audit stream
    KEYS[3] audit head
    KEYS[4] the box counted (hash of voters or list of ballots)
    ARGV[1] tally (JSON)
    ARGV[2] audit entry (JSON)
    ARGV[3] 'HLEN' or 'LLEN', how to size the box
    ARGV[4] the box's size when counted

  Output: 1 stored, 0 counted already, -1 a ballot arrived (count again); nothing written unless 1.
]]
--- @include "auditAppend"
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
if redis.call(ARGV[3], KEYS[4]) ~= tonumber(ARGV[4]) then return -1 end
redis.call('SET', KEYS[1], ARGV[1])
audit_append(KEYS[2], KEYS[3], ARGV[2])
return 1
