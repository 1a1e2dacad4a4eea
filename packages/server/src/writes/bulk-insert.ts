import type { Provider } from '@planhub/db/config';
import type { DirectStatement } from '@planhub/db/sqlite-statements';
import type { Tx } from './transaction.ts';

// Rows inserted many to a statement, for imports of thousands of rows: Prisma's own
// createMany costs about 0.3 ms of CPU a row (its query compiler and its mapping of every
// value; bench/README.md has the figures), a hand-written multi-row INSERT a hundredth of
// that. Only columns the caller names are written, values already checked by the write
// path (the record schemas, the references, the quote), and the table's own CHECKs and
// triggers apply as to any insert. The one place PlanHub writes SQL by hand. On the
// embedded database the statement runs on the writer's connection itself, inside the
// import's transaction (Database.direct): even Prisma's raw queries cost 2–5 µs a
// parameter, most of such an import's time.

export interface BulkColumn {
  name: string;
  /** PostgreSQL's type for the placeholder, where the column has an enum type (`"ResultMeasure"`). */
  pgType?: string;
}

/** Placeholders per statement, well under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000;

const quoted = (name: string) => `"${name}"`;

/** Where the rows go: the database's dialect, and on the embedded one its writer's connection (asked when used: it connects on first use). */
export interface BulkTarget {
  provider: Provider;
  direct?: () => DirectStatement | undefined;
}

/** A value as the database takes it from Prisma: on SQLite, dates as Prisma writes them (ISO text with an explicit offset) and booleans as 1 and 0. */
function valueFor(provider: Provider, value: unknown): unknown {
  if (value instanceof Date) return provider === 'sqlite' ? value.toISOString().replace('Z', '+00:00') : value;
  if (typeof value === 'boolean' && provider === 'sqlite') return value ? 1 : 0;
  return value ?? null;
}

/** Statement texts by shape: the same object each time, so a statement cache finds it by identity rather than by comparing 20 KB of text. */
const statements = new Map<string, string>();

function statementFor(provider: Provider, table: string, columns: readonly BulkColumn[], count: number, returning: readonly string[]): string {
  const shape = `${provider}|${table}|${columns.map((c) => c.name).join(',')}|${count}|${returning.join(',')}`;
  let sql = statements.get(shape);
  if (!sql) {
    let n = 0;
    const placeholder = (column: BulkColumn) => (provider === 'sqlite' ? '?' : `$${++n}${column.pgType ? `::${column.pgType}` : ''}`);
    const values = Array.from({ length: count }, () => `(${columns.map(placeholder).join(', ')})`).join(', ');
    sql = `INSERT INTO ${quoted(table)} (${columns.map((c) => quoted(c.name)).join(', ')}) VALUES ${values} RETURNING ${returning.map(quoted).join(', ')}`;
    // A few shapes in practice (a full batch, each kind's last); bounded all the same.
    if (statements.size >= 100) statements.clear();
    statements.set(shape, sql);
  }
  return sql;
}

/**
 * Inserts `rows` (values in the order of `columns`) into `table`, as many to a statement
 * as the parameter limit allows, and returns the `returning` columns of each inserted row.
 */
export async function insertRows<R extends Record<string, unknown>>(tx: Tx, target: BulkTarget, table: string, columns: readonly BulkColumn[], rows: readonly unknown[][], returning: readonly string[]): Promise<R[]> {
  const { provider } = target;
  const direct = target.direct?.();
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const out: R[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const sql = statementFor(provider, table, columns, chunk.length, returning);
    const params: unknown[] = [];
    for (const row of chunk) for (const v of row) params.push(valueFor(provider, v));
    out.push(...(direct ? (direct(sql, params) as R[]) : await tx.$queryRawUnsafe<R[]>(sql, ...params)));
  }
  return out;
}
