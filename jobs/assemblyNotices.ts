import { receivesConvocation } from '@shared/rules/members';
import type { Assembly } from '@shared/schemas/assembly';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import type { Context } from '../server/context';
import type { AssemblyNoticeKind } from './emails/templates/assemblyNotice';
import { personalLink } from './handlers/convocationSend';
import { enqueue } from './queues';
import type { EmailRequest } from './emails/render';
import type { ResultsEmail } from './emails/templates/results';
import type { MinutesVersion } from '@shared/schemas/minutesApproval';
import { minutesFileName } from './minutes/attachment';

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
  return mailEach(ctx, assembly, await assemblyRecipients(ctx, include), notice.jobKey, (person, link) => ({
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
      link,
      reason: notice.reason ?? '',
      networkName: ctx.statutes.networkName,
    },
  }));
}

/** Each person representing a convened member (narrowed by `include`), once however many members it represents. */
async function assemblyRecipients(ctx: Context, include: (member: Member) => boolean): Promise<Person[]> {
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

/**
 * The results at the close (R.6, R.7): once to each person representing a convened member, every
 * motion with its outcome and figures. The job ids make a retried close send nothing twice.
 */
export async function sendResults(ctx: Context, assembly: Assembly): Promise<number> {
  const motions = await ctx.votes.motions(assembly.id);
  const order = new Map(assembly.agenda.map((item, index) => [item.id, index]));
  const results: ResultsEmail['motions'] = [];
  for (const motion of [...motions].sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0))) {
    const tally = await ctx.votes.tally(motion.id);
    const index = order.get(motion.itemId);
    if (tally)
      results.push({
        item: index === undefined ? '' : `${index + 1}. ${assembly.agenda[index]!.title}`,
        title: motion.title,
        secret: motion.secret,
        result: tally.result,
      });
  }
  const register = await ctx.register.snapshot();
  const elections: NonNullable<ResultsEmail['elections']> = [];
  for (const election of await ctx.elections.elections(assembly.id)) {
    const last = (await ctx.elections.tally(election.id, 2)) ?? (await ctx.elections.tally(election.id, 1));
    if (!last) continue;
    const elected = register.members.find((member) => member.memberNo === last.result.elected);
    elections.push({
      body: election.body,
      office: election.office,
      elected: elected ? `${elected.organisation} (n° ${elected.memberNo})` : null,
      result: last.result,
    });
  }
  return mailEach(
    ctx,
    assembly,
    await assemblyRecipients(ctx, () => true),
    `results-${assembly.id}`,
    (person, link) => ({
      to: person.email,
      language: person.language,
      template: 'results',
      data: {
        name: person.name,
        title: assembly.title,
        closesAt: assembly.closesAt,
        timeZone: person.timeZone,
        link,
        networkName: ctx.statutes.networkName,
        motions: results,
        elections,
      },
    }),
  );
}

/**
 * RULES.md §5: a published version of the minutes, once to each person representing a convened
 * member, in its language, the PDF in that language attached, with its personal link to the
 * minutes' page. The job ids make a retried publication send nothing twice.
 */
export async function sendMinutes(ctx: Context, assembly: Assembly, minutes: MinutesVersion): Promise<number> {
  const motions = minutes.content.items.flatMap((item) =>
    item.motions.flatMap((motion) => (motion.result ? [{ title: motion.title, outcome: motion.result.outcome }] : [])),
  );
  return mailEach(
    ctx,
    assembly,
    await assemblyRecipients(ctx, () => true),
    `minutes-${assembly.id}-v${minutes.version}`,
    (person, link) => ({
      to: person.email,
      language: person.language,
      template: 'minutes',
      data: {
        name: person.name,
        title: assembly.title,
        networkName: ctx.statutes.networkName,
        version: minutes.version,
        correctionOf: minutes.correctionOf,
        correctionNote: minutes.correctionNote,
        publishedAt: minutes.publishedAt ?? minutes.draftedAt,
        closesAt: assembly.closesAt,
        timeZone: person.timeZone,
        link: `${link}&page=minutes`,
        attachment: minutesFileName(assembly.id, minutes.version, person.language),
        motions,
      },
      attachments: [
        { kind: 'minutesPdf', assemblyId: assembly.id, version: minutes.version, language: person.language },
      ],
    }),
  );
}

/** One e-mail to each person, with its personal link to the assembly; the job ids make it once per person. */
async function mailEach(
  ctx: Context,
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
