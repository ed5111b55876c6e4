import type { Context } from '../../server/context';
import { announceAssemblyMoment } from '../../server/commands/announceAssemblyMoment';
import type { MomentJob } from '../../server/queue/payloads';

/** A moment of an assembly's schedule: announced, and at the close counted (RULES.md §5). */
export async function assemblyMoment(ctx: Context, job: MomentJob): Promise<void> {
  await announceAssemblyMoment(ctx, job);
}
