import { createHash } from 'node:crypto';
import { endOfMonth, yearIn } from '@shared/rules/time';
import { loadActor } from '../auth/actor';
import { recordDuesPayment } from '../commands/duesPayments';
import { updateMember } from '../commands/updateMember';
import { readDues } from '../queries/readRegister';
import type { Context } from '../context';
import { demoSecretariat } from './demoRegister';

/** Inhabitants of the territories the demo names often (rounded census figures). */
const knownPopulations: Record<string, number> = {
  Charleroi: 201_800,
  Mulhouse: 108_900,
  Odemira: 29_500,
  Kavala: 70_500,
  Timisoara: 319_300,
  'Arcos de Valdevez': 21_400,
  'Paredes de Coura': 8_600,
  Agadir: 421_800,
  'Al Hoceima': 56_700,
  Libreville: 703_900,
};

/** A plausible, stable population for a territory the table does not know: 6,000 to 180,000, in hundreds. */
function plausiblePopulation(territory: string): number {
  const known = knownPopulations[territory];
  if (known !== undefined) return known;
  const draw = createHash('sha256').update(territory).digest().readUInt32BE(0) / 0xffffffff;
  return Math.round((6_000 + draw * draw * 174_000) / 100) * 100;
}

/**
 * The demo's dues (R.9): each territory's population recorded by the secretariat, so its minimum
 * is computed, and this year's payments of about half the territories, some in part.
 */
export async function seedDemoDues(ctx: Context, now: Date): Promise<void> {
  const secretariat = await loadActor(ctx, demoSecretariat.id);
  if (!secretariat) throw new Error('demo: the secretariat is not in the demo register');
  const register = await ctx.register.snapshot();
  const territories = new Map<number, { memberNo: number; territory: string }>();
  for (const member of register.members) {
    if (member.territoryNo === null || member.college === 'associate' || territories.has(member.territoryNo)) continue;
    territories.set(member.territoryNo, { memberNo: member.memberNo, territory: member.territory });
  }
  const at = (daysAgo: number): Context => ({ ...ctx, now: () => new Date(now.getTime() - daysAgo * 86_400_000) });
  for (const { memberNo, territory } of territories.values()) {
    const population = plausiblePopulation(territory.split(' - ')[0] ?? territory);
    await updateMember(at(60), secretariat, memberNo, { population });
  }
  const year = yearIn(now, ctx.statutes.referenceTimeZone);
  const dues = await readDues(ctx, year);
  // Paid this year, between a few days ago and the first days of January.
  const daysThisYear = Math.max(
    1,
    Math.floor((now.getTime() - endOfMonth(year - 1, 12, ctx.statutes.referenceTimeZone).getTime()) / 86_400_000) - 3,
  );
  let index = 0;
  for (const territory of dues.territories) {
    index++;
    if (!territory.dues.ok || index % 2 === 0) continue; // every other territory has not paid yet
    const member = territory.members[0];
    if (!member) continue;
    const amount = index % 7 === 1 ? Math.max(1, Math.floor(territory.dues.amount / 2)) : territory.dues.amount;
    const daysAgo = 1 + ((index * 13) % daysThisYear);
    const paidOn = new Date(now.getTime() - (daysAgo + 1) * 86_400_000);
    await recordDuesPayment(at(daysAgo), secretariat, {
      memberNo: member.memberNo,
      year,
      amount,
      paidOn: paidOn.toISOString().slice(0, 10),
    });
  }
}
