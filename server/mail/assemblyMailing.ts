import type { AssemblyAudience } from '@shared/api/assemblies';
import { receivesConvocation } from '@shared/rules/members';
import type { Assembly } from '@shared/schemas/assembly';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import { personalLink } from '../auth/personalLink';
import type { Context } from '../context';
import { enqueue } from '../queue/queues';
import type { EmailRequest } from './render';

/** Each person representing a convened member (narrowed by `include`), once however many members it represents. */
export async function assemblyRecipients(
  ctx: Pick<Context, 'register'>,
  include: (member: Member) => boolean,
): Promise<Person[]> {
  const register = await ctx.register.snapshot();
  const people = new Map(register.people.map((person) => [person.id, person]));
  const recipients = new Map<string, Person>();
  for (const member of register.members) {
    if (!receivesConvocation(member) || !include(member)) continue;
    const person = people.get(register.representatives.get(member.memberNo) ?? '');
    if (person) recipients.set(person.id, person);
  }
  return [...recipients.values()];
}

/** How many people an e-mail to every convened member reaches, and for how many members (the Table is told before it sends). */
export async function assemblyAudience(ctx: Pick<Context, 'register'>): Promise<AssemblyAudience> {
  const register = await ctx.register.snapshot();
  const convened = register.members.filter((member) => receivesConvocation(member));
  return { people: (await assemblyRecipients(ctx, () => true)).length, members: convened.length };
}

/** One e-mail to each person, with its personal link to the assembly; the job ids make it once per person. */
export async function mailEach(
  ctx: Pick<Context, 'baseUrl' | 'links' | 'queues'>,
  assembly: Assembly,
  people: Person[],
  jobKey: string,
  mail: (person: Person, link: string) => EmailRequest,
): Promise<number> {
  for (const person of people) {
    await enqueue(ctx.queues, 'mail.send', mail(person, await personalLink(ctx, assembly, person.id)), {
      jobId: `${jobKey}-${person.id}`,
    });
  }
  return people.length;
}
