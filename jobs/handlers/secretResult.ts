import type { Context } from '../../server/context';
import { countSecretResult, publishResults } from '../../server/commands/tallyAssembly';
import type { SecretResultJob } from '../../server/queue/payloads';

/**
 * Enough trustees decrypted a secret vote: its result, checked, counted once whoever runs the job;
 * once the last vote of a closed assembly is counted, the results and the minutes follow.
 */
export async function secretResult(ctx: Context, job: SecretResultJob): Promise<void> {
  await countSecretResult(ctx, job.assemblyId, job.motionId);
  const assembly = await ctx.assemblies.get(job.assemblyId);
  if (assembly) await publishResults(ctx, assembly);
}
