import { parse } from 'csv-parse/sync';
import { registerCsvColumns, registerCsvRowSchema, type RegisterCsvRow } from '@shared/schemas/registerCsv';

/** A problem in a register file, located the way a spreadsheet shows it. */
export interface RegisterCsvProblem {
  line: number;
  column: string | null;
  message: string;
}

export type RegisterCsvParse = { ok: true; rows: RegisterCsvRow[] } | { ok: false; problems: RegisterCsvProblem[] };

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
 * Reads a register file (the founding register's columns, optionally with e-mails and
 * population). Reports every bad row by line and column; returns rows only if all are good.
 */
export function parseRegisterCsv(text: string): RegisterCsvParse {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      ok: false,
      problems: [{ line, column: null, message: `The file is not valid CSV: ${(error as Error).message}` }],
    };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, problems: [{ line: 1, column: null, message: 'The file is empty.' }] };
  const columns = header.map((name) => name.trim().toLowerCase());
  const missing = requiredColumns.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: null,
          message: `Missing column(s): ${missing.join(', ')}. Expected: ${registerCsvColumns.join(', ')}.`,
        },
      ],
    };
  }

  const problems: RegisterCsvProblem[] = [];
  const rows: RegisterCsvRow[] = [];
  const seen = new Map<number, number>();
  body.forEach((cells, index) => {
    const line = index + 2;
    const record = Object.fromEntries(
      columns.map((column, position) => [column, fromSpreadsheetText(cells[position] ?? '')]),
    );
    const parsed = registerCsvRowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ line, column: String(issue.path[0] ?? ''), message: issue.message });
      }
      return;
    }
    const earlier = seen.get(parsed.data.member_no);
    if (earlier !== undefined) {
      problems.push({
        line,
        column: 'member_no',
        message: `Member ${parsed.data.member_no} already appears on line ${earlier}.`,
      });
      return;
    }
    seen.set(parsed.data.member_no, line);
    rows.push(parsed.data);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
