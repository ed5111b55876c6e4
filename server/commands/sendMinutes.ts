import type { Assembly } from '@shared/schemas/assembly';
import type { MinutesVersion } from '@shared/schemas/minutesApproval';
import type { Context } from '../context';
import { assemblyRecipients, mailEach } from '../mail/assemblyMailing';
import { minutesFileName } from '../pdf/minutesAttachment';
import type { MinutesMailJob } from '../queue/payloads';
import { addressedTo } from '../mail/render';

/** A published version of the minutes goes to every member's representative, once each. */
export async function sendMinutes(
  ctx: Pick<Context, 'assemblies' | 'baseUrl' | 'links' | 'minutes' | 'queues' | 'register' | 'statutes'>,
  job: MinutesMailJob,
): Promise<{ sent: number }> {
  const [assembly, stored] = await Promise.all([
    ctx.assemblies.get(job.assemblyId),
    ctx.minutes.version(job.assemblyId, job.version),
  ]);
  // Only a published version is sent; a draft never leaves the Table.
  if (!assembly || !stored || stored.version.publishedAt === null) return { sent: 0 };
  return { sent: await mailMinutesVersion(ctx, assembly, stored.version) };
}

/**
 * RULES.md §5: a published version of the minutes, once to each person representing a convened
 * member, in its language, the PDF in that language attached, with its personal link to the
 * minutes' page. The job ids make a retried publication send nothing twice.
 */
async function mailMinutesVersion(
  ctx: Pick<Context, 'baseUrl' | 'links' | 'queues' | 'register' | 'statutes'>,
  assembly: Assembly,
  minutes: MinutesVersion,
): Promise<number> {
  const motions = minutes.content.items.flatMap((item) =>
    item.motions.flatMap((motion) => (motion.result ? [{ title: motion.title, outcome: motion.result.outcome }] : [])),
  );
  return mailEach(
    ctx,
    assembly,
    await assemblyRecipients(ctx, () => true),
    `minutes-${assembly.id}-v${minutes.version}`,
    ({ person, members }, link) => ({
      ...addressedTo(person),
      template: 'minutes',
      data: {
        name: person.name,
        title: assembly.title,
        networkName: ctx.statutes.networkName,
        members,
        version: minutes.version,
        correctionOf: minutes.correctionOf,
        correctionNote: minutes.correctionNote,
        publishedAt: minutes.publishedAt ?? minutes.draftedAt,
        closesAt: assembly.closesAt,
        timeZone: person.timeZone,
        link: `${link}&page=minutes`,
        attachment: minutesFileName(minutes, person.language),
        motions,
      },
      attachments: [
        { kind: 'minutesPdf', assemblyId: assembly.id, version: minutes.version, language: person.language },
      ],
    }),
  );
}
