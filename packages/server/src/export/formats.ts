import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { loadExcel } from '../import/files.ts';
import { type Header, headerOf, type SheetShape } from '../import/kinds.ts';
import type { ExportRow } from './tables.ts';

// An export's bytes, streamed as they are read: CSV (one kind), an Excel workbook (a sheet
// per kind) or JSON (a list per kind, the import's own format). Headers in the chosen
// language, or both as the templates have them; every file imports back as it is.

export type ExportFormat = 'csv' | 'xlsx' | 'json';
export type ExportLanguage = 'vi' | 'en' | null;

export interface ExportTable {
  /** The sheet's name and columns: a record kind's (with what an export computes for it), or an export-only list's. */
  kind: SheetShape & { computed?: readonly Header[] };
  rows: AsyncIterable<ExportRow>;
}

/** The columns of a table as exported: its own, then those computed for it. */
const columnsOf = (table: ExportTable) => [...table.kind.columns, ...(table.kind.computed ?? [])];

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

const header = (c: Header, lang: ExportLanguage) => (lang === 'vi' ? c.vi : lang === 'en' ? c.en : headerOf(c));
const sheetName = (kind: SheetShape, lang: ExportLanguage) => (lang === 'en' ? kind.name : kind.vi.charAt(0).toUpperCase() + kind.vi.slice(1));

/** A cell of a CSV: numbers with the language's decimal mark (no thousands marks), yes/no in its words. */
function csvCell(value: ExportRow[string], lang: ExportLanguage, separator: string): string {
  if (value === null) return '';
  const number = (n: number) => n.toLocaleString('en', { useGrouping: false, maximumFractionDigits: 20 });
  const text =
    typeof value === 'number'
      ? lang === 'en'
        ? number(value)
        : number(value).replace('.', ',')
      : typeof value === 'boolean'
        ? lang === 'en'
          ? value ? 'yes' : 'no'
          : value ? 'có' : 'không'
        : value instanceof Date
          ? value.toISOString()
          : // A text that a spreadsheet would take for a formula is marked as text (the import takes the mark off).
            /^[=+\-@\t\r]/.test(value)
            ? `'${value}`
            : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function fromGenerator(chunks: () => AsyncGenerator<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: AsyncGenerator<string | Uint8Array>;
  return new ReadableStream<Uint8Array>({
    start() {
      iterator = chunks();
    },
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value);
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
}

/** One kind as CSV: UTF-8 with a BOM, `;`-separated (`,` in English), as Excel opens it in each locale. */
export function csvStream(table: ExportTable, lang: ExportLanguage): ReadableStream<Uint8Array> {
  const separator = lang === 'en' ? ',' : ';';
  const cell = (v: ExportRow[string]) => csvCell(v, lang, separator);
  const columns = columnsOf(table);
  return fromGenerator(async function* () {
    yield `\uFEFF${columns.map((c) => cell(header(c, lang))).join(separator)}\r\n`;
    let lines: string[] = [];
    for await (const row of table.rows) {
      lines.push(columns.map((c) => cell(row[c.field] ?? null)).join(separator));
      if (lines.length === 500) {
        yield `${lines.join('\r\n')}\r\n`;
        lines = [];
      }
    }
    if (lines.length) yield `${lines.join('\r\n')}\r\n`;
  });
}

/** Every kind as a list of records by field, in the import's JSON format. */
export function jsonStream(tables: ExportTable[]): ReadableStream<Uint8Array> {
  return fromGenerator(async function* () {
    yield '{';
    for (const [i, table] of tables.entries()) {
      yield `${i ? ',' : ''}\n  ${JSON.stringify(table.kind.name)}: [`;
      let first = true;
      for await (const row of table.rows) {
        yield `${first ? '' : ','}\n    ${JSON.stringify(row)}`;
        first = false;
      }
      yield first ? ']' : '\n  ]';
    }
    yield '\n}\n';
  });
}

/** Every kind as a sheet of a workbook, written row by row (ExcelJS's streaming writer). */
export function xlsxStream(tables: ExportTable[], lang: ExportLanguage): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  void (async () => {
    try {
      const book = new (await loadExcel()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
      for (const table of tables) {
        const sheet = book.addWorksheet(sheetName(table.kind, lang), { views: [{ state: 'frozen', ySplit: 1 }] });
        const columns = columnsOf(table);
        const head = sheet.addRow(columns.map((c) => header(c, lang)));
        head.font = { bold: true };
        head.commit();
        for await (const row of table.rows) {
          sheet.addRow(columns.map((c) => row[c.field] ?? null)).commit();
          // Written no faster than the client reads: a slow reader holds the export back, not memory.
          if (out.writableNeedDrain) await once(out, 'drain');
          if (out.destroyed) return;
        }
        sheet.commit();
      }
      await book.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** An export's tables in the format asked for (a CSV holds the first, and only, table). */
export function exportStream(tables: ExportTable[], format: ExportFormat, lang: ExportLanguage): ReadableStream<Uint8Array> {
  return format === 'csv' ? csvStream(tables[0]!, lang) : format === 'json' ? jsonStream(tables) : xlsxStream(tables, lang);
}
