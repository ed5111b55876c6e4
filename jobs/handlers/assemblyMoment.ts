import { assemblyPhase } from '@shared/rules/assemblies';
import { isVoting, receivesConvocation } from '@shared/rules/members';
import type { Person } from '@shared/schemas/person';
import type { Context } from '../../server/context';
import type { AssemblyMoment } from '../assemblySchedule';
import { enqueue } from '../queues';
import { personalLink } from './convocationSend';
import { tallyAssembly } from '../../server/commands/tallyAssembly';

export interface MomentJob {
  assemblyId: string;
  moment: AssemblyMoment;
  /** The opening the job was scheduled for: if the assembly moved since, the job does nothing. */
  opensAt: string;
}

/**
 * A moment of an assembly's schedule: reminders a week and a day before, "the room is open", six
 * hours before the close to voting members not yet seen, and the close. One e-mail per person.
 */
export async function assemblyMoment(ctx: Context, job: MomentJob, attendance: (assemblyId: string) => Promise<Set<number>>): Promise<void> {
  const assembly = await ctx.assemblies.get(job.assemblyId);
  if (!assembly || assembly.status !== 'convened' || assembly.opensAt !== job.opensAt) return;
  // Rooms open and close by the clock; this only tells connected people at once.
  if (job.moment === 'opened' || job.moment === 'closed') await ctx.publish({ type: 'assembly.phase', assemblyId: assembly.id });
  if (job.moment === 'closed') {
    await tallyAssembly(ctx, assembly.id);
    return;
  }
  const phase = assemblyPhase(assembly, ctx.now());
  const expected = job.moment === 'week_before' || job.moment === 'day_before' ? 'convened' : 'open';
  if (phase !== expected) return; // a late job: its moment has passed

  const register = await ctx.register.snapshot();
  const present = job.moment === 'closing_soon' ? await attendance(assembly.id) : new Set<number>();
  const recipients = new Map<string, Person>();
  for (const member of register.members) {
    if (!receivesConvocation(member)) continue;
    if (job.moment === 'closing_soon' && (!isVoting(member, ctx.statutes) || present.has(member.memberNo))) continue;
    const person = register.people.find((candidate) => candidate.id === register.representatives.get(member.memberNo));
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
          notice: job.moment,
          name: person.name,
          title: assembly.title,
          opensAt: assembly.opensAt,
          closesAt: assembly.closesAt,
          timeZone: person.timeZone,
          link: await personalLink(ctx, assembly, person.id),
          reason: '',
          networkName: ctx.statutes.networkName,
        },
      },
      { jobId: `notice-${assembly.id}-${job.moment}-${Date.parse(job.opensAt)}-${person.id}` },
    );
  }
}
