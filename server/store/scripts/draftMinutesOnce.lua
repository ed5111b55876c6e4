--[[
  Stores version 1 of an assembly's minutes once, with the audit link recording it: a retried
  job or a second worker drafts once.

  Input:
    KEYS[1] minutes (hash: version number -> JSON)
    KEYS[2] audit stream
    KEYS[3] audit head
    ARGV[1] version 1 (JSON)
    ARGV[2] audit entry (JSON)

  Output: 1 stored, 0 a version 1 was there (nothing written).
]]
--- @include "auditAppend"
if redis.call('HSETNX', KEYS[1], '1', ARGV[1]) == 0 then return 0 end
audit_append(KEYS[2], KEYS[3], ARGV[2])
return 1
