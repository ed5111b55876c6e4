import { loadConfig } from '../config';
import { connectRedis } from '../redis/connection';
import { createContext } from '../context';
import { closeQueues } from '../../jobs/queues';
import { verifyAudit } from '../commands/verifyAudit';

/**
 * `npm run audit:verify`: checks the audit trail of this install and says whether it holds; when it
 * does not, names the first broken link and every value changed behind the app's back. Exit code 0
 * when the trail holds, 1 when it does not.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  if (!config.REDIS_URL) throw new Error('Set REDIS_URL to the Redis of the install.');
  const redis = connectRedis(config.REDIS_URL);
  const ctx = createContext(redis, config);
  try {
    const verdict = await verifyAudit(ctx);
    const head = `head #${verdict.head.seq} ${verdict.head.hash}`;
    if (verdict.ok) {
      console.log(`The audit trail holds: ${verdict.links} links, ${verdict.recordsChecked} stored values as recorded, ${head}.`);
      return 0;
    }
    console.log(`The audit trail does NOT hold (${verdict.links} links, ${head}).`);
    const first = verdict.firstBroken;
    if (first) console.log(first.seq === null ? `First problem: ${first.message}` : `First broken link: #${first.seq}: ${first.message}`);
    if (verdict.problems.length > 1) {
      console.log(`All ${verdict.problems.length} problems:`);
      for (const problem of verdict.problems) console.log(`  - ${problem.message}`);
    }
    return 1;
  } finally {
    await closeQueues(ctx.queues);
    redis.disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`agora: ${error.message}`);
    process.exit(2);
  },
);
