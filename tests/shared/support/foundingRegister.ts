import { readFileSync } from 'node:fs';
import { memberSchema, type Member } from '@shared/schemas/member';

const csvPath = new URL('../../../server/seed/founding-members.csv', import.meta.url);

/** Splits one CSV line; a field may be quoted (the register quotes those with commas). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

export interface FoundingRow {
  member: Member;
  /** The representative at the founding assembly; null where the source leaves it blank. */
  representative: string | null;
}

/** The 108 founding members, parsed by the shared member schema (all active, population unknown). */
export function loadFoundingRegister(): FoundingRow[] {
  const [header, ...lines] = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/);
  const columns = splitCsvLine(header ?? '');
  return lines.map((line) => {
    const cells = splitCsvLine(line);
    if (cells.length !== columns.length) throw new Error(`Bad register line: ${line}`);
    const cell = (name: string): string => cells[columns.indexOf(name)] ?? '';
    const member = memberSchema.parse({
      memberNo: Number(cell('member_no')),
      territoryNo: cell('territory_no') === '' ? null : Number(cell('territory_no')),
      college: cell('college'),
      continent: cell('continent'),
      country: cell('country'),
      territory: cell('territory'),
      organisation: cell('organisation'),
      platformType: cell('platform_type'),
      status: 'active',
      population: null,
    });
    const representative = cell('representative').trim();
    return { member, representative: representative === '' ? null : representative };
  });
}
