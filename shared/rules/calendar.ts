import type { AssemblySchedule } from '../schemas/assembly';
import { type OrdinaryAssemblyPurpose, type Statutes, togetherStatutes } from '../statutes';
import { latestDispatchAt } from './notice';
import { addPeriod, endOfMonth, yearIn } from './time';

/** What the calendar reads of an assembly: only convened and held ones count. */
export type ScheduledAssembly = Pick<AssemblySchedule, 'id' | 'kind' | 'opensAt' | 'state'>;

const counts = (assembly: ScheduledAssembly): boolean => assembly.state === 'convened' || assembly.state === 'held';

/** Where a yearly ordinary assembly stands (S.6). */
export type OrdinarySlotReason =
  | 'ordinary_assembly_held'
  | 'ordinary_assembly_convened'
  | 'ordinary_assembly_to_convene'
  | 'ordinary_assembly_convocation_overdue'
  | 'ordinary_assembly_missed';

/** One of the yearly ordinary assemblies of S.6 and where it stands. */
export interface OrdinarySlot {
  year: number;
  purpose: OrdinaryAssemblyPurpose;
  reason: OrdinarySlotReason;
  /** No ordinary assembly convened or held for it: the Table is warned (RULES.md §3). */
  missing: boolean;
  /** An assembly opening in [periodStartsAt, deadline) fills this slot. */
  periodStartsAt: Date;
  /** The end of the deadline month in the reference zone; the assembly must open before it. */
  deadline: Date;
  /** The last instant the convocation can go for an assembly opening just before the deadline. */
  lastConvocationAt: Date;
  /** The assembly filling the slot, if any. */
  assemblyId: string | null;
}

/**
 * The ordinary assemblies of the year of `now` (reference zone), which are missing, and the last
 * instant each convocation can go (S.6: before the end of March and of the year; R.6: notice).
 */
export function ordinaryAssemblySlots(
  assemblies: readonly ScheduledAssembly[],
  now: Date,
  statutes: Statutes = togetherStatutes,
): OrdinarySlot[] {
  const zone = statutes.referenceTimeZone;
  const year = yearIn(now, zone);
  const yearly = [...statutes.ordinaryAssemblies].sort((a, b) => a.deadlineMonth - b.deadlineMonth);
  let periodStartsAt = endOfMonth(year - 1, 12, zone);
  return yearly.map(({ purpose, deadlineMonth }) => {
    const deadline = endOfMonth(year, deadlineMonth, zone);
    const start = periodStartsAt.getTime();
    periodStartsAt = deadline;
    const filling = assemblies
      .filter((a) => a.kind === 'ordinary' && counts(a))
      .filter((a) => a.opensAt.getTime() >= start && a.opensAt.getTime() < deadline.getTime())
      .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
    const found = filling.find((a) => a.state === 'held') ?? filling[0] ?? null;
    const lastConvocationAt = latestDispatchAt('ordinary', new Date(deadline.getTime() - 1), statutes);
    let reason: OrdinarySlotReason;
    if (found !== null) reason = found.state === 'held' ? 'ordinary_assembly_held' : 'ordinary_assembly_convened';
    else if (now.getTime() >= deadline.getTime()) reason = 'ordinary_assembly_missed';
    else if (now.getTime() > lastConvocationAt.getTime()) reason = 'ordinary_assembly_convocation_overdue';
    else reason = 'ordinary_assembly_to_convene';
    return {
      year,
      purpose,
      reason,
      missing: found === null,
      periodStartsAt: new Date(start),
      deadline,
      lastConvocationAt,
      assemblyId: found?.id ?? null,
    };
  });
}

/** Where the three-yearly extraordinary assembly stands (S.7, R.7). */
export type ExtraordinaryReason =
  | 'extraordinary_convened'
  | 'extraordinary_not_due'
  | 'extraordinary_possible'
  | 'extraordinary_due'
  | 'extraordinary_overdue';

/** Where the three-yearly extraordinary assembly stands (S.7, R.7). */
export interface ExtraordinaryCycle {
  reason: ExtraordinaryReason;
  /** True when none is convened and the usual interval has passed: the Table is warned. */
  warn: boolean;
  /** The last extraordinary assembly opened by `now` (the founding assembly at first). */
  lastOpensAt: Date;
  lastAssemblyId: string | null;
  earliestAt: Date;
  dueAt: Date;
  latestAt: Date;
  /** The last instant a convocation can go for an assembly opening at `latestAt`. */
  lastConvocationAt: Date;
  /** The next convened extraordinary assembly after `now`, if any. */
  nextConvened: { id: string; opensAt: Date; withinCycle: boolean } | null;
}

