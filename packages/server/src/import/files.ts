import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parse as csvParser } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { type ImportFile, type ReadProgress, UnreadableFile } from './source.ts';
import { readerOrdered } from './xlsx-parts.ts';

export { type ImportFile, type ReadProgress, UnreadableFile };

/** ExcelJS, loaded the first time a workbook is read or written: it takes half a second to load, which no server start should pay. */
export const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

// Files as an import reads them: tables of rows of cells, whatever the format, read as a
// stream: a table's rows come as the bytes are parsed, so a file of 100,000 rows is never
// held as cells, only as the bytes it came in. CSV as Excel writes it (UTF-8 with or
// without a BOM; `;` separated in Vietnamese locales, `,` elsewhere), Excel workbooks
// (ExcelJS's streaming reader: each sheet its own table; numbers and dates stay what the
// cell holds), and JSON in the seed's record format (parsed whole: it is the seed's
// format, not a spreadsheet's). A file that cannot be read is one problem, said plainly,
// wherever in the file it shows; the import then writes nothing.

export type Cell = string | number | Date | boolean | null;

export interface SheetRow {
  /** The row's number as the file's own viewer shows it (1 is the header). */
  row: number;
  cells: Cell[];
}

/** A table of the file: its header, then its rows as they are read (once; consume them before asking for the next table). */
export interface Sheet {
  name: string;
  headers: string[];
  rows: AsyncIterable<SheetRow>;
  /** Whether the cells come as text (CSV, JSON strings) rather than typed (Excel numbers). */
  textual: boolean;
  /** A CSV's separator: `;` is what Excel writes where the decimal mark is a comma (Vietnamese). */
  separator?: ';' | ',';
}

export type Format = 'csv' | 'xlsx' | 'json';


const CHUNK = 64 * 1024;

/** The file's bytes from the start, in chunks; `progress.bytes` counts them as they are read. */
async function* chunksOf(file: ImportFile, progress: ReadProgress): AsyncGenerator<Uint8Array> {
  if (file instanceof Uint8Array) {
    for (let at = 0; at < file.length; at += CHUNK) {
      const chunk = file.subarray(at, at + CHUNK);
      progress.bytes += chunk.length;
      yield chunk;
    }
    return;
  }
  const stream = createReadStream(file.path, { highWaterMark: CHUNK });
  const next = guarded(stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>, (error) => new UnreadableFile(`The file cannot be read: ${(error as Error).message}.`));
  try {
    for (let chunk = await next(); !chunk.done; chunk = await next()) {
      progress.bytes += chunk.value.length;
      yield chunk.value;
    }
  } finally {
    stream.destroy();
  }
}

/** The first bytes of the file (for its format). */
async function headOf(file: ImportFile): Promise<Uint8Array> {
  if (file instanceof Uint8Array) return file.subarray(0, 64);
  for await (const chunk of createReadStream(file.path, { start: 0, end: 63 }) as AsyncIterable<Buffer>) return chunk;
  return new Uint8Array();
}

/** The format of a file, from its name (or media type) and, failing those, its first bytes. */
export async function formatOf(file: ImportFile, name?: string | null, mediaType?: string | null): Promise<Format> {
  const ext = name?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'json') return 'json';
  if (ext === 'xls') throw new UnreadableFile('This is an Excel 97–2003 workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV UTF-8, then import that.');
  if (mediaType?.includes('spreadsheetml')) return 'xlsx';
  if (mediaType?.includes('json')) return 'json';
  if (mediaType?.includes('csv')) return 'csv';
  const head = await headOf(file);
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  const first = new TextDecoder().decode(head).replace(/^\uFEFF/, '').trimStart();
  return first.startsWith('{') || first.startsWith('[') ? 'json' : 'csv';
}

const NOT_UTF8 = 'The file is not UTF-8 text (it may be saved as Windows-1258 or another legacy encoding): in Excel, save it as "CSV UTF-8 (Comma delimited)", then import that.';

/** The bytes as UTF-8 text, chunk by chunk (a leading BOM dropped), or UNREADABLE_FILE where they are not. */
async function* utf8(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) throw new UnreadableFile(NOT_UTF8);
    throw error;
  }
}

