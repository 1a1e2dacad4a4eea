import type { Cell } from './files.ts';
import type { Column } from './kinds.ts';
import { localeEvidence, type NumberLocale, parseNumber } from './numbers.ts';
import type { CellProblem } from './rows.ts';

// A file's number format, learnt as its rows are read (numbers.ts says how one cell reads).
// Declared, it decides every cell. A CSV separated by `;` is presumed Vietnamese (Excel
// writes it so where the decimal mark is a comma). Otherwise the cells tell it: the first
// that only one locale would write decides, and rows from the first whose numbers both
// locales read differently are held (in order) until one does. If a later cell tells the
// other locale, the file shows both: no cell both fit can be decided, so each one read so
// far becomes a problem, as every one after it is.

const isNumberColumn = (c: Column | null | undefined) => c?.type === 'number' || c?.type === 'integer';

/** A cell both locales read, and read differently (`1.010`). */
function isAmbiguous(raw: string): boolean {
  if (!/[.,]/.test(raw)) return false;
  const read = parseNumber(raw, null);
  return !read.ok && read.ambiguous;
}

export interface Located {
  sheet: string;
  row: number;
  column: string;
  value: string;
}

export class FileLocale {
  #seen: NumberLocale | null = null;
  #presumed: NumberLocale | null = null;
  #conflicted = false;
  /** Ambiguous cells read by the locale the cells told so far: problems if the file turns out to show both. */
  #assumed: Located[] = [];

  constructor(private readonly declared: NumberLocale | null) {}

  /** The locale to read a cell by now; null while undecided (or undecidable). */
  get current(): NumberLocale | null {
    return this.declared ?? (this.#conflicted ? null : (this.#seen ?? this.#presumed));
  }

  /** The locale the file's form suggests (a CSV's separator), until a cell says otherwise. */
  presume(locale: NumberLocale): void {
    this.#presumed ??= locale;
  }

  /** Whether the file's cells show both locales: no ambiguous cell can be decided. */
  get conflicted(): boolean {
    return this.#conflicted && !this.declared;
  }

  /**
   * What a row's textual number cells say: whether the row has an ambiguous one, and the
   * problems of ambiguous cells read earlier when this row shows the file writes both ways.
   */
  observe(cells: readonly Cell[], columns: ReadonlyArray<Column | null>): { ambiguous: boolean; revoked: CellProblem[] } {
    let ambiguous = false;
    let revoked: CellProblem[] = [];
    for (let i = 0; i < columns.length; i++) {
      const cell = cells[i];
      if (typeof cell !== 'string' || !isNumberColumn(columns[i])) continue;
      const evidence = localeEvidence(cell);
      if (evidence === null) {
        if (isAmbiguous(cell)) ambiguous = true;
        continue;
      }
      const told = this.#seen ?? this.#presumed;
      if (told === null) this.#seen = evidence;
      else if (evidence !== told && !this.#conflicted) {
        this.#conflicted = true;
        if (!this.declared) revoked = this.#assumed.map((a) => problemOf(a));
        this.#assumed = [];
      }
    }
    return { ambiguous, revoked };
  }

  /** A row's ambiguous cells were read by the locale the cells told (not declared): remembered, in case the file shows the other. */
  assume(cells: readonly Cell[], columns: ReadonlyArray<Column | null>, where: (index: number) => Omit<Located, 'value'>): void {
    if (this.declared || this.#conflicted) return;
    for (let i = 0; i < columns.length; i++) {
      const cell = cells[i];
      if (typeof cell === 'string' && isNumberColumn(columns[i]) && isAmbiguous(cell)) this.#assumed.push({ ...where(i), value: cell });
    }
  }

  /** The locale at the end of the file (for the rows still held), as the report states it. */
  final(): NumberLocale | null {
    return this.current;
  }
}

function problemOf(a: Located): CellProblem {
  const parsed = parseNumber(a.value, null);
  return { sheet: a.sheet, row: a.row, column: a.column, value: a.value, code: 'AMBIGUOUS_NUMBER', message: parsed.ok ? a.value : parsed.message };
}
