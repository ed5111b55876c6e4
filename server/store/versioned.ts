import type { Redis } from 'ioredis';

/** One Redis write, as a command and its arguments. */
export type Operation = [command: string, ...args: string[]];

/**
 * Optimistic concurrency for a group of keys that change together: the writes land all at once,
 * and only if nobody changed the group since it was read (then the caller reads and plans again).
 * An ['AUDIT', stream, head, entry] operation appends a link of the audit chain with them; a
 * ['STANDING', standings, counts, memberNo, standing] operation records a member's standing and
 * keeps the count of members per standing.
 */
export async function applyIfVersion(
  redis: Redis,
  versionKey: string,
  version: number,
  operations: Operation[],
): Promise<boolean> {
  if (operations.length === 0) return true;
  return (await redis.applyIfVersion(versionKey, String(version), JSON.stringify(operations))) === 1;
}
