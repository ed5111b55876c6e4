--[[
  Makes a list of writes and appends the audit entry that records them, atomically: a change is
  never stored without its link, nor a link without its change.

  Input:
    KEYS[1] audit stream
    KEYS[2] audit head
    ARGV[1] writes (JSON array of [command, ...args])
    ARGV[2] entry (JSON)

  Output: the new link's hash.
]]
--- @include "auditAppend"
for _, operation in ipairs(cjson.decode(ARGV[1])) do redis.call(unpack(operation)) end
return audit_append(KEYS[1], KEYS[2], ARGV[2])