/**
 * When the next extraordinary assembly is due: every three years, two to four if needed, after
 * the last one; the founding assembly of 4 November 2013 counts as the first (S.7, R.7, S.5).
 */
export function extraordinaryCycle(
  assemblies: readonly ScheduledAssembly[],
  now: Date,
  statutes: Statutes = togetherStatutes,
): ExtraordinaryCycle {
  const zone = statutes.referenceTimeZone;
  const at = now.getTime();
  let last: ScheduledAssembly | null = null;
  let next: ScheduledAssembly | null = null;
  for (const assembly of assemblies) {
    if (assembly.kind !== 'extraordinary' || !counts(assembly)) continue;
    const opensAt = assembly.opensAt.getTime();
    if (opensAt <= at) {
      if (last === null || opensAt > last.opensAt.getTime()) last = assembly;
    } else if (assembly.state === 'convened' && (next === null || opensAt < next.opensAt.getTime())) {
      next = assembly;
    }
  }
  const founding = statutes.foundingAssemblyOpensAt;
  const lastOpensAt = last !== null && last.opensAt.getTime() > founding.getTime() ? last.opensAt : founding;
  const cycle = statutes.extraordinaryCycle;
  const earliestAt = addPeriod(lastOpensAt, cycle.earliest, zone);
  const dueAt = addPeriod(lastOpensAt, cycle.every, zone);
  const latestAt = addPeriod(lastOpensAt, cycle.latest, zone);
  let reason: ExtraordinaryReason;
  if (next !== null) reason = 'extraordinary_convened';
  else if (at < earliestAt.getTime()) reason = 'extraordinary_not_due';
  else if (at < dueAt.getTime()) reason = 'extraordinary_possible';
  else if (at <= latestAt.getTime()) reason = 'extraordinary_due';
  else reason = 'extraordinary_overdue';
  const nextOpensAt = next?.opensAt.getTime() ?? 0;
  return {
    reason,
    warn: reason === 'extraordinary_due' || reason === 'extraordinary_overdue',
    lastOpensAt,
    lastAssemblyId: lastOpensAt === founding ? null : (last?.id ?? null),
    earliestAt,
    dueAt,
    latestAt,
    lastConvocationAt: latestDispatchAt('extraordinary', latestAt, statutes),
    nextConvened:
      next === null
        ? null
        : {
            id: next.id,
            opensAt: next.opensAt,
            withinCycle: nextOpensAt >= earliestAt.getTime() && nextOpensAt <= latestAt.getTime(),
          },
  };
}

/** An assembly as the calendar compares windows: its window and what it is called. */
export interface WindowedAssembly extends ScheduledAssembly {
  title: string;
  closesAt: Date;
}

/**
 * The convened or held assembly whose window [opensAt, closesAt) meets the candidate's, if any
 * (R.6, R.7: one room open at a time, so that every member can take part in each). Drafts and
 * cancelled assemblies do not hold their dates.
 */
export function overlappingAssembly<A extends WindowedAssembly>(
  candidate: Pick<WindowedAssembly, 'id' | 'opensAt' | 'closesAt'>,
  assemblies: readonly A[],
): A | null {
  const opens = candidate.opensAt.getTime();
  const closes = candidate.closesAt.getTime();
  const overlapping = assemblies
    .filter((other) => other.id !== candidate.id && counts(other))
    .filter((other) => other.opensAt.getTime() < closes && opens < other.closesAt.getTime())
    .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
  return overlapping[0] ?? null;
}

/** Two ordinary assemblies opening closer together than the statutes' rhythm (S.6). */
export interface RhythmWarning<A extends ScheduledAssembly = ScheduledAssembly> {
  first: A;
  second: A;
  /** The first instant the second could open without the warning. */
  earliestAt: Date;
}

/**
 * S.6 holds two ordinary assemblies a year: consecutive ordinary assemblies (drafts included, so
 * the Table is told before convening) opening less than `ordinaryAssembliesApart` apart.
 */
export function ordinaryRhythmWarnings<A extends ScheduledAssembly>(
  assemblies: readonly A[],
  statutes: Statutes = togetherStatutes,
): Array<RhythmWarning<A>> {
  const ordinary = assemblies
    .filter((assembly) => assembly.kind === 'ordinary' && assembly.state !== 'cancelled')
    .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
  const warnings: Array<RhythmWarning<A>> = [];
  for (let index = 1; index < ordinary.length; index++) {
    const first = ordinary[index - 1]!;
    const second = ordinary[index]!;
    const earliestAt = addPeriod(first.opensAt, statutes.ordinaryAssembliesApart, statutes.referenceTimeZone);
    if (second.opensAt.getTime() < earliestAt.getTime()) warnings.push({ first, second, earliestAt });
  }
  return warnings;
}
