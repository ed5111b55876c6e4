import type { Redis } from 'ioredis';
import { auditAppendLua } from './audit';

/** One Redis write, as a command and its arguments. */
export type Operation = [command: string, ...args: string[]];

/**
 * Applies a list of writes only if a version key is still at the version they were computed from.
 * An ['AUDIT', stream, head, entry] operation appends a link of the audit chain with them.
 */
const applyIfVersionScript = `${auditAppendLua}
local current = redis.call('GET', KEYS[1]) or '0'
if current ~= ARGV[1] then return 0 end
local operations = cjson.decode(ARGV[2])
for _, operation in ipairs(operations) do
  if operation[1] == 'AUDIT' then audit_append(operation[2], operation[3], operation[4]) else redis.call(unpack(operation)) end
end
redis.call('INCR', KEYS[1])
return 1
`;

/**
 * Optimistic concurrency for a group of keys that change together: the writes land all at once,
 * and only if nobody changed the group since it was read (then the caller reads and plans again).
 */
export async function applyIfVersion(
  redis: Redis,
  versionKey: string,
  version: number,
  operations: Operation[],
): Promise<boolean> {
  if (operations.length === 0) return true;
  return (await redis.eval(applyIfVersionScript, 1, versionKey, String(version), JSON.stringify(operations))) === 1;
}
