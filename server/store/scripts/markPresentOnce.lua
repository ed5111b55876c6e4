--[[
  Adds the members not yet in an assembly's attendance register (the first presence counts), and
  one audit entry recording them: the entry given, completed with "after" (the members added)
  and "records" (theirs).

  Input:
    KEYS[1] attendance (hash: member number -> JSON)
    KEYS[2] audit stream
    KEYS[3] audit head
    ARGV[1] rows (JSON array of [member number, presence JSON, audit record JSON])
    ARGV[2] audit entry (JSON object, without "after" and "records")

  Output: how many members were added (0: nothing written, no entry).
]]
--- @include "auditAppend"
local added, records = {}, {}
for _, row in ipairs(cjson.decode(ARGV[1])) do
  if redis.call('HSETNX', KEYS[1], row[1], row[2]) == 1 then
    table.insert(added, row[1])
    table.insert(records, row[3])
  end
end
if #added == 0 then return 0 end
local entry = string.sub(ARGV[2], 1, -2) .. ',"after":{"members":[' .. table.concat(added, ',') .. ']},"records":[' .. table.concat(records, ',') .. ']}'
audit_append(KEYS[2], KEYS[3], entry)
return #added
