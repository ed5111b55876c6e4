import type { DuesResponse } from '@shared/api/membership';
import { duesStanding } from '@shared/rules/dues';
import type { DuesPayment } from '@shared/schemas/dues';
import type { Statutes } from '@shared/statutes';
import type { RegisterSnapshot } from '../store/register';
import { presentDues } from './member';
import { csvCell } from './registerCsv';

/**
 * R.9: dues are paid once per territory; the territory's population and country decide them.
 * With what its members paid for `year` and where it stands.
 */
export function presentDuesTable(
  register: RegisterSnapshot,
  payments: readonly DuesPayment[],
  year: number,
  statutes: Statutes,
): DuesResponse {
  const territories = new Map<number, DuesResponse['territories'][number]>();
  const territoryOf = new Map<number, number>();
  for (const member of register.members) {
    if (member.territoryNo === null || member.college === 'associate' || member.status === 'excluded') continue;
    const territory = territories.get(member.territoryNo) ?? {
      territoryNo: member.territoryNo,
      territory: member.territory,
      country: member.country,
      population: null,
      members: [],
      dues: presentDues(member, statutes),
      paidCents: 0,
      standing: 'unknown' as const,
      payments: [],
    };
    territory.members.push({ memberNo: member.memberNo, organisation: member.organisation, college: member.college });
    if (member.population !== null && territory.population === null) {
      territory.population = member.population;
      territory.dues = presentDues(member, statutes);
    }
    territories.set(member.territoryNo, territory);
    territoryOf.set(member.memberNo, member.territoryNo);
  }
  for (const payment of payments) {
    const territory = territories.get(territoryOf.get(payment.memberNo) ?? -1);
    if (!territory) continue;
    territory.paidCents += payment.amountCents;
    territory.payments.push(payment);
  }
  for (const territory of territories.values())
    territory.standing = duesStanding(territory.dues.ok ? territory.dues.amount : null, territory.paidCents);
  return {
    year,
    currency: statutes.dues.currency,
    territories: [...territories.values()].sort((a, b) => a.territoryNo - b.territoryNo),
  };
}

const duesCsvColumns = [
  'year',
  'territory_no',
  'territory',
  'country',
  'population',
  'minimum',
  'paid',
  'currency',
  'standing',
  'members',
  'payments',
] as const;

/** A year's dues as a file a spreadsheet opens: one territory a line, what it owes and what it paid. */
export function duesToCsv(table: DuesResponse): string {
  const lines = [duesCsvColumns.join(',')];
  for (const territory of table.territories) {
    const values: Record<(typeof duesCsvColumns)[number], string | number | null> = {
      year: table.year,
      territory_no: territory.territoryNo,
      territory: territory.territory,
      country: territory.country,
      population: territory.population,
      minimum: territory.dues.ok ? territory.dues.amount : null,
      paid: (territory.paidCents / 100).toFixed(2),
      currency: table.currency,
      standing: territory.standing,
      members: territory.members.map((member) => `${member.memberNo} ${member.organisation}`).join(' | '),
      payments: territory.payments
        .map(
          (payment) =>
            `${payment.paidOn} ${(payment.amountCents / 100).toFixed(2)} (member ${payment.memberNo}, recorded by ${payment.recordedBy.name})`,
        )
        .join(' | '),
    };
    lines.push(duesCsvColumns.map((column) => csvCell(values[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
