--[[
  Stores the next version of a governing text with its audit link, once per motion: the version
  number is checked against the one the caller computed (another adoption in between makes it
  read again), and a motion that made a version already makes none.

  Input:
    KEYS[1] the text's versions (hash: number -> JSON)
    KEYS[2] text adoptions (hash: motion id -> "text:number")
    KEYS[3] audit stream
    KEYS[4] audit head
    ARGV[1] motion id
    ARGV[2] the version's number
    ARGV[3] the version (JSON)
    ARGV[4] "text:number"
    ARGV[5] audit entry (JSON)

  Output: {1, "text:number"} stored, {0, "text:number"} the motion made that one already,
  {-1, ''} the number is taken or out of sequence.
]]
--- @include "auditAppend"
local existing = redis.call('HGET', KEYS[2], ARGV[1])
if existing then return {0, existing} end
if redis.call('HEXISTS', KEYS[1], ARGV[2]) == 1 or redis.call('HLEN', KEYS[1]) ~= tonumber(ARGV[2]) then return {-1, ''} end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
audit_append(KEYS[3], KEYS[4], ARGV[5])
return {1, ARGV[4]}
