--[[
  How many of the members in an assembly's attendance register have each standing (college and
  status), read inside Redis so that a room of thousands answers with a few numbers.

  Input:
    KEYS[1] attendance (hash: member number -> JSON)
    KEYS[2] member standings (hash: member number -> "college status")

  Output: a flat list [standing, count, ...]; a member without a standing counts under "".
]]
local counts = {}
for _, memberNo in ipairs(redis.call('HKEYS', KEYS[1])) do
  local standing = redis.call('HGET', KEYS[2], memberNo) or ''
  counts[standing] = (counts[standing] or 0) + 1
end
local flat = {}
for standing, count in pairs(counts) do
  table.insert(flat, standing)
  table.insert(flat, count)
end
return flat
