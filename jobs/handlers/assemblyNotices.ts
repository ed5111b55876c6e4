import type { Context } from '../../server/context';
import { sendMomentNotices } from '../../server/commands/sendMomentNotices';
import type { MomentJob } from '../../server/queue/payloads';

/** The e-mails of a moment before the close, one per person. */
export async function assemblyNotices(ctx: Context, job: MomentJob): Promise<void> {
  await sendMomentNotices(ctx, job);
}
