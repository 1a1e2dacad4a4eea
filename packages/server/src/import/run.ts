import { violationOfDatabaseError } from '@planhub/db/rules/index';
import type { Database } from '@planhub/db/client';
import type { Principal } from '../auth/principal.ts';
import { areasOutOfScope, NATIONAL_SCOPE } from '../auth/scopes.ts';
import { encodeGlobalId } from '../global-id.ts';
import type { Context } from '../context.ts';
import { ChangeSet } from '../writes/audit.ts';
import { requiredReason } from '../writes/fields.ts';
import { areasTouched } from '../writes/scope.ts';
import type { ImportAction } from '../writes/matched.ts';
import type { BulkTarget } from '../writes/bulk-insert.ts';
import { withReadCache } from '../writes/read-cache.ts';
import { runWrite, type Tx } from '../writes/transaction.ts';
import { type AdminOnlyError, InvalidInputError, isRowRefusal, type UserError } from '../writes/user-errors.ts';
import { type Cell, type Format, formatOf, type ImportFile, type ReadProgress, readFile, type Sheet, UnreadableFile } from './files.ts';
import { FileLocale } from './file-locale.ts';
import { type Column, isNotesSheet, KINDS, kindNamed, type RecordKind } from './kinds.ts';
import { WRITERS } from './writers.ts';
import type { NumberLocale } from './numbers.ts';
import { type CellProblem, columnAt, mapHeaders, readRow } from './rows.ts';

// An import: a whole file checked and applied in one transaction, kept only if no row had
// a problem. The file is read as a stream (files.ts) and its rows written 500 at a time as
// they are read, so memory holds a batch, not the file's rows. Every row goes through the
// write path's own checks (writes/results.ts, writes/targets.ts: the seed's record
// schemas, references, quotes located in their sources), matched by its natural key, so
// running the same file twice changes nothing the second time. A dry run does exactly the
// same work and rolls it back, so what it reports is what the real run would do,
// references between rows of the file included. Every problem of every row is reported
// with its sheet, row and column, not just the first.
//
// Kinds are written in the order of KINDS (agencies and sources before what names them).
// A workbook whose sheets come in another order is read again, once to list its sheets
// and once per kind, in a transaction started afresh.

export interface ImportOptions {
  /** The kind of records, for a file whose sheets do not name one (a CSV). */
  kind?: string | null;
  dryRun: boolean;
  /** Why: kept with every change of the import's change set. */
  reason: string;
  /** The file's number format; detected from its cells when not given. */
  locale?: NumberLocale | null;
  fileName?: string | null;
  mediaType?: string | null;
}

/** A problem of the file, where it is (sheet, row, column as the viewer shows them) and what to fix. */
export type Problem = CellProblem;

export interface RowOutcome {
  sheet: string;
  row: number;
  kind: RecordKind['name'];
  action: ImportAction | 'ERROR';
  /** The record's global ID, once matched or written. */
  id: string | null;
}

/** How far an import has got: rows read, and bytes of the file read (of its size, for a progress bar). */
export interface ImportProgress {
  rows: number;
  bytes: number;
}

export interface ImportReport {
  dryRun: boolean;
  /** Whether the data changed: a real run without problems that had something to change. */
  applied: boolean;
  format: Format | null;
  locale: NumberLocale | null;
  /** The audit trail's change set of the import, when applied. */
  changeSet: string | null;
  counts: Record<ImportAction | 'ERROR', number>;
  rows: RowOutcome[];
  problems: Problem[];
}

/** The longest an import's one transaction may hold the database. */
const IMPORT_TIMEOUT_MS = 10 * 60_000;

/** Rows written together (a statement for many, where the kind's writer can: results), and so held at once. */
const WRITE_BATCH = 500;

/** Rows held at most while the file's locale is not yet known (file-locale.ts). */
const MAX_HELD = 10_000;

/** Unwinds the transaction of a dry run, or of a run with problems: nothing it did stays. */
class RollBack extends Error {}

