import { inject } from 'vitest';
import { connectRedis } from '../../server/redis/connection';
import { redisKeys } from '../../server/store/keys';
import { auditStore, linkHash, genesisHash, type AuditEntry, type AuditLink } from '../../server/store/audit';
import { uniquePrefix } from './support';

/** A connection to the run's Redis as the stores get it, under a key prefix of its own. */
export function openStores() {
  const redis = connectRedis(inject('redisUrl'));
  const keys = redisKeys(uniquePrefix());
  const audit = auditStore(redis, keys);
  return {
    redis,
    keys,
    audit,
    /** Every link of the trail, oldest first. */
    async links(): Promise<AuditLink[]> {
      const found: AuditLink[] = [];
      for await (const link of audit.links()) found.push(link);
      return found;
    },
    /** The trail's entries, oldest first. */
    async entries(): Promise<AuditEntry[]> {
      return (await this.links()).map((link) => JSON.parse(link.json) as AuditEntry);
    },
    /** Whether each link hashes (in Lua) as the app checks it (in Node), follows the one before, and the head names the last. */
    async chainHolds(): Promise<boolean> {
      let previous = { seq: 0, hash: genesisHash };
      for (const link of await this.links()) {
        if (link.seq !== previous.seq + 1 || link.prev !== previous.hash) return false;
        if (linkHash(link.prev, link.seq, link.json) !== link.hash) return false;
        previous = { seq: link.seq, hash: link.hash };
      }
      const head = await audit.head();
      return head.seq === previous.seq && head.hash === previous.hash;
    },
  };
}

/** An audit entry as a change would write it. */
export function entryFor(action: string, subject = 'test:1'): AuditEntry {
  return {
    at: '2026-11-21T10:00:00.000Z',
    by: { personId: 'p1', name: 'Tester' },
    action,
    subject,
    before: null,
    after: null,
  };
}
