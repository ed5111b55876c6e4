--[[
  Stores a candidacy only if its member does not stand for the same office already.

  Input:
    KEYS[1] candidacy seats (hash: "memberNo:body:office" -> candidacy id)
    KEYS[2] candidacies (hash: id -> JSON)
    ARGV[1] "memberNo:body:office"
    ARGV[2] candidacy id
    ARGV[3] candidacy (JSON)

  Output: 1 filed, 0 the member stands for that office already (nothing written).
]]
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
return 1
