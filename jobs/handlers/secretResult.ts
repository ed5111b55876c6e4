import type { Context } from '../../server/context';
import { countSecretResult, publishResults } from '../../server/commands/tallyAssembly';
import type { SecretResultJob } from '../../server/queue/payloads';

/** Enough trustees decrypted a secret vote: its result, checked, counted once whoever runs the job. */
export async function secretResult(ctx: Context, job: SecretResultJob): Promise<void> {
  await countSecretResult(ctx, job.assemblyId, job.boxId);
  const assembly = await ctx.assemblies.get(job.assemblyId);
  if (assembly) await publishResults(ctx, assembly);
}
