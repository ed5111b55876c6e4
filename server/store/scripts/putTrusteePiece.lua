--[[
  Stores one piece of an assembly's election key (who the trustees are, a trustee's certificate,
  polynomial or checked share, or what the server derives from them) with its audit link. A piece
  is written once: a retried step stores nothing new. The trustees can be chosen again only until
  one of them has made a certificate.

  Input:
    KEYS[1] trustees (hash)
    KEYS[2] audit stream
    KEYS[3] audit head
    ARGV[1] field
    ARGV[2] value
    ARGV[3] "setup" (the choice of trustees: replaced until a certificate exists) or "once"
    ARGV[4] audit entry (JSON)

  Output: 1 stored, 0 stored already (nothing written), -1 too late to choose (a trustee started).
]]
--- @include "auditAppend"
if ARGV[3] == 'setup' then
  for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
    if string.sub(field, 1, 12) == 'certificate:' then return -1 end
  end
elseif redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
audit_append(KEYS[2], KEYS[3], ARGV[4])
return 1