/** `;` or `,`: whichever separates more fields of the header line (outside quotes). */
function delimiterOf(line: string): ';' | ',' {
  const outside = line.replace(/"[^"]*"/g, '');
  return (outside.match(/;/g)?.length ?? 0) > (outside.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const BROKEN_CSV = (error: unknown) =>
  new UnreadableFile(`The CSV cannot be read: ${(error as Error).message}. Check its quotes: a field with a separator or a line break must be in double quotes, and a quote inside it doubled.`);

/** The CSV as one table, and how to stop reading it (the import stopped before its end). */
async function readCsv(file: ImportFile, name: string, progress: ReadProgress): Promise<{ sheet: Sheet; close(): Promise<void> }> {
  const text = utf8(chunksOf(file, progress));
  // Up to the header line's end, for the separator; what came with it is parsed first.
  let start = '';
  for (let next = await text.next(); ; next = await text.next()) {
    if (next.done) break;
    start += next.value;
    if (/\r?\n/.test(start.replace(/^\s+/, ''))) break;
  }
  if (!start.trim()) {
    // The whole file read and nothing in it but blanks.
    for await (const rest of text) if (rest.trim()) start += rest;
    if (!start.trim()) throw new UnreadableFile('The file is empty: it needs a header row and at least one row of data.');
  }
  const separator = delimiterOf(start.replace(/^\s+/, '').split(/\r?\n/, 1)[0] ?? '');
  const parser = csvParser({ delimiter: separator, relax_column_count: true, skip_empty_lines: true, bom: true });
  // The text into the parser as it decodes; a decoding problem ends the parse with it.
  const feed = async () => {
    try {
      for (let chunk: string | undefined = start; chunk !== undefined; ) {
        if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
        const next = await text.next();
        chunk = next.done ? undefined : next.value;
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  };
  void feed();
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const read = async (): Promise<IteratorResult<string[]>> => {
    try {
      return await records.next();
    } catch (error) {
      throw error instanceof UnreadableFile ? error : BROKEN_CSV(error);
    }
  };
  const close = async () => {
    parser.destroy();
    await text.return(undefined);
  };
  let header: IteratorResult<string[]>;
  try {
    header = await read();
  } catch (error) {
    await close();
    throw error;
  }
  const headers = header.done ? [] : header.value.map((h) => h.trim());
  async function* rows(): AsyncGenerator<SheetRow> {
    for (let row = 2, next = await read(); !next.done; row++, next = await read()) yield { row, cells: next.value };
  }
  return { sheet: { name, headers, rows: rows(), textual: true, separator }, close };
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

const BROKEN_WORKBOOK = () => new UnreadableFile('The workbook cannot be opened: it is damaged or not an .xlsx file. Open it in Excel and save it again as an Excel workbook (.xlsx).');

/** An iterator whose every step's failure is the file's (the reader's), not the caller's. */
function guarded<T>(iterator: AsyncIterator<T>, problem: (error: unknown) => UnreadableFile): () => Promise<IteratorResult<T>> {
  return async () => {
    try {
      return await iterator.next();
    } catch (error) {
      throw error instanceof UnreadableFile ? error : problem(error);
    }
  };
}

/**
 * Each sheet of a workbook as ExcelJS's streaming reader parses it (shared strings kept,
 * styles kept for the number formats that tell dates, nothing else). A sheet's rows must
 * be read (or left) before the next sheet comes: the reader goes through the file once.
 */
async function* readXlsx(file: ImportFile, progress: ReadProgress): AsyncGenerator<Sheet> {
  const Excel = await loadExcel();
  // The parts in the order the reader needs them (xlsx-parts.ts, R31).
  const failure: { error?: UnreadableFile } = {};
  const input = Readable.from(readerOrdered(file, progress, failure));
  try {
    for await (const sheet of sheetsOf(new Excel.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' }), failure)) {
      yield sheet;
    }
    if (failure.error) throw failure.error;
  } finally {
    // Left before its end (the import stopped): the file is closed.
    input.destroy();
  }
}

async function* sheetsOf(reader: ExcelJS.stream.xlsx.WorkbookReader, failure: { error?: UnreadableFile }): AsyncGenerator<Sheet> {
  // The file's own failure, where there was one, says more than the reader's.
  const broken = () => failure.error ?? BROKEN_WORKBOOK();
  const nextSheet = guarded(reader[Symbol.asyncIterator](), broken);
  let found = 0;
  for (let sheet = await nextSheet(); !sheet.done; sheet = await nextSheet()) {
    // Its sheet's name: set by the reader, not in its typings (README, R31).
    const worksheet = sheet.value as ExcelJS.stream.xlsx.WorksheetReader & { name: string };
    const nextRow = guarded(worksheet[Symbol.asyncIterator](), broken);
    const first = await nextRow();
    // The header is row 1; a sheet without one (empty, or starting lower) is no table.
    if (first.done || first.value.number !== 1) {
      while (!(await nextRow()).done);
      continue;
    }
    const headers: string[] = [];
    for (let c = 1; c <= first.value.cellCount; c++) headers.push(String(cellValue(first.value.getCell(c)) ?? '').trim());
    if (!headers.some(Boolean)) {
      while (!(await nextRow()).done);
      continue;
    }
    found++;
    async function* rows(): AsyncGenerator<SheetRow> {
      for (let next = await nextRow(); !next.done; next = await nextRow()) {
        // The file failed to read past this point (xlsx-parts.ts): what follows is not the file's.
        if (failure.error) throw failure.error;
        const cells: Cell[] = [];
        for (let c = 1; c <= headers.length; c++) cells.push(cellValue(next.value.getCell(c)));
        // Cells beyond the header's columns: kept, so the row's check can say they have no column.
        for (let c = headers.length + 1; c <= next.value.cellCount; c++) cells.push(cellValue(next.value.getCell(c)));
        if (cells.some((cell) => cell !== null && cell !== '')) yield { row: next.value.number, cells };
      }
    }
    const table = rows();
    yield { name: worksheet.name, headers, rows: table, textual: false };
    // The caller left rows unread: passed over, so the reader can go on to the next sheet.
    for await (const _ of table);
  }
  if (!found) throw failure.error ?? new UnreadableFile('The workbook has no sheet with a header row.');
}

/**
 * JSON in the seed's record format, one table per kind: `{ "results": [ … ], "targets": [ … ] }`,
 * each record the seed's fields with its provenance inline (`source`, `quote`: the passage itself).
 */
async function* readJson(file: ImportFile, progress: ReadProgress): AsyncGenerator<Sheet> {
  let text = '';
  for await (const chunk of utf8(chunksOf(file, progress))) text += chunk;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UnreadableFile(`The JSON cannot be read: ${(error as Error).message}.`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UnreadableFile('The JSON must be an object whose keys name record kinds: { "results": [ … ], "targets": [ … ] }.');
  for (const [name, records] of Object.entries(data as Record<string, unknown>)) {
    if (!Array.isArray(records)) throw new UnreadableFile(`"${name}" must be a list of records.`);
  }
  for (const [name, records] of Object.entries(data as Record<string, unknown[]>)) {
    const headers = [...new Set(records.flatMap((r) => (r && typeof r === 'object' ? Object.keys(r) : [])))];
    async function* rows(): AsyncGenerator<SheetRow> {
      for (const [i, r] of records.entries()) {
        const cells = headers.map((h) => {
          const v = r && typeof r === 'object' ? (r as Record<string, unknown>)[h] : undefined;
          return v === undefined || v === null ? null : typeof v === 'object' ? JSON.stringify(v) : (v as Cell);
        });
        // The record's place in its list, counted from 1 (row 1 is the header in a table's terms).
        yield { row: i + 2, cells };
      }
    }
    yield { name, headers, rows: rows(), textual: false };
  }
}

/** The file's tables in the file's order, each read as it comes. */
export async function* readFile(file: ImportFile, format: Format, name: string | undefined, progress: ReadProgress = { bytes: 0 }): AsyncGenerator<Sheet> {
  if (format === 'csv') {
    const { sheet, close } = await readCsv(file, name ?? 'CSV', progress);
    try {
      yield sheet;
    } finally {
      // Read to its end, or left before it: either way the parse ends and the file is closed.
      await close();
    }
  }
  else if (format === 'xlsx') yield* readXlsx(file, progress);
  else yield* readJson(file, progress);
}
