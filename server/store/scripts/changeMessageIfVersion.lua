--[[
  Stores a change of a room message if nobody changed it since the version read, logs it, and
  audits it, atomically.

  Input:
    KEYS[1] room log (stream)
    KEYS[2] room messages (hash: id -> JSON with a "version")
    KEYS[3] audit stream
    KEYS[4] audit head
    ARGV[1] message id
    ARGV[2] the version it was read at
    ARGV[3] the new state (JSON)
    ARGV[4] audit entry (JSON)

  Output: the change's cursor in the log; 0 changed meanwhile, -1 missing (nothing written).
]]
--- @include "auditAppend"
local stored = redis.call('HGET', KEYS[2], ARGV[1])
if not stored then return -1 end
if cjson.decode(stored).version ~= tonumber(ARGV[2]) then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
local cursor = redis.call('XADD', KEYS[1], '*', 'change', ARGV[1], 'message', ARGV[3])
audit_append(KEYS[3], KEYS[4], ARGV[4])
return cursor
