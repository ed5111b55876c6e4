--[[
  Records the named ballots of one action member by member, each with its audit record: each
  replaces the member's previous one (the history keeps all). Nothing is written once the tally is
  stored. A ballot by proxy is left out when its proxy is no longer in force, or when the member
  voted itself meanwhile (its own vote counts, R.7); the others are recorded all the same.

  Input:
    KEYS[1] tally
    KEYS[2] ballots (hash: member number -> ballot JSON)
    KEYS[3] history (list of ballot JSON)
    KEYS[4] audit stream
    KEYS[5] audit head
    KEYS[6] proxies of the assembly (hash: grantId -> grant JSON)
    KEYS[7] proxies used (set of grantIds)
    ARGV[1] ballots (JSON array of [member number, ballot JSON, grantId or "" for an own vote,
            audit record JSON])
    ARGV[2] audit entry (JSON) with "__members__" and "__records__" where the members recorded
            and their audit records go

  Output: {-1} the tally is stored (nothing written); else {1, member, outcome, member, outcome…}
  with each outcome "stored", "revoked" or "voted_itself".
]]
--- @include "auditAppend"
--- @include "proxiesInForce"
if redis.call('EXISTS', KEYS[1]) == 1 then return {-1} end
local out, members, records, used = {1}, {}, {}, {}
for _, ballot in ipairs(cjson.decode(ARGV[1])) do
  local outcome = 'stored'
  if ballot[3] ~= '' then
    local current = redis.call('HGET', KEYS[2], ballot[1])
    if not proxies_in_force(KEYS[6], {ballot[3]}) then
      outcome = 'revoked'
    elseif current and cjson.decode(current).castAs == 'own' then
      outcome = 'voted_itself'
    end
  end
  if outcome == 'stored' then
    redis.call('HSET', KEYS[2], ballot[1], ballot[2])
    redis.call('RPUSH', KEYS[3], ballot[2])
    members[#members + 1] = ballot[1]
    records[#records + 1] = ballot[4]
    if ballot[3] ~= '' then used[#used + 1] = ballot[3] end
  end
  out[#out + 1] = ballot[1]
  out[#out + 1] = outcome
end
if #members > 0 then
  use_proxies(KEYS[7], used)
  local entry = string.gsub(ARGV[2], '"__members__"', function() return '[' .. table.concat(members, ',') .. ']' end)
  entry = string.gsub(entry, '"__records__"', function() return '[' .. table.concat(records, ',') .. ']' end)
  audit_append(KEYS[4], KEYS[5], entry)
end
return out