/** A workbook's sheets are not in the order of KINDS: the import starts again, kind by kind. */
class OutOfOrder extends Error {}

/** A sheet being imported: its kind and what its header maps to. */
interface Table {
  name: string;
  headers: string[];
  kind: RecordKind;
  columns: Array<Column | null>;
  /** The record's columns the sheet does not fill (the same for every row of the sheet). */
  keep: ReadonlySet<string>;
}

interface PlannedRow {
  table: Table;
  row: number;
  fields: Record<string, unknown>;
  /** Set when the row names areas out of the token's scope: refused unless it changes nothing. */
  forbidden?: Problem;
}

/** A row whose numbers wait for the file's locale (file-locale.ts). */
interface HeldRow {
  table: Table;
  row: number;
  cells: Cell[];
}

const emptyCounts = (): ImportReport['counts'] => ({ CREATE: 0, UPDATE: 0, UNCHANGED: 0, ERROR: 0 });

/** The column(s) a write's field names, for the report: a series' error is its code's and area's. */
function columnsOf(planned: PlannedRow, field: string | null): string | null {
  const wanted = field === null ? [] : field === 'indicator' ? ['definition', 'area'] : [field.replace(/^provenance\./, '')];
  const found = wanted.flatMap((f) => {
    const index = planned.table.columns.findIndex((c) => c?.field === f);
    return index >= 0 ? [columnAt(planned.table, index)] : [];
  });
  return found.length ? found.join(', ') : null;
}

function valueOf(planned: PlannedRow, field: string | null): string | null {
  if (!field) return null;
  if (field === 'indicator') return `${planned.fields.definition}@${planned.fields.area}`;
  const v = planned.fields[field.replace(/^provenance\./, '')];
  return v === undefined || v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
}

function problemsOfUserError(planned: PlannedRow, error: UserError | AdminOnlyError): Problem[] {
  const at = { sheet: planned.table.name, row: planned.row };
  const issues = error instanceof InvalidInputError ? error.issues.map((i) => ({ field: i.field, message: `${i.field}: ${i.message}` })) : [{ field: error.field, message: error.message }];
  return issues.map((i) => ({ ...at, column: columnsOf(planned, i.field), value: valueOf(planned, i.field), code: error.code, message: i.message }));
}

/** The record's columns an existing record keeps: those of optional columns the sheet lacks, and those no column fills. */
function keptColumns(kind: RecordKind, columns: Array<Column | null>): Set<string> {
  const present = new Set(columns.filter((c): c is Column => c !== null).map((c) => c.field));
  const kept = new Set(kind.unmapped);
  for (const c of kind.columns) if (!c.required && !present.has(c.field)) for (const k of c.stores ?? [c.field]) kept.add(k);
  return kept;
}

export interface ImportContext {
  /**
   * The database: the file's checks read from `prisma`; its one transaction runs on
   * `writer` (on the embedded database, not the readers' connection), large kinds written
   * many rows to a statement in the dialect of `config.provider`.
   */
  db: Pick<Database, 'prisma' | 'writer' | 'config' | 'direct'>;
  principal: Principal;
  /** The live feed, to announce the import's changes once committed (none from the CLI). */
  feed?: Context['feed'] | null;
  /** The GraphQL request's deadline, for the mutation: past it, nothing commits (POST /import and the CLI have none). */
  deadline?: Context['deadline'];
}

/** One reading of the file inside one attempt of the import's transaction: everything it found, from the start. */
class Pass {
  readonly problems: Problem[] = [];
  readonly outcomes: RowOutcome[] = [];
  /** The sheets' names in the file's order, to put the report's rows in it. */
  readonly sheets: string[] = [];
  /** Whether a statement the database refused stopped the writes (the transaction is then done for). */
  stopped = false;
  readonly #locale: FileLocale;
  /** Every row's natural key, to tell a row repeating an earlier one. */
  readonly #seen = new Map<string, { sheet: string; row: number }>();
  #held: HeldRow[] = [];
  #pending: PlannedRow[] = [];
  /** Held rows are too many to wait for the locale any longer: ambiguous numbers are problems from here on. */
  #undecided = false;
  #lastKind = -1;
  readonly #progress: ReadProgress = { bytes: 0 };
  #rows = 0;
  /** Problems the writes found. */
  readonly #writeProblems: Problem[] = [];

