import { loadConfig } from '../config';
import { createContext } from '../context';
import { closeQueues } from '../queue/queues';
import { verifyAudit } from '../queries/verifyAudit';
import { runCommand, withInstallRedis } from './installRedis';

/**
 * `npm run audit:verify`: checks the audit trail of this install (docs/audit.md) and says whether
 * it holds; when it does not, names the first broken link and every value changed behind the app's
 * back. Exit code 0 when the trail holds, 1 when it does not.
 */
runCommand('audit:verify', async () => {
  const config = loadConfig();
  const verdict = await withInstallRedis(config, async (redis) => {
    const ctx = createContext(redis, config);
    try {
      return await verifyAudit(ctx);
    } finally {
      await closeQueues(ctx.queues);
    }
  });
  const head = `head #${verdict.head.seq} ${verdict.head.hash}`;
  if (verdict.ok) {
    console.log(
      `The audit trail holds: ${verdict.links} links, ${verdict.recordsChecked} stored values as recorded, ${head}.`,
    );
    return;
  }
  process.exitCode = 1;
  console.log(`The audit trail does NOT hold (${verdict.links} links, ${head}).`);
  const first = verdict.firstBroken;
  if (first)
    console.log(
      first.seq === null ? `First problem: ${first.message}` : `First broken link: #${first.seq}: ${first.message}`,
    );
  if (verdict.problems.length > 1) {
    console.log(`All ${verdict.problems.length} problems:`);
    for (const problem of verdict.problems) console.log(`  - ${problem.message}`);
  }
});
