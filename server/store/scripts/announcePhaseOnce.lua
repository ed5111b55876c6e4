--[[
  Announces a phase of an assembly once: marks it announced, gives it the assembly's next phase
  sequence number and publishes it, all at once, so a job retried after its worker died (before or
  after this script) announces it exactly once.

  Input:
    KEYS[1] the announcement's mark (assembly, its window, the phase)
    KEYS[2] the assembly's phase sequence (a counter)
    ARGV[1] the live channel
    ARGV[2] the event (JSON object, without "seq")

  Output: the sequence number given, or 0 when the phase was announced already.
]]
if not redis.call('SET', KEYS[1], '1', 'NX') then return 0 end
local seq = redis.call('INCR', KEYS[2])
redis.call('PUBLISH', ARGV[1], string.sub(ARGV[2], 1, -2) .. ',"seq":' .. seq .. '}')
return seq
