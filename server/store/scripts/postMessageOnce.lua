--[[
  Stores a new room message once, with its audit link: a clientId seen before returns the message
  it created. The message's id is its place in the log, known only here: the audit entry names it
  as "@message@id@" (`messageIdMark` in server/store/room.ts), replaced by the id.

  Input:
    KEYS[1] room log (stream)
    KEYS[2] room messages (hash: id -> JSON)
    KEYS[3] room client ids (hash: clientId -> id)
    KEYS[4] audit stream
    KEYS[5] audit head
    ARGV[1] clientId
    ARGV[2] message (JSON)
    ARGV[3] audit entry (JSON, with the mark for the id)

  Output: {1, id} stored, {0, id} the clientId's earlier message (nothing written).
]]
--- @include "auditAppend"
local existing = redis.call('HGET', KEYS[3], ARGV[1])
if existing then return {0, existing} end
local id = redis.call('XADD', KEYS[1], '*', 'post', ARGV[2])
redis.call('HSET', KEYS[2], id, ARGV[2])
redis.call('HSET', KEYS[3], ARGV[1], id)
audit_append(KEYS[4], KEYS[5], (string.gsub(ARGV[3], '@message@id@', id, 1)))
return {1, id}
