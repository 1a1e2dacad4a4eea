import type { Cell, Sheet, ShownDate } from './files.ts';
import { type Column, columnNamed, enumCode, isComputedColumn, normalise, type RecordKind } from './kinds.ts';
import { type NumberLocale, parseNumber } from './numbers.ts';

// From a sheet's header to its columns, and from a row's cells to the fields of its write:
// each cell read by its column's type, every problem kept with the cell it is in.

export interface CellProblem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  code: string;
  message: string;
}

/** A column's letter as spreadsheets show it: A, B, …, Z, AA, AB, … */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The table a row is read in: its name and header. */
export type TableShape = Pick<Sheet, 'name' | 'headers'>;

/** A column as the report names it: its letter and header (`D "Giá trị"`). */
export const columnAt = (sheet: TableShape, index: number) => `${columnLetter(index)} "${sheet.headers[index]}"`;
const at = columnAt;

/** Each header's column (null for an empty header), with a problem for each unknown, repeated or missing one. */
export function mapHeaders(kind: RecordKind, sheet: TableShape): { columns: Array<Column | null>; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const columns: Array<Column | null> = [];
  const taken = new Map<string, number>();
  sheet.headers.forEach((header, i) => {
    if (!header.trim()) return void columns.push(null);
    const column = columnNamed(kind, header);
    // An export's computed column (a target's status): read-only, passed over.
    if (!column && isComputedColumn(kind, header)) return void columns.push(null);
    if (!column) {
      problems.push({ sheet: sheet.name, row: 1, column: at(sheet, i), value: header, code: 'UNKNOWN_COLUMN', message: `Unknown column "${header}": the ${kind.name} columns are ${kind.columns.map((c) => `"${c.vi}" (${c.en})`).join(', ')}. Rename it, or delete it.` });
      return void columns.push(null);
    }
    const earlier = taken.get(column.field);
    if (earlier !== undefined) {
      problems.push({ sheet: sheet.name, row: 1, column: at(sheet, i), value: header, code: 'DUPLICATE_COLUMN', message: `"${header}" repeats column ${at(sheet, earlier)}: keep one of them.` });
      return void columns.push(null);
    }
    taken.set(column.field, i);
    columns.push(column);
  });
  for (const column of kind.columns) {
    if (column.required && !taken.has(column.field)) {
      problems.push({ sheet: sheet.name, row: 1, column: null, value: null, code: 'MISSING_COLUMN', message: `The column "${column.vi}" (${column.en}) is missing: ${column.help}` });
    }
  }
  return { columns, problems };
}

const TRUE = new Set(['co', 'yes', 'true', 'x', '1']);
const FALSE = new Set(['khong', 'no', 'false', '0']);

/** A day from a cell: an Excel date, YYYY-MM-DD, or DD/MM/YYYY as Vietnamese write it. */
function dayOf(cell: Cell): Date | null {
  if (cell instanceof Date) return new Date(Date.UTC(cell.getUTCFullYear(), cell.getUTCMonth(), cell.getUTCDate()));
  const text = String(cell).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vi ? [vi[3], vi[2], vi[1]] : [];
  if (!y) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? date : null;
}

/** One cell by its column's type: the value, or what is wrong with it. */
function readCell(column: Column, cell: Cell, locale: NumberLocale | null): { value: unknown } | { problem: string; ambiguous?: boolean } {
  const type = column.type;
  if (type === 'number' || type === 'integer') {
    let value: number;
    if (typeof cell === 'number') value = cell;
    else {
      const parsed = parseNumber(String(cell), locale);
      if (!parsed.ok) return { problem: parsed.message, ambiguous: parsed.ambiguous };
      value = parsed.value;
    }
    if (type === 'integer' && !Number.isInteger(value)) return { problem: `${value} is not a whole number.` };
    return { value };
  }
  if (type === 'date') {
    const day = dayOf(cell);
    return day ? { value: day } : { problem: `"${String(cell)}" is not a date: write YYYY-MM-DD (2024-12-20) or DD/MM/YYYY (20/12/2024).` };
  }
  if (type === 'boolean') {
    if (typeof cell === 'boolean') return { value: cell };
    const word = normalise(String(cell));
    if (TRUE.has(word)) return { value: true };
    if (FALSE.has(word)) return { value: false };
    return { problem: `"${String(cell)}" is neither yes nor no: write "có" or "không" (yes/no).` };
  }
  if (typeof type === 'object') {
    const code = enumCode(type.enum, String(cell));
    return code ? { value: code } : { problem: `"${String(cell)}" is not one of ${Object.entries(type.enum).map(([c, words]) => `${c} ("${words[0]}")`).join(', ')}.` };
  }
  // A date in a text column (a source's "published on"): to the precision its cell shows (2024-01 for a cell formatted mm/yyyy).
  if (cell instanceof Date) return { value: cell.toISOString().slice(0, { MONTH: 7, YEAR: 4, DAY: 10 }[(cell as ShownDate).shows ?? 'DAY']) };
  // An export marks a text that starts like a formula with an apostrophe, as spreadsheets do.
  const text = String(cell).replace(/^'(?=[=+\-@\t\r])/, '');
  return { value: column.verbatim ? text : text.trim() };
}

/** A row's cells as the fields of its write (by column field), with every problem of its cells. */
export function readRow(sheet: TableShape, columns: Array<Column | null>, cells: Cell[], row: number, locale: NumberLocale | null): { fields: Record<string, unknown>; problems: CellProblem[] } {
  const fields: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  columns.forEach((column, i) => {
    if (!column) return;
    const cell = cells[i] ?? null;
    if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return;
    const read = readCell(column, cell, locale);
    if ('value' in read) fields[column.field] = read.value;
    else problems.push({ sheet: sheet.name, row, column: at(sheet, i), value: String(cell), code: read.ambiguous ? 'AMBIGUOUS_NUMBER' : 'INVALID_VALUE', message: read.problem });
  });
  if (cells.length > columns.length && cells.slice(columns.length).some((c) => c !== null && String(c).trim() !== '')) {
    problems.push({ sheet: sheet.name, row, column: columnLetter(columns.length), value: String(cells[columns.length]), code: 'UNKNOWN_COLUMN', message: 'This row has more cells than the header has columns: give each value a column header, or delete it.' });
  }
  for (const [i, column] of columns.entries()) {
    if (column?.required && fields[column.field] === undefined && !problems.some((p) => p.column === at(sheet, i))) {
      problems.push({ sheet: sheet.name, row, column: at(sheet, i), value: null, code: 'MISSING_VALUE', message: `"${column.vi}" (${column.en}) is required: ${column.help}` });
    }
  }
  return { fields, problems };
}
