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
import { withReadCache } from '../writes/read-cache.ts';
import { runWrite } from '../writes/transaction.ts';
import { type AdminOnlyError, InvalidInputError, isRowRefusal, type UserError } from '../writes/user-errors.ts';
import { type Format, formatOf, readFile, type Sheet, UnreadableFile } from './files.ts';
import { type Column, isNotesSheet, KINDS, kindNamed, type RecordKind } from './kinds.ts';
import { WRITERS } from './writers.ts';
import { detectLocale, localeEvidence, type NumberLocale } from './numbers.ts';
import { type CellProblem, columnLetter, mapHeaders, readRow } from './rows.ts';

// An import: a whole file checked, then applied in one transaction, or nothing. Every
// row goes through the write path's own checks (writes/results.ts, writes/targets.ts:
// the seed's record schemas, references, quotes located in their sources), matched by
// its natural key, so running the same file twice changes nothing the second time. A
// dry run does exactly the same work and rolls it back, so what it reports is what the
// real run would do, references between rows of the file included. Every problem of
// every row is reported with its sheet, row and column, not just the first.

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

/** Rows of a kind written together, where its writer can (results). */
const WRITE_BATCH = 500;

/** Unwinds the transaction of a dry run, or of a run with problems: nothing it did stays. */
class RollBack extends Error {}

interface PlannedRow {
  sheet: Sheet;
  kind: RecordKind;
  columns: Array<Column | null>;
  /** The record's columns the sheet does not fill (the same for every row of the sheet). */
  keep: ReadonlySet<string>;
  /** Set when the row names areas out of the token's scope: refused unless it changes nothing. */
  forbidden?: Problem;
  row: number;
  fields: Record<string, unknown>;
}

const emptyCounts = (): ImportReport['counts'] => ({ CREATE: 0, UPDATE: 0, UNCHANGED: 0, ERROR: 0 });

