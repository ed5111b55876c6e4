--[[
  How many of the members in an assembly's attendance register have each standing (college and
  status), read inside Redis so that a room of thousands answers with a few numbers.

  Input:
    KEYS[1] attendance (hash: member number -> JSON)
    KEYS[2] member standings (hash: member number -> "college status")

  Output: a flat list [standing, count, ...]; a member without a standing counts under "".
]]
local counts = {}
local present = redis.call('HKEYS', KEYS[1])
-- In slices: unpack has a limit on the number of values it passes at once.
for first = 1, #present, 4000 do
  local last = math.min(first + 3999, #present)
  local standings = redis.call('HMGET', KEYS[2], unpack(present, first, last))
  for index = 1, #standings do
    local standing = standings[index] or ''
    counts[standing] = (counts[standing] or 0) + 1
  end
end
local flat = {}
for standing, count in pairs(counts) do
  table.insert(flat, standing)
  table.insert(flat, count)
end
return flat