  constructor(
    private readonly ctx: ImportContext,
    readonly tx: Tx,
    private readonly set: ChangeSet,
    private readonly bulk: BulkTarget,
    private readonly file: ImportFile,
    private readonly format: Format,
    private readonly options: ImportOptions,
    private readonly why: string,
    private readonly outOfScope: Map<string, Promise<string[]>>,
    private readonly onProgress?: (progress: ImportProgress) => void | Promise<void>,
  ) {
    this.#locale = new FileLocale(options.locale ?? null);
  }

  /** The locale the file's numbers were read by. */
  get locale(): NumberLocale | null {
    return this.#locale.final();
  }

  #sheets(): AsyncGenerator<Sheet> {
    this.#progress.bytes = 0;
    return readFile(this.file, this.format, this.options.fileName ?? undefined, this.#progress);
  }

  /** The sheet's kind (its name's, else the one declared); null for notes, and for a sheet of no kind (its problem said once). */
  #kindOf(sheet: Sheet, say: boolean): RecordKind | null {
    if (isNotesSheet(sheet.name)) return null;
    const declared = this.options.kind ? kindNamed(this.options.kind) : undefined;
    const kind = kindNamed(sheet.name) ?? declared;
    if (!kind && say) {
      this.problems.push({ sheet: sheet.name, row: null, column: null, value: null, code: 'UNKNOWN_KIND', message: `Sheet "${sheet.name}": name the sheet for its kind of records (${KINDS.map((k) => `"${k.name}" or "${k.vi}"`).join(', ')}), or give the kind (kind=results).` });
    }
    return kind ?? null;
  }

  /** Reads and writes the whole file: its sheets in the file's order, or (`byKind`) kind by kind in the order of KINDS. */
  async run(byKind: boolean): Promise<void> {
    if (!byKind) {
      for await (const sheet of this.#sheets()) {
        this.sheets.push(sheet.name);
        const kind = this.#kindOf(sheet, true);
        if (!kind) continue;
        const index = KINDS.indexOf(kind);
        if (index < this.#lastKind) throw new OutOfOrder();
        this.#lastKind = index;
        await this.#table(sheet, kind);
      }
    } else {
      // First the sheets' kinds (their rows passed over), then one reading per kind.
      const present = new Set<RecordKind>();
      for await (const sheet of this.#sheets()) {
        this.sheets.push(sheet.name);
        const kind = this.#kindOf(sheet, true);
        if (kind) present.add(kind);
      }
      for (const kind of KINDS.filter((k) => present.has(k))) {
        for await (const sheet of this.#sheets()) if (this.#kindOf(sheet, false) === kind) await this.#table(sheet, kind);
      }
    }
    // Rows still waiting for the locale: the file has told all it will.
    await this.#release(this.locale);
    await this.#write();
    await this.onProgress?.({ rows: this.#rows, bytes: this.#progress.bytes });
    this.problems.push(...this.#writeProblems);
  }

  async #table(sheet: Sheet, kind: RecordKind): Promise<void> {
    const mapped = mapHeaders(kind, sheet);
    this.problems.push(...mapped.problems);
    // Without a required column no row of the sheet can be read: the sheet's problem says so once.
    if (mapped.problems.some((p) => p.code === 'MISSING_COLUMN')) {
      for await (const { row } of sheet.rows) this.#failed(sheet.name, row, kind);
      return;
    }
    const table: Table = { name: sheet.name, headers: sheet.headers, kind, columns: mapped.columns, keep: keptColumns(kind, mapped.columns) };
    if (sheet.separator === ';') this.#locale.presume('vi');
    for await (const { row, cells } of sheet.rows) {
      this.#rows++;
      if (this.stopped) {
        this.#failed(table.name, row, kind);
        continue;
      }
      const { ambiguous, revoked } = this.#locale.observe(cells, table.columns);
      this.problems.push(...revoked);
      const locale = this.#locale.current;
      // The first cell to tell the locale decides the rows held for it (or shows none can be: then they are read as they are, in order).
      if (this.#held.length && (locale !== null || this.#locale.conflicted)) await this.#release(locale);
      // From the first row that needs the locale, rows wait for it in order (so records are created in the file's order).
      if (locale === null && !this.#locale.conflicted && !this.#undecided && (ambiguous || this.#held.length)) {
        this.#held.push({ table, row, cells });
        if (this.#held.length > MAX_HELD) {
          this.#undecided = true;
          this.problems.push({ sheet: table.name, row, column: null, value: null, code: 'AMBIGUOUS_NUMBER', message: `The file's number format cannot be told from its first ${MAX_HELD.toLocaleString('en')} rows that need it: declare it (locale "vi": 8.500 is eight thousand five hundred; "en": 8.500 is eight and a half).` });
          await this.#release(null);
        }
        continue;
      }
      this.#plan(table, row, cells, locale);
      if (this.#pending.length >= WRITE_BATCH) await this.#write();
    }
  }

  #failed(sheet: string, row: number, kind: RecordKind): void {
    this.outcomes.push({ sheet, row, kind: kind.name, action: 'ERROR', id: null });
  }

  /** The held rows, read by `locale` now it is known (or never will be). */
  async #release(locale: NumberLocale | null): Promise<void> {
    const held = this.#held;
    this.#held = [];
    for (const { table, row, cells } of held) {
      if (this.stopped) this.#failed(table.name, row, table.kind);
      else this.#plan(table, row, cells, locale);
      if (this.#pending.length >= WRITE_BATCH) await this.#write();
    }
  }

  /** A row read into the fields of its write, to be written with the next batch; or its problems. */
  #plan(table: Table, row: number, cells: Cell[], locale: NumberLocale | null): void {
    const read = readRow(table, table.columns, cells, row, locale);
    if (locale) this.#locale.assume(cells, table.columns, (i) => ({ sheet: table.name, row, column: columnAt(table, i) }));
    if (read.problems.length) {
      this.problems.push(...read.problems);
      return this.#failed(table.name, row, table.kind);
    }
    const writer = WRITERS[table.kind.name];
    const key = `${table.kind.name}|${writer.key(read.fields)}`;
    const earlier = this.#seen.get(key);
    if (earlier) {
      const where = earlier.sheet === table.name ? '' : `sheet "${earlier.sheet}" `;
      this.problems.push({ sheet: table.name, row, column: null, value: null, code: 'DUPLICATE', message: `The same record as ${where}row ${earlier.row} (${writer.same}): keep one of them.` });
      return this.#failed(table.name, row, table.kind);
    }
    this.#seen.set(key, { sheet: table.name, row });
    this.#pending.push({ table, row, fields: read.fields });
  }

  /**
   * Who may: every row's areas in the writer's scope, as a mutation's would have to be;
   * asked once for each distinct set of codes rows name (a file's rows name a few). A row
   * out of scope may still name a record exactly as it is on file (an export of another
   * area's or of national records, imported back): only what it would change is refused,
   * which its write tells.
   */
  async #checkScope(p: PlannedRow): Promise<void> {
    const touched = WRITERS[p.table.kind.name].touches(p.fields);
    // A source belongs to no area: any writer registers one (correcting one is an admin's, checked by its write).
    if (!touched) return;
    const named = JSON.stringify(touched);
    let found = this.outOfScope.get(named);
    if (!found) this.outOfScope.set(named, (found = areasTouched(this.ctx.db.prisma, touched).then((areas) => areasOutOfScope(this.ctx.db.prisma, this.ctx.principal, areas))));
    const out = await found;
    if (!out.length) return;
    // The column that names the area out of scope: the row's own area (none: national), else what it names.
    const ownArea = p.fields.area !== undefined ? String(p.fields.area) : p.table.kind.columns.some((c) => c.field === 'area') ? NATIONAL_SCOPE : undefined;
    const field = ownArea !== undefined && out.includes(ownArea) ? 'area' : (['plan', 'solution', 'agency', 'event', 'parent'].find((f) => p.fields[f] !== undefined) ?? 'area');
    const whose = out.map((a) => (a === NATIONAL_SCOPE ? 'national records (of no area, an admin’s)' : `"${a}"`)).join(', ');
    p.forbidden = { sheet: p.table.name, row: p.row, column: columnsOf(p, field), value: valueOf(p, field), code: 'FORBIDDEN', message: `This token may not write the data of ${whose}: import only rows of its own areas (or rows as they are on file).` };
  }

  /** The rows planned so far, written: as many of one sheet as its writer takes together, else one by one. */
  async #write(): Promise<void> {
    const planned = this.#pending;
    this.#pending = [];
    const how = (t: Table) => ({ why: this.why, keep: t.keep, admin: this.ctx.principal.role === 'ADMIN', bulk: this.bulk });
    for (let i = 0; i < planned.length; ) {
      const p = planned[i]!;
      const writer = WRITERS[p.table.kind.name];
      let end = i + 1;
      if (writer.writeMany) while (end < planned.length && planned[end]!.table === p.table) end++;
      const chunk = planned.slice(i, end);
      i = end;
      if (this.stopped) {
        for (const c of chunk) this.#failed(c.table.name, c.row, c.table.kind);
        continue;
      }
      await this.onProgress?.({ rows: this.#rows, bytes: this.#progress.bytes });
      for (const c of chunk) await this.#checkScope(c);
      const outcomes = chunk.map((c) => ({ sheet: c.table.name, row: c.row, kind: c.table.kind.name, action: 'ERROR', id: null }) as RowOutcome);
      this.outcomes.push(...outcomes);
      try {
        const written = writer.writeMany
          ? await writer.writeMany(this.tx, this.set, chunk.map((c) => c.fields), how(p.table))
          : [await writer.write(this.tx, this.set, p.fields, how(p.table)).catch((error: unknown) => (isRowRefusal(error) ? error : Promise.reject(error)))];
        for (const [k, w] of written.entries()) {
          const refused = chunk[k]!.forbidden;
          // Out of scope, a row is refused whatever its write found, unless it changed nothing.
          if (refused && (isRowRefusal(w) || w.action !== 'UNCHANGED')) this.#writeProblems.push(refused);
          else if (isRowRefusal(w)) this.#writeProblems.push(...problemsOfUserError(chunk[k]!, w));
          else Object.assign(outcomes[k]!, { action: w.action, id: encodeGlobalId(writer.model, w.id) });
        }
      } catch (error) {
        // A statement the database refused ends the transaction (PostgreSQL's is aborted): later rows are not checked.
        const violation = violationOfDatabaseError(error);
        if (!violation) throw error;
        const rows = chunk.length > 1 ? ` (in rows ${p.row}–${chunk.at(-1)!.row}; rows after them were not checked)` : ' (rows after this one were not checked)';
        this.#writeProblems.push({ sheet: p.table.name, row: p.row, column: columnsOf(p, violation.field), value: valueOf(p, violation.field), code: 'INVALID_INPUT', message: `${violation.message}${rows}` });
        this.stopped = true;
      }
    }
  }
}

/** Reads, checks and (unless a dry run, and only without problems) applies a file. */
export async function runImport(ctx: ImportContext, file: ImportFile, options: ImportOptions, onProgress?: (progress: ImportProgress) => void | Promise<void>): Promise<ImportReport> {
  const report: ImportReport = { dryRun: options.dryRun, applied: false, format: null, locale: options.locale ?? null, changeSet: null, counts: emptyCounts(), rows: [], problems: [] };
  const fail = (problem: Omit<Problem, 'sheet' | 'row' | 'column' | 'value'> & Partial<Problem>) => report.problems.push({ sheet: null, row: null, column: null, value: null, ...problem });
  let why: string;
  try {
    // A dry run writes nothing, so it needs no reason.
    why = requiredReason(options.reason || (options.dryRun ? 'Dry run' : ''));
  } catch (error) {
    // The write path's own message: a missing reason, or one too long.
    if (!(error instanceof InvalidInputError)) throw error;
    fail({ code: error.code, message: error.message });
    return report;
  }
  if (options.kind && !kindNamed(options.kind)) {
    fail({ code: 'INVALID_INPUT', message: `kind: "${options.kind}" is not a kind of record an import takes: ${KINDS.map((k) => `${k.name} (${k.vi})`).join(', ')}.` });
    return report;
  }
  let format: Format;
  try {
    report.format = format = await formatOf(file, options.fileName, options.mediaType);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    fail({ code: error.code, message: error.message });
    return report;
  }

  // Many rows to a statement, on the embedded database straight on the writer's connection (bulk-insert.ts).
  const bulk: BulkTarget = { provider: ctx.db.config.provider, direct: () => ctx.db.direct };
  const set = new ChangeSet(ctx.principal, ctx.feed ?? null, bulk);
  const outOfScope = new Map<string, Promise<string[]>>();
  let pass: Pass | undefined;
  // On the writer's connection (Database.writer): an import's open transaction (a dry run's
  // too) shows its rows, and the data version caches key on, to nobody until it commits
  // (or never, for a dry run); the writes of others wait for it. A transaction tried again
  // reads the file again from the start.
  for (let byKind = false; ; byKind = true) {
    try {
      await runWrite(
        { prisma: ctx.db.writer, deadline: ctx.deadline },
        set,
        async (transaction) => {
          pass = new Pass(ctx, withReadCache(transaction), set, bulk, file, format, options, why, outOfScope, onProgress);
          await pass.run(byKind);
          if (!pass.stopped) await set.flush(pass.tx);
          if (options.dryRun || pass.problems.length) throw new RollBack();
        },
        IMPORT_TIMEOUT_MS,
      );
      report.applied = pass!.outcomes.some((o) => o.action === 'CREATE' || o.action === 'UPDATE');
      if (report.applied) report.changeSet = set.id;
    } catch (error) {
      if (error instanceof OutOfOrder && !byKind) continue;
      if (error instanceof UnreadableFile) {
        fail({ code: error.code, message: error.message });
        return report;
      }
      if (!(error instanceof RollBack)) throw error;
    }
    break;
  }
  const done = pass!;
  report.locale = done.locale;
  report.problems.push(...done.problems);
  report.rows = done.outcomes;
  const order = new Map(done.sheets.map((name, i) => [name, i]));
  report.rows.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : order.get(a.sheet)! - order.get(b.sheet)!));
  // Problems where they are in the file (a row held for the file's locale was written after later rows).
  const place = (p: Problem) => [p.sheet === null ? -1 : (order.get(p.sheet) ?? -1), p.row ?? 0];
  report.problems.sort((a, b) => {
    const [sa, ra] = place(a);
    const [sb, rb] = place(b);
    return sa! - sb! || ra! - rb!;
  });
  // A row with any problem is an error, whatever its write would have done.
  const failed = new Set(report.problems.map((p) => `${p.sheet}|${p.row}`));
  for (const r of report.rows) if (failed.has(`${r.sheet}|${r.row}`)) r.action = 'ERROR';
  for (const r of report.rows) report.counts[r.action]++;
  return report;
}
