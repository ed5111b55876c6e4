import { parse } from 'csv-parse/sync';
import type { ImportProblem, ImportProblemCode } from '@shared/api/register';
import { registerMessages } from '@shared/i18n/en/register';
import { colleges, continents } from '@shared/schemas/member';
import { registerCsvColumns, registerCsvRowSchema, type RegisterCsvRow } from '@shared/schemas/registerCsv';

/** A problem in a register file, located the way a spreadsheet shows it. */
export type RegisterCsvProblem = ImportProblem;

export type RegisterCsvParse = { ok: true; rows: RegisterCsvRow[] } | { ok: false; problems: RegisterCsvProblem[] };

/** A problem of a register file, its English sentence written from its code. */
export function registerProblem(
  where: { line: number; column?: string | null; value?: string | null; organisation?: string | null },
  code: ImportProblemCode,
  params: Record<string, string | number> = {},
): RegisterCsvProblem {
  const sentence = registerMessages.import.problemCodes[code] as string;
  return {
    line: where.line,
    column: where.column ?? null,
    value: where.value ?? null,
    organisation: where.organisation ?? null,
    code,
    params,
    message: sentence.replace(/\{\{(\w+)\}\}/g, (_whole, key: string) => String(params[key] ?? '')),
  };
}

/** What a spreadsheet runs as a formula when a cell starts with it. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A text cell as written to a register file: one a spreadsheet would run as a formula (a name
 * starting with "=", "+", "-", "@") gets a leading apostrophe, which spreadsheets show as text.
 */
export function asSpreadsheetText(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** A cell as read from a register file: the apostrophe `asSpreadsheetText` added is taken off, so an export imports unchanged. */
function fromSpreadsheetText(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

const requiredColumns = registerCsvColumns.filter(
  (column) => column !== 'representative_email' && column !== 'population',
);

/**
 * The separator of a register file: a comma, or a semicolon (what a spreadsheet saves where the
 * comma is the decimal mark, as in France), read from its first line outside quotes.
 */
function delimiterOf(text: string): ',' | ';' {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** What went wrong in one cell, from the schema's issue. */
function cellProblem(
  column: string,
  issue: { code: string; maximum?: unknown },
): {
  code: ImportProblemCode;
  params: Record<string, string | number>;
} {
  if (column === 'college') return { code: 'not_one_of', params: { allowed: colleges.join(', ') } };
  if (column === 'continent') return { code: 'not_one_of', params: { allowed: continents.join(', ') } };
  if (column === 'representative_email') return { code: 'not_email', params: {} };
  if (column === 'member_no' || column === 'territory_no')
    return { code: issue.code === 'too_small' ? 'not_above_zero' : 'not_whole_number', params: {} };
  if (column === 'population') return { code: 'not_whole_number', params: {} };
  if (issue.code === 'too_small') return { code: 'missing', params: {} };
  if (issue.code === 'too_big' && typeof issue.maximum === 'number')
    return { code: 'too_long', params: { max: issue.maximum } };
  if (issue.code === 'custom') return { code: 'bad_character', params: {} };
  return { code: 'invalid', params: {} };
}

/** Digits written with spaces between thousands ("12 345", as French spreadsheets show them) read as one number. */
function withoutDigitGroups(column: string, value: string): string {
  if (column !== 'population') return value;
  return /^\s*\d{1,3}([ \u00a0\u202f]\d{3})+\s*$/.test(value) ? value.replace(/[ \u00a0\u202f]/g, '') : value;
}

/**
 * Reads a register file (the founding register's columns, optionally with e-mails and
 * population), separated by commas or semicolons, with or without a UTF-8 byte order mark.
 * Reports every bad cell by line, column, value and organisation; returns rows only if all are good.
 */
export function parseRegisterCsv(text: string): RegisterCsvParse {
  const content = text.replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parse(content, {
      delimiter: delimiterOf(content),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { ok: false, problems: [registerProblem({ line }, 'not_csv')] };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, problems: [registerProblem({ line: 1 }, 'empty')] };
  const columns = header.map((name) => name.trim().toLowerCase());
  const missing = requiredColumns.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        registerProblem({ line: 1 }, 'missing_columns', {
          columns: missing.join(', '),
          expected: registerCsvColumns.join(', '),
        }),
      ],
    };
  }

  const problems: RegisterCsvProblem[] = [];
  const rows: RegisterCsvRow[] = [];
  const seen = new Map<number, number>();
  body.forEach((cells, index) => {
    const line = index + 2;
    const record = Object.fromEntries(
      columns.map((column, position) => [
        column,
        withoutDigitGroups(column, fromSpreadsheetText(cells[position] ?? '')),
      ]),
    );
    const organisation = (record.organisation ?? '').trim() || null;
    const parsed = registerCsvRowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        const { code, params } = cellProblem(column, issue as { code: string; maximum?: unknown });
        problems.push(registerProblem({ line, column, value: record[column] ?? '', organisation }, code, params));
      }
      return;
    }
    const earlier = seen.get(parsed.data.member_no);
    if (earlier !== undefined) {
      problems.push(
        registerProblem(
          { line, column: 'member_no', value: String(parsed.data.member_no), organisation },
          'duplicate_member',
          { memberNo: parsed.data.member_no, earlierLine: earlier },
        ),
      );
      return;
    }
    seen.set(parsed.data.member_no, line);
    rows.push(parsed.data);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
