--[[
  Stores a correction of the minutes only as the next number, and only once every earlier version
  is published, with its audit link.

  Input:
    KEYS[1] minutes (hash: version number -> JSON)
    KEYS[2] audit stream
    KEYS[3] audit head
    ARGV[1] the correction's version number
    ARGV[2] the correction (JSON)
    ARGV[3] audit entry (JSON)

  Output: 1 stored, 0 the number is taken, -1 the latest version is still a draft.
]]
--- @include "auditAppend"
local count = redis.call('HLEN', KEYS[1])
if count + 1 ~= tonumber(ARGV[1]) then return 0 end
local latest = redis.call('HGET', KEYS[1], tostring(count))
if not latest or cjson.decode(latest).publishedAt == cjson.null then return -1 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
audit_append(KEYS[2], KEYS[3], ARGV[3])
return 1
