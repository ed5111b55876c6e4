import { scheduleOf } from '@shared/rules/assemblies';
import { overlappingAssembly } from '@shared/rules/calendar';
import type { Assembly } from '@shared/schemas/assembly';
import { Refusal } from './refusal';
import type { Context } from '../context';

/**
 * Refuses an opening whose 24 hours meet those of another convened or held assembly (R.6, R.7),
 * naming that assembly and its window.
 */
export async function assertNoOverlap(
  ctx: Pick<Context, 'assemblies' | 'now'>,
  candidate: Pick<Assembly, 'id' | 'opensAt' | 'closesAt'>,
): Promise<void> {
  const now = ctx.now();
  const others = (await ctx.assemblies.all()).map((assembly) => ({
    ...scheduleOf(assembly, now),
    title: assembly.title,
    closesAt: new Date(assembly.closesAt),
  }));
  const other = overlappingAssembly(
    { id: candidate.id, opensAt: new Date(candidate.opensAt), closesAt: new Date(candidate.closesAt) },
    others,
  );
  if (other) {
    throw new Refusal('assembly_overlaps', {
      assemblyId: other.id,
      title: other.title,
      opensAt: other.opensAt.toISOString(),
      closesAt: other.closesAt.toISOString(),
    });
  }
}
