--[[
  Replaces a draft of the minutes if it is still unpublished and at the revision it was read at,
  with its audit link.

  Input:
    KEYS[1] minutes (hash: version number -> JSON)
    KEYS[2] audit stream
    KEYS[3] audit head
    ARGV[1] version number
    ARGV[2] the revision it was read at
    ARGV[3] the new draft (JSON)
    ARGV[4] audit entry (JSON)

  Output: 1 stored, 0 changed meanwhile, -1 published, -2 missing.
]]
--- @include "auditAppend"
local stored = redis.call('HGET', KEYS[1], ARGV[1])
if not stored then return -2 end
local version = cjson.decode(stored)
if version.publishedAt ~= cjson.null then return -1 end
if version.revision ~= tonumber(ARGV[2]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
audit_append(KEYS[2], KEYS[3], ARGV[4])
return 1
