import type { Assembly } from '@shared/schemas/assembly';

/** The timed jobs of an assembly, before and during its window (issue: reminders and room timers). */
export const assemblyMoments = ['week_before', 'day_before', 'opened', 'closing_soon', 'closed'] as const;
export type AssemblyMoment = (typeof assemblyMoments)[number];

const hour = 3_600_000;

/** When each moment falls for an assembly. */
export function momentsOf(assembly: Pick<Assembly, 'opensAt' | 'closesAt'>): Record<AssemblyMoment, number> {
  const opens = Date.parse(assembly.opensAt);
  const closes = Date.parse(assembly.closesAt);
  return {
    week_before: opens - 168 * hour,
    day_before: opens - 24 * hour,
    opened: opens,
    closing_soon: closes - 6 * hour,
    closed: closes,
  };
}
