--[[
  Applies a list of writes only if a version key is still at the version they were computed from
  (optimistic concurrency for a group of keys that change together), then increments it. An
  ['AUDIT', stream, head, entry] operation appends a link of the audit chain with them; a
  ['STANDING', standings, counts, memberNo, standing] operation records a member's standing and
  keeps the count of members per standing.

  Input:
    KEYS[1] version key (missing = 0)
    ARGV[1] expected version
    ARGV[2] writes (JSON array of [command, ...args], ['AUDIT', stream, head, entry] or
            ['STANDING', standings, counts, memberNo, standing])

  Output: 1 applied, 0 the version moved (nothing written).
]]
--- @include "auditAppend"
local current = redis.call('GET', KEYS[1]) or '0'
if current ~= ARGV[1] then return 0 end
local operations = cjson.decode(ARGV[2])
for _, operation in ipairs(operations) do
  if operation[1] == 'AUDIT' then
    audit_append(operation[2], operation[3], operation[4])
  elseif operation[1] == 'STANDING' then
    local previous = redis.call('HGET', operation[2], operation[4])
    if previous then redis.call('HINCRBY', operation[3], previous, -1) end
    redis.call('HSET', operation[2], operation[4], operation[5])
    redis.call('HINCRBY', operation[3], operation[5], 1)
  else
    redis.call(unpack(operation))
  end
end
redis.call('INCR', KEYS[1])
return 1
