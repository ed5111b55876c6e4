import { registerCsvColumns } from '@shared/schemas/registerCsv';
import type { RegisterSnapshot } from '../store/register';
import { asSpreadsheetText } from '../register/registerCsv';

/**
 * One CSV cell, quoted when it holds a separator, a quote or a line break (RFC 4180); a text a
 * spreadsheet would run as a formula is kept as text.
 */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : typeof value === 'string' ? asSpreadsheetText(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The register as a file of the same columns the import reads: importing it again changes nothing. */
export function registerToCsv(register: RegisterSnapshot): string {
  const people = new Map(register.people.map((person) => [person.id, person]));
  const lines = [registerCsvColumns.join(',')];
  for (const member of register.members) {
    const person = people.get(register.representatives.get(member.memberNo) ?? '');
    const values: Record<(typeof registerCsvColumns)[number], string | number | null> = {
      member_no: member.memberNo,
      territory_no: member.territoryNo,
      college: member.college,
      continent: member.continent,
      country: member.country,
      territory: member.territory,
      organisation: member.organisation,
      platform_type: member.platformType,
      representative: person?.name ?? null,
      representative_email: person?.email ?? null,
      population: member.population,
    };
    lines.push(registerCsvColumns.map((column) => csvCell(values[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
