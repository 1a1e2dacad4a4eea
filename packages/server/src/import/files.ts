import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';

/** ExcelJS, loaded the first time a workbook is read or written: it takes half a second to load, which no server start should pay. */
export const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

// Files as an import reads them: sheets of rows of cells, whatever the format. CSV as
// Excel writes it (UTF-8 with or without a BOM; `;` separated in Vietnamese locales, `,`
// elsewhere), Excel workbooks (each sheet its own table; numbers and dates stay what the
// cell holds), and JSON in the seed's record format. A file that cannot be read at all
// is one problem, said plainly, never a partial import.

export type Cell = string | number | Date | boolean | null;

export interface SheetRow {
  /** The row's number as the file's own viewer shows it (1 is the header). */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  name: string;
  headers: string[];
  rows: SheetRow[];
  /** Whether the cells came as text (CSV, JSON strings) rather than typed (Excel numbers). */
  textual: boolean;
  /** A CSV's separator: `;` is what Excel writes where the decimal mark is a comma (Vietnamese). */
  separator?: ';' | ',';
}

export type Format = 'csv' | 'xlsx' | 'json';

export class UnreadableFile extends Error {
  readonly code = 'UNREADABLE_FILE';
}

/** The format of a file, from its name (or media type) and, failing those, its first bytes. */
export function formatOf(bytes: Uint8Array, name?: string | null, mediaType?: string | null): Format {
  const ext = name?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'json') return 'json';
  if (ext === 'xls') throw new UnreadableFile('This is an Excel 97–2003 workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV UTF-8, then import that.');
  if (mediaType?.includes('spreadsheetml')) return 'xlsx';
  if (mediaType?.includes('json')) return 'json';
  if (mediaType?.includes('csv')) return 'csv';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const first = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return first.startsWith('{') || first.startsWith('[') ? 'json' : 'csv';
}

/** UTF-8 text, or UNREADABLE_FILE naming what to do (a file saved in another encoding). */
function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UnreadableFile('The file is not UTF-8 text (it may be saved as Windows-1258 or another legacy encoding): in Excel, save it as "CSV UTF-8 (Comma delimited)", then import that.');
  }
}

/** `;` or `,`: whichever separates more fields of the header line (outside quotes). */
function delimiterOf(text: string): ';' | ',' {
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  const outside = line.replace(/"[^"]*"/g, '');
  return (outside.match(/;/g)?.length ?? 0) > (outside.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export function readCsv(bytes: Uint8Array, name = 'CSV'): Sheet {
  const text = utf8(bytes);
  if (!text.trim()) throw new UnreadableFile('The file is empty: it needs a header row and at least one row of data.');
  let records: string[][];
  const separator = delimiterOf(text);
  try {
    records = parseCsv(text, { delimiter: separator, relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (error) {
    throw new UnreadableFile(`The CSV cannot be read: ${(error as Error).message}. Check its quotes: a field with a separator or a line break must be in double quotes, and a quote inside it doubled.`);
  }
  const [headers = [], ...rows] = records;
  return { name, headers: headers.map((h) => h.trim()), rows: rows.map((cells, i) => ({ row: i + 2, cells })), textual: true, separator };
}

/** A date cell whose format shows no day (`mm/yyyy`, `yyyy`): what the planner wrote was a month or a year, which Excel stored as its first day. */
export type ShownDate = Date & { shows?: 'MONTH' | 'YEAR' };

function shownPrecision(format: string | undefined): 'MONTH' | 'YEAR' | undefined {
  // The format's date parts, outside quoted text and [colours].
  const parts = (format ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '').toLowerCase();
  if (!/y/.test(parts) || /d/.test(parts)) return undefined;
  return /m/.test(parts) ? 'MONTH' : 'YEAR';
}

function cellValue(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    const shows = shownPrecision(cell.numFmt);
    return shows ? Object.assign(v, { shows }) : v;
  }
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    if ('result' in v) return (v.result as Cell) ?? null; // a formula: its computed value
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text); // a hyperlink
    if ('error' in v) return String(v.error);
  }
  return cell.text;
}

export async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('The workbook cannot be opened: it is damaged or not an .xlsx file. Open it in Excel and save it again as an Excel workbook (.xlsx).');
  }
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    const header = worksheet.getRow(1);
    const headers: string[] = [];
    for (let c = 1; c <= header.cellCount; c++) headers.push(String(cellValue(header.getCell(c)) ?? '').trim());
    const rows: SheetRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number === 1) return;
      const cells: Cell[] = [];
      for (let c = 1; c <= headers.length; c++) cells.push(cellValue(row.getCell(c)));
      if (cells.some((cell) => cell !== null && cell !== '')) rows.push({ row: number, cells });
    });
    if (headers.some(Boolean)) sheets.push({ name: worksheet.name, headers, rows, textual: false });
  });
  if (!sheets.length) throw new UnreadableFile('The workbook has no sheet with a header row.');
  return sheets;
}

/**
 * JSON in the seed's record format, one sheet per kind: `{ "results": [ … ], "targets": [ … ] }`,
 * each record the seed's fields with its provenance inline (`source`, `quote`: the passage itself).
 */
export function readJson(bytes: Uint8Array): Sheet[] {
  let data: unknown;
  try {
    data = JSON.parse(utf8(bytes));
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(`The JSON cannot be read: ${(error as Error).message}.`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UnreadableFile('The JSON must be an object whose keys name record kinds: { "results": [ … ], "targets": [ … ] }.');
  const sheets: Sheet[] = [];
  for (const [name, records] of Object.entries(data as Record<string, unknown>)) {
    if (!Array.isArray(records)) throw new UnreadableFile(`"${name}" must be a list of records.`);
    const headers = [...new Set(records.flatMap((r) => (r && typeof r === 'object' ? Object.keys(r) : [])))];
    const rows = records.map((r, i) => ({
      // The record's place in its list, counted from 1 (row 1 is the header in a table's terms).
      row: i + 2,
      cells: headers.map((h) => {
        const v = r && typeof r === 'object' ? (r as Record<string, unknown>)[h] : undefined;
        return v === undefined || v === null ? null : typeof v === 'object' ? JSON.stringify(v) : (v as Cell);
      }),
    }));
    sheets.push({ name, headers, rows, textual: false });
  }
  return sheets;
}

export async function readFile(bytes: Uint8Array, format: Format, name?: string): Promise<Sheet[]> {
  if (format === 'csv') return [readCsv(bytes, name ?? 'CSV')];
  if (format === 'xlsx') return readXlsx(bytes);
  return readJson(bytes);
}
