import type { Context } from '../context';
import type { ConvocationJob } from '../queue/payloads';
import { convocationMembers } from './sendConvocation';

/**
 * A convocation job that failed for good shows as failed to the Table, for each member it names, which can resend it. Its
 * own attempts mark the delivery when they fail; this covers the job failed without running to
 * that point (its workers kept dying in the middle of it, so BullMQ gave it up). Safe to run
 * again: only a delivery still queued for this sending changes.
 */
export async function giveUpConvocation(
  ctx: Pick<Context, 'deliveries'>,
  job: ConvocationJob,
  reason: string,
): Promise<boolean> {
  let changed = false;
  for (const memberNo of convocationMembers(job))
    await ctx.deliveries.update(job.assemblyId, memberNo, (delivery) => {
      if (delivery.state !== 'queued' || delivery.dispatchNo !== job.dispatchNo) return delivery;
      changed = true;
      return { ...delivery, state: 'failed', error: { message: givenUpMessage(reason), final: true } };
    });
  return changed;
}

function givenUpMessage(reason: string): string {
  return /stalled/.test(reason)
    ? `Given up: the worker sending it stopped in the middle of it again and again (${reason}).`
    : `Given up: ${reason}`;
}
