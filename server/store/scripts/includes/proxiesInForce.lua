--[[
  Shared by the scripts that cast ballots: proxies_in_force(proxies, ids) is true when every
  grant named in `ids` (grantIds, JSON array) is stored and not revoked; use_proxies(used, ids)
  records that the holders voted with them, which makes them irrevocable (R.7). Checked and
  recorded in the same step as the ballots, so a revocation and a ballot by proxy exclude each other.
]]
local function proxies_in_force(proxies, ids)
  for _, id in ipairs(ids) do
    local grant = redis.call('HGET', proxies, id)
    if not grant then return false end
    local revokedAt = cjson.decode(grant).revokedAt
    if revokedAt ~= nil and revokedAt ~= cjson.null then return false end
  end
  return true
end
local function use_proxies(used, ids)
  for _, id in ipairs(ids) do redis.call('SADD', used, id) end
end
