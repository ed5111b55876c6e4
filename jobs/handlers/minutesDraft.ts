import type { Context } from '../../server/context';
import { draftMinutes } from '../../server/commands/minutes';
import type { MinutesDraftJob } from '../../server/queue/payloads';

/** After the close: version 1 of the minutes, drafted once whoever runs the job (RULES.md §5). */
export async function draftMinutesJob(ctx: Context, job: MinutesDraftJob): Promise<{ drafted: boolean }> {
  return { drafted: (await draftMinutes(ctx, job.assemblyId)) !== null };
}
