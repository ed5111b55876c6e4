import type { Context } from '../../server/context';
import { sendMinutes } from '../../server/commands/sendMinutes';
import type { MinutesMailJob } from '../../server/queue/payloads';

/** A published version of the minutes goes to every member's representative, once each. */
export async function mailMinutesJob(ctx: Context, job: MinutesMailJob): Promise<{ sent: number }> {
  return sendMinutes(ctx, job);
}
