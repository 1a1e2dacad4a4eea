import { loadExcel } from './files.ts';
import { headerOf, NOTES_SHEET, type RecordKind } from './kinds.ts';

// A template per record kind, for planners to fill in: the headers in Vietnamese and
// English, an example row (a fact of the seed, so importing the template unchanged
// changes nothing), and, in the workbook, a sheet of notes saying what each column takes.

const quoteCsv = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The CSV template: UTF-8 with a BOM and `;` between fields, as Excel in a Vietnamese locale opens and saves it. */
export function csvTemplate(kind: RecordKind): Buffer {
  const lines = [kind.columns.map((c) => quoteCsv(headerOf(c))).join(';'), kind.columns.map((c) => quoteCsv(c.example)).join(';')];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The workbook template: a sheet named for the kind (header and example row), and the notes. */
export async function xlsxTemplate(kind: RecordKind): Promise<Buffer> {
  const book = new (await loadExcel()).Workbook();
  const sheet = book.addWorksheet(kind.vi.charAt(0).toUpperCase() + kind.vi.slice(1));
  sheet.addRow(kind.columns.map(headerOf)).font = { bold: true };
  sheet.addRow(kind.columns.map((c) => c.example));
  sheet.columns.forEach((column, i) => (column.width = Math.max(14, Math.min(48, headerOf(kind.columns[i]!).length + 2))));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const notes = book.addWorksheet(NOTES_SHEET);
  notes.addRow(['Cột (Column)', 'Bắt buộc (Required)', 'Nội dung (What it takes)']).font = { bold: true };
  for (const c of kind.columns) notes.addRow([headerOf(c), c.required ? 'có (yes)' : 'không (no)', c.help]);
  notes.addRow([]);
  notes.addRow(['Số (Numbers)', '', 'Viết như tiếng Việt: 2,5 là hai phẩy năm; 8.500 là tám nghìn năm trăm. Written the Vietnamese way: 2,5 is 2.5 and 8.500 is 8,500. Excel number cells are taken as they are.']);
  notes.columns = [{ width: 36 }, { width: 18 }, { width: 100 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
