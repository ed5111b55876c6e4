--[[
  Stores version 0 of a governing text once, with its audit link.

  Input:
    KEYS[1] the text's versions (hash: number -> JSON)
    KEYS[2] audit stream
    KEYS[3] audit head
    ARGV[1] version 0 (JSON)
    ARGV[2] audit entry (JSON)

  Output: 1 stored, 0 there already (nothing written).
]]
--- @include "auditAppend"
if redis.call('HSETNX', KEYS[1], '0', ARGV[1]) == 0 then return 0 end
audit_append(KEYS[2], KEYS[3], ARGV[2])
return 1
