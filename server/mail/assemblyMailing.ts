import type { AssemblyAudience } from '@shared/api/assemblies';
import { isVoting, receivesConvocation } from '@shared/rules/members';
import type { Assembly } from '@shared/schemas/assembly';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import { personalLink } from '../auth/personalLink';
import type { Context } from '../context';
import { enqueue } from '../queue/queues';
import type { EmailRequest } from './render';
import type { ConcernedMember } from './templates/members';

/** A person an e-mail goes to, and the members it represents that the e-mail is about. */
export interface Recipient {
  person: Person;
  members: ConcernedMember[];
}

/**
 * Each person representing a convened member (narrowed by `include`), once however many members it
 * represents, with those members in register order.
 */
export async function assemblyRecipients(
  ctx: Pick<Context, 'register' | 'statutes'>,
  include: (member: Member) => boolean,
): Promise<Recipient[]> {
  const register = await ctx.register.snapshot();
  const people = new Map(register.people.map((person) => [person.id, person]));
  const recipients = new Map<string, Recipient>();
  for (const member of register.members) {
    if (!receivesConvocation(member) || !include(member)) continue;
    const person = people.get(register.representatives.get(member.memberNo) ?? '');
    if (!person) continue;
    const recipient = recipients.get(person.id) ?? { person, members: [] };
    recipient.members.push({
      organisation: member.organisation,
      memberNo: member.memberNo,
      voting: isVoting(member, ctx.statutes),
    });
    recipients.set(person.id, recipient);
  }
  return [...recipients.values()];
}

/** How many people an e-mail to every convened member reaches, and for how many members (the Table is told before it sends). */
export async function assemblyAudience(ctx: Pick<Context, 'register' | 'statutes'>): Promise<AssemblyAudience> {
  const register = await ctx.register.snapshot();
  const convened = register.members.filter((member) => receivesConvocation(member));
  return { people: (await assemblyRecipients(ctx, () => true)).length, members: convened.length };
}

/**
 * One e-mail to each person, naming the members it concerns, with the person's one personal link
 * to the assembly (it opens the room for every member the person represents); the job ids make it
 * once per person.
 */
export async function mailEach(
  ctx: Pick<Context, 'baseUrl' | 'links' | 'queues'>,
  assembly: Assembly,
  recipients: Recipient[],
  jobKey: string,
  mail: (recipient: Recipient, link: string) => EmailRequest,
): Promise<number> {
  for (const recipient of recipients) {
    const link = await personalLink(ctx, assembly, recipient.person.id);
    await enqueue(ctx.queues, 'mail.send', mail(recipient, link), { jobId: `${jobKey}-${recipient.person.id}` });
  }
  return recipients.length;
}
