import type { Assembly } from '@shared/schemas/assembly';
import type { Member } from '@shared/schemas/member';
import type { Context } from '../context';
import { assemblyRecipients, mailEach } from '../mail/assemblyMailing';
import type { AssemblyNoticeKind } from '../mail/templates/assemblyNotice';
import { addressedTo } from '../mail/render';

/**
 * Sends a notice about an assembly (a reminder, its opening, its cancellation) once to each person
 * representing a convened member — `include` narrows the members — with their personal link.
 * `jobKey` makes each person's notice happen once.
 */
export async function sendAssemblyNotices(
  ctx: Pick<Context, 'baseUrl' | 'links' | 'queues' | 'register' | 'statutes'>,
  assembly: Assembly,
  notice: { kind: AssemblyNoticeKind; reason?: string; jobKey: string },
  include: (member: Member) => boolean = () => true,
): Promise<number> {
  return mailEach(
    ctx,
    assembly,
    await assemblyRecipients(ctx, include),
    notice.jobKey,
    ({ person, members }, link) => ({
      ...addressedTo(person),
      template: 'assemblyNotice',
      data: {
        notice: notice.kind,
        name: person.name,
        title: assembly.title,
        opensAt: assembly.opensAt,
        closesAt: assembly.closesAt,
        timeZone: person.timeZone,
        link,
        reason: notice.reason ?? '',
        networkName: ctx.statutes.networkName,
        members,
      },
    }),
  );
}
