--[[
  Appends one entry as the next link of the audit chain.

  Input:
    KEYS[1] audit stream
    KEYS[2] audit head (hash: seq, hash)
    ARGV[1] entry (JSON)

  Output: the new link's hash.
]]
--- @include "auditAppend"
return audit_append(KEYS[1], KEYS[2], ARGV[1])
