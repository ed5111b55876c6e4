--[[
  Records the encrypted votes of one action member by member: each voter (how, when, and its
  ballot's tracker, never what) in one hash, each Belenios ballot appended to the election's
  list, and one audit link naming the voters recorded. Nothing is written once the count has
  started, so an acknowledged ballot is always in the count. A vote is left out when its member
  voted itself already, or voted by proxy and this is by proxy again ("voted"), or when the proxy
  it is cast under is no longer in force ("revoked"); a member's own vote replaces the one its
  proxy holder cast (R.7: the grantor voting in person cancels the proxy): Belenios counts the
  last ballot of each credential.

  Input:
    KEYS[1] voters (hash: member number -> voter JSON)
    KEYS[2] ballots (list of Belenios ballots, in the order they were cast)
    KEYS[3] audit stream
    KEYS[4] audit head
    KEYS[5] the count (exists once the encrypted tally is stored)
    KEYS[6] proxies of the assembly (hash: grantId -> grant JSON)
    KEYS[7] proxies used (set of grantIds)
    ARGV[1] ballots (JSON array of [member number, voter JSON, ballot, grantId or "" for an own
            vote, audit record JSON, "own" or "proxy"])
    ARGV[2] audit entry (JSON) with "__members__" and "__records__" where the voters recorded
            and their audit records go

  Output: {-1} the count has started (nothing written); else {1, member, outcome, …} with each
  outcome "stored", "voted" or "revoked".
]]
--- @include "auditAppend"
--- @include "proxiesInForce"
if redis.call('EXISTS', KEYS[5]) == 1 then return {-1} end
local out, members, records, used = {1}, {}, {}, {}
for _, ballot in ipairs(cjson.decode(ARGV[1])) do
  local outcome = 'stored'
  local previous = redis.call('HGET', KEYS[1], ballot[1])
  if previous and (ballot[6] == 'proxy' or cjson.decode(previous)['castAs'] == 'own') then
    outcome = 'voted'
  elseif ballot[4] ~= '' and not proxies_in_force(KEYS[6], {ballot[4]}) then
    outcome = 'revoked'
  end
  if outcome == 'stored' then
    redis.call('HSET', KEYS[1], ballot[1], ballot[2])
    redis.call('RPUSH', KEYS[2], ballot[3])
    members[#members + 1] = ballot[1]
    records[#records + 1] = ballot[5]
    if ballot[4] ~= '' then used[#used + 1] = ballot[4] end
  end
  out[#out + 1] = ballot[1]
  out[#out + 1] = outcome
end
if #members > 0 then
  use_proxies(KEYS[7], used)
  local entry = string.gsub(ARGV[2], '"__members__"', function() return '[' .. table.concat(members, ',') .. ']' end)
  entry = string.gsub(entry, '"__records__"', function() return '[' .. table.concat(records, ',') .. ']' end)
  audit_append(KEYS[3], KEYS[4], entry)
end
return out
