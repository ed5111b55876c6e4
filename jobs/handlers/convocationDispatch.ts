import type { Context } from '../../server/context';
import { dispatchConvocations } from '../../server/commands/dispatchConvocations';
import type { DispatchJob } from '../../server/queue/payloads';

/** Fans a sending of the convocation out to one job per member. */
export async function dispatchConvocation(ctx: Context, job: DispatchJob): Promise<{ queued: number }> {
  return dispatchConvocations(ctx, job);
}
