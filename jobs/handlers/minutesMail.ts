import type { Context } from '../../server/context';
import { sendMinutes } from '../assemblyNotices';

export interface MinutesMailJob {
  assemblyId: string;
  version: number;
}

/** A published version of the minutes goes to every member's representative, once each. */
export async function mailMinutesJob(ctx: Context, job: MinutesMailJob): Promise<{ sent: number }> {
  const [assembly, stored] = await Promise.all([
    ctx.assemblies.get(job.assemblyId),
    ctx.minutes.version(job.assemblyId, job.version),
  ]);
  // Only a published version is sent; a draft never leaves the Table.
  if (!assembly || !stored || stored.version.publishedAt === null) return { sent: 0 };
  return { sent: await sendMinutes(ctx, assembly, stored.version) };
}
