--[[
  Saves an assembly only if the stored one is still at the version it was read at.

  Input:
    KEYS[1] assemblies (hash: id -> JSON with a "version")
    ARGV[1] assembly id
    ARGV[2] the version it was read at (0 when missing)
    ARGV[3] the new state (JSON, next version)

  Output: 1 saved, 0 changed meanwhile (nothing written).
]]
local stored = redis.call('HGET', KEYS[1], ARGV[1])
local version = 0
if stored then version = cjson.decode(stored).version end
if version ~= tonumber(ARGV[2]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
