import type { AssembliesResponse, AssemblyView, CalendarResponse, DeliveriesResponse } from '@shared/api';
import { scheduleOf } from '@shared/rules/assemblies';
import { extraordinaryCycle, ordinaryAssemblySlots, ordinaryRhythmWarnings } from '@shared/rules/calendar';
import { permission, type Actor } from '@shared/rules/permissions';
import type { Context } from '../context';
import { assemblyOr404 } from '../commands/editAssembly';
import { seesDrafts, visibleAssembly } from './visibleAssembly';
import { assemblyAudience } from '../mail/assemblyMailing';
import { countDeliveries, presentAssembly, presentAssemblySummary } from '../presenters/assembly';

type Deps = Pick<Context, 'assemblies' | 'deliveries' | 'register' | 'now' | 'statutes'>;

/** An assembly for its page; the Table (with a full session) also sees its drafts and its convocation's state. */
export async function readAssembly(ctx: Deps, actor: Actor, scope: string | null, id: string): Promise<AssemblyView> {
  const assembly = await visibleAssembly(ctx, actor, scope, id);
  const forTable = seesDrafts(actor, scope);
  const [documents, deliveries, register, audience, person] = await Promise.all([
    ctx.assemblies.documents(id),
    forTable ? ctx.deliveries.list(id) : Promise.resolve(null),
    forTable ? ctx.register.snapshot() : Promise.resolve(null),
    forTable ? assemblyAudience(ctx) : Promise.resolve(null),
    ctx.register.person(actor.personId),
  ]);
  return presentAssembly(
    { assembly, documents, deliveries, register, audience, language: person?.language ?? 'en' },
    ctx.now(),
    ctx.statutes,
  );
}

/** Every assembly a person may see: the Table also sees drafts. */
export async function listAssemblies(
  ctx: Pick<Context, 'assemblies' | 'now'>,
  actor: Actor,
): Promise<AssembliesResponse> {
  const forTable = permission(actor, 'assembly.create').allowed;
  const now = ctx.now();
  return {
    assemblies: (await ctx.assemblies.all())
      .filter((assembly) => forTable || assembly.status !== 'draft')
      .map((assembly) => presentAssemblySummary(assembly, now)),
  };
}

/** Each member's convocation delivery, for the Table. */
export async function readDeliveries(
  ctx: Pick<Context, 'assemblies' | 'deliveries'>,
  assemblyId: string,
): Promise<DeliveriesResponse> {
  await assemblyOr404(ctx, assemblyId);
  const deliveries = await ctx.deliveries.list(assemblyId);
  return { deliveries, counts: countDeliveries(deliveries) };
}

/** The statutes' rhythm (S.8, R.6): the ordinary assemblies due each year and the extraordinary cycle. */
export async function readCalendar(ctx: Pick<Context, 'assemblies' | 'now' | 'statutes'>): Promise<CalendarResponse> {
  const now = ctx.now();
  const assemblies = await ctx.assemblies.all();
  const schedules = assemblies.map((assembly) => scheduleOf(assembly, now));
  const titles = new Map(assemblies.map((assembly) => [assembly.id, assembly.title]));
  const named = (schedule: (typeof schedules)[number]) => ({
    id: schedule.id,
    title: titles.get(schedule.id) ?? '',
    opensAt: schedule.opensAt.toISOString(),
    draft: schedule.state === 'draft',
  });
  const cycle = extraordinaryCycle(schedules, now, ctx.statutes);
  return {
    ordinary: ordinaryAssemblySlots(schedules, now, ctx.statutes).map((slot) => ({
      year: slot.year,
      purpose: slot.purpose,
      reason: slot.reason,
      missing: slot.missing,
      deadline: slot.deadline.toISOString(),
      lastConvocationAt: slot.lastConvocationAt.toISOString(),
      assemblyId: slot.assemblyId,
    })),
    extraordinary: {
      reason: cycle.reason,
      warn: cycle.warn,
      dueAt: cycle.dueAt.toISOString(),
      latestAt: cycle.latestAt.toISOString(),
      lastConvocationAt: cycle.lastConvocationAt.toISOString(),
    },
    // A pair already held is history: the Table is warned while it can still move the second one.
    tooClose: ordinaryRhythmWarnings(schedules, ctx.statutes)
      .filter((warning) => warning.second.state !== 'held')
      .map((warning) => ({
        first: named(warning.first),
        second: named(warning.second),
        earliestAt: warning.earliestAt.toISOString(),
      })),
  };
}
