import { roomDigestHours } from '@shared/vocabulary';
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

/** How often the digest of a room's discussion goes out during the window. */
export const digestIntervalHours = roomDigestHours;

/** When each digest falls: every `digestIntervalHours` after the opening, before the close (slots 1, 2, …). */
export function digestTimes(assembly: Pick<Assembly, 'opensAt' | 'closesAt'>): Array<{ slot: number; at: number }> {
  const opens = Date.parse(assembly.opensAt);
  const closes = Date.parse(assembly.closesAt);
  const times: Array<{ slot: number; at: number }> = [];
  for (let slot = 1; opens + slot * digestIntervalHours * hour < closes; slot++)
    times.push({ slot, at: opens + slot * digestIntervalHours * hour });
  return times;
}