/** The column(s) a write's field names, for the report: a series' error is its code's and area's. */
function columnsOf(planned: PlannedRow, field: string | null): string | null {
  const wanted = field === null ? [] : field === 'indicator' ? ['definition', 'area'] : [field.replace(/^provenance\./, '')];
  const found = wanted.flatMap((f) => {
    const index = planned.columns.findIndex((c) => c?.field === f);
    return index >= 0 ? [`${columnLetter(index)} "${planned.sheet.headers[index]}"`] : [];
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
  const at = { sheet: planned.sheet.name, row: planned.row };
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
  db: Pick<Database, 'prisma' | 'writer' | 'config'>;
  principal: Principal;
  /** The live feed, to announce the import's changes once committed (none from the CLI). */
  feed?: Context['feed'] | null;
}

/** Reads, checks and (unless a dry run, and only without problems) applies a file. */
export async function runImport(ctx: ImportContext, bytes: Uint8Array, options: ImportOptions, onProgress?: (done: number, total: number) => void | Promise<void>): Promise<ImportReport> {
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
  const declared = options.kind ? kindNamed(options.kind) : undefined;
  if (options.kind && !declared) {
    fail({ code: 'INVALID_INPUT', message: `kind: "${options.kind}" is not a kind of record an import takes: ${KINDS.map((k) => `${k.name} (${k.vi})`).join(', ')}.` });
    return report;
  }
  let sheets: Sheet[];
  try {
    report.format = formatOf(bytes, options.fileName, options.mediaType);
    sheets = await readFile(bytes, report.format, options.fileName ?? undefined);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    fail({ code: error.code, message: error.message });
    return report;
  }

  // Each sheet's kind and columns; then the file's number format, from every textual number cell.
  const tables: Array<{ sheet: Sheet; kind: RecordKind; columns: Array<Column | null> }> = [];
  for (const sheet of sheets) {
    if (isNotesSheet(sheet.name)) continue;
    const kind = kindNamed(sheet.name) ?? declared;
    if (!kind) {
      fail({ sheet: sheet.name, code: 'UNKNOWN_KIND', message: `Sheet "${sheet.name}": name the sheet for its kind of records (${KINDS.map((k) => `"${k.name}" or "${k.vi}"`).join(', ')}), or give the kind (kind=results).` });
      continue;
    }
    const mapped = mapHeaders(kind, sheet);
    for (const p of mapped.problems) report.problems.push(p);
    // Without a required column no row of the sheet can be read: the sheet's problem says so once.
    if (mapped.problems.some((p) => p.code === 'MISSING_COLUMN')) {
      for (const { row } of sheet.rows) report.rows.push({ sheet: sheet.name, row, kind: kind.name, action: 'ERROR', id: null });
      continue;
    }
    tables.push({ sheet, kind, columns: mapped.columns });
  }
  // In the order of KINDS, whatever the order of the sheets: agencies and sources before what names them.
  tables.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  if (!report.locale) {
    const numberCells = tables.flatMap(({ sheet, columns }) =>
      sheet.rows.flatMap((r) => r.cells.filter((cell, i): cell is string => typeof cell === 'string' && (columns[i]?.type === 'number' || columns[i]?.type === 'integer'))),
    );
    // Where no cell tells, a CSV separated by `;` does: Excel writes it so where the decimal mark is a comma.
    const told = numberCells.some((cell) => localeEvidence(cell) !== null);
    report.locale = detectLocale(numberCells) ?? (!told && tables.length > 0 && tables.every((t) => t.sheet.separator === ';') ? 'vi' : null);
  }

  // Every row read into the fields of its write; problems of cells collected, not thrown.
  const planned: PlannedRow[] = [];
  const seen = new Map<string, PlannedRow>();
  for (const { sheet, kind, columns } of tables) {
    const keep = keptColumns(kind, columns);
    for (const { row, cells } of sheet.rows) {
      const read = readRow(sheet, columns, cells, row, report.locale);
      const p: PlannedRow = { sheet, kind, columns, keep, row, fields: read.fields };
      if (read.problems.length) {
        report.problems.push(...read.problems);
        report.rows.push({ sheet: sheet.name, row, kind: kind.name, action: 'ERROR', id: null });
        continue;
      }
      const key = `${kind.name}|${WRITERS[kind.name].key(p.fields)}`;
      const earlier = seen.get(key);
      if (earlier) {
        report.problems.push({ sheet: sheet.name, row, column: null, value: null, code: 'DUPLICATE', message: `The same record as ${earlier.sheet.name === sheet.name ? '' : `sheet "${earlier.sheet.name}" `}row ${earlier.row} (${WRITERS[kind.name].same}): keep one of them.` });
        report.rows.push({ sheet: sheet.name, row, kind: kind.name, action: 'ERROR', id: null });
        continue;
      }
      seen.set(key, p);
      planned.push(p);
    }
    // Its cells are read: a large file's rows are held once, as the fields of their writes.
    sheet.rows.length = 0;
  }

  // Who may: every row's areas in the writer's scope, as a mutation's would have to be;
  // asked once for each distinct set of codes rows name (a file's rows name a few). A row
  // out of scope may still name a record exactly as it is on file (an export of another
  // area's or of national records, imported back): only what it would change is refused,
  // which its write, done and rolled back with the rest, tells.
  const outOfScope = new Map<string, Promise<string[]>>();
  for (const p of planned) {
    const touched = WRITERS[p.kind.name].touches(p.fields);
    // A source belongs to no area: any writer registers one (correcting one is an admin's, checked by its write).
    if (!touched) continue;
    const named = JSON.stringify(touched);
    let found = outOfScope.get(named);
    if (!found) outOfScope.set(named, (found = areasTouched(ctx.db.prisma, touched).then((areas) => areasOutOfScope(ctx.db.prisma, ctx.principal, areas))));
    const out = await found;
    if (!out.length) continue;
    // The column that names the area out of scope: the row's own area (none: national), else what it names.
    const ownArea = p.fields.area !== undefined ? String(p.fields.area) : p.kind.columns.some((c) => c.field === 'area') ? NATIONAL_SCOPE : undefined;
    const field = ownArea !== undefined && out.includes(ownArea) ? 'area' : (['plan', 'solution', 'agency', 'event', 'parent'].find((f) => p.fields[f] !== undefined) ?? 'area');
    const whose = out.map((a) => (a === NATIONAL_SCOPE ? 'national records (of no area, an admin’s)' : `"${a}"`)).join(', ');
    p.forbidden = { sheet: p.sheet.name, row: p.row, column: columnsOf(p, field), value: valueOf(p, field), code: 'FORBIDDEN', message: `This token may not write the data of ${whose}: import only rows of its own areas (or rows as they are on file).` };
  }

  // The changes written 500 at a time, the references looked up once (read-cache.ts).
  const set = new ChangeSet(ctx.principal, ctx.feed ?? null, ctx.db.config.provider);
  const outcomes: RowOutcome[] = [];
  // Problems the writes find, per attempt: a transaction tried again starts them afresh.
  let found: Problem[] = [];
  // On the writer's connection (Database.writer): an import's open transaction (a dry run's
  // too) shows its rows, and the data version caches key on, to nobody until it commits
  // (or never, for a dry run); the writes of others wait for it.
  try {
    await runWrite(
      { prisma: ctx.db.writer, deadline: undefined },
      set,
      async (transaction) => {
        const tx = withReadCache(transaction);
        outcomes.length = 0;
        found = [];
        let stopped = false;
        const how = (p: PlannedRow) => ({ why, keep: p.keep, admin: ctx.principal.role === 'ADMIN', provider: ctx.db.config.provider });
        for (let i = 0; i < planned.length && !stopped; ) {
          await onProgress?.(i, planned.length);
          const p = planned[i]!;
          const writer = WRITERS[p.kind.name];
          // Rows of a kind written together (results): as many as follow of the same sheet, up to a batch.
          let end = i + 1;
          if (writer.writeMany) while (end < planned.length && end - i < WRITE_BATCH && planned[end]!.sheet === p.sheet) end++;
          const chunk = planned.slice(i, end);
          const rowOutcomes = chunk.map((c) => ({ sheet: c.sheet.name, row: c.row, kind: c.kind.name, action: 'ERROR', id: null }) as RowOutcome);
          outcomes.push(...rowOutcomes);
          try {
            const written = writer.writeMany
              ? await writer.writeMany(tx, set, chunk.map((c) => c.fields), how(p))
              : [await writer.write(tx, set, p.fields, how(p)).catch((error: unknown) => (isRowRefusal(error) ? error : Promise.reject(error)))];
            for (const [k, w] of written.entries()) {
              const refused = chunk[k]!.forbidden;
              // Out of scope, a row is refused whatever its write found, unless it changed nothing.
              if (refused && (isRowRefusal(w) || w.action !== 'UNCHANGED')) found.push(refused);
              else if (isRowRefusal(w)) found.push(...problemsOfUserError(chunk[k]!, w));
              else Object.assign(rowOutcomes[k]!, { action: w.action, id: encodeGlobalId(writer.model, w.id) });
            }
          } catch (error) {
            // A statement the database refused ends the transaction (PostgreSQL's is aborted): later rows are not checked.
            const violation = violationOfDatabaseError(error);
            if (!violation) throw error;
            const rows = chunk.length > 1 ? ` (in rows ${p.row}–${chunk.at(-1)!.row}; rows after them were not checked)` : ' (rows after this one were not checked)';
            found.push({ sheet: p.sheet.name, row: p.row, column: columnsOf(p, violation.field), value: valueOf(p, violation.field), code: 'INVALID_INPUT', message: `${violation.message}${rows}` });
            stopped = true;
          }
          i = end;
        }
        // Rows not reached are errors too.
        for (const p of planned.slice(outcomes.length)) outcomes.push({ sheet: p.sheet.name, row: p.row, kind: p.kind.name, action: 'ERROR', id: null });
        await onProgress?.(planned.length, planned.length);
        if (!stopped) await set.flush(tx);
        if (options.dryRun || report.problems.length || found.length) throw new RollBack();
      },
      IMPORT_TIMEOUT_MS,
    );
    report.applied = outcomes.some((o) => o.action === 'CREATE' || o.action === 'UPDATE');
    if (report.applied) report.changeSet = set.id;
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  report.problems.push(...found);
  report.rows.push(...outcomes);
  report.rows.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : sheets.findIndex((s) => s.name === a.sheet) - sheets.findIndex((s) => s.name === b.sheet)));
  // A row with any problem is an error, whatever its write would have done.
  const failed = new Set(report.problems.map((p) => `${p.sheet}|${p.row}`));
  for (const r of report.rows) if (failed.has(`${r.sheet}|${r.row}`)) r.action = 'ERROR';
  for (const r of report.rows) report.counts[r.action]++;
  return report;
}
