--[[
  Reads a member, who represents it and that person in one atomic step (nothing written).

  Input:
    KEYS[1] members (hash: member number -> JSON)
    KEYS[2] representatives (hash: member number -> person id)
    KEYS[3] people (hash: person id -> JSON)
    ARGV[1] member number

  Output: {member JSON or nil, person JSON or nil}.
]]
local member = redis.call('HGET', KEYS[1], ARGV[1])
local personId = redis.call('HGET', KEYS[2], ARGV[1])
local person = false
if personId then person = redis.call('HGET', KEYS[3], personId) end
return {member, person}
