import { receivesConvocation } from '@shared/rules/members';
import type { Assembly } from '@shared/schemas/assembly';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import type { Context } from '../server/context';
import type { AssemblyNoticeKind } from './emails/templates/assemblyNotice';
import { personalLink } from './handlers/convocationSend';
import { enqueue } from './queues';

/**
 * Sends a notice about an assembly (a reminder, its opening, its cancellation) once to each person
 * representing a convened member — `include` narrows the members — with their personal link.
 * `jobKey` makes each person's notice happen once.
 */
export async function sendAssemblyNotices(
  ctx: Context,
  assembly: Assembly,
  notice: { kind: AssemblyNoticeKind; reason?: string; jobKey: string },
  include: (member: Member) => boolean = () => true,
): Promise<number> {
  const register = await ctx.register.snapshot();
  const people = new Map(register.people.map((person) => [person.id, person]));
  const recipients = new Map<string, Person>();
  for (const member of register.members) {
    if (!receivesConvocation(member) || !include(member)) continue;
    const person = people.get(register.representatives.get(member.memberNo) ?? '');
    if (person) recipients.set(person.id, person);
  }
  for (const person of recipients.values()) {
    await enqueue(
      ctx.queues,
      'mail.send',
      {
        to: person.email,
        language: person.language,
        template: 'assemblyNotice',
        data: {
          notice: notice.kind,
          name: person.name,
          title: assembly.title,
          opensAt: assembly.opensAt,
          closesAt: assembly.closesAt,
          timeZone: person.timeZone,
          link: await personalLink(ctx, assembly, person.id),
          reason: notice.reason ?? '',
          networkName: ctx.statutes.networkName,
        },
      },
      { jobId: `${notice.jobKey}-${person.id}` },
    );
  }
  return recipients.size;
}
