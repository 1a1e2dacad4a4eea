import type { Provider } from '@planhub/db/config';
import type { Tx } from './transaction.ts';

// Rows inserted many to a statement, for imports of thousands of rows: Prisma's own
// createMany costs about 0.3 ms of CPU a row (its query compiler and its mapping of every
// value; bench/README.md has the figures), a hand-written multi-row INSERT a hundredth of
// that. Only columns the caller names are written, values already checked by the write
// path (the record schemas, the references, the quote), and the table's own CHECKs and
// triggers apply as to any insert. The one place PlanHub writes SQL by hand.

export interface BulkColumn {
  name: string;
  /** PostgreSQL's type for the placeholder, where the column has an enum type (`"ResultMeasure"`). */
  pgType?: string;
}

/** Placeholders per statement, well under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000;

const quoted = (name: string) => `"${name}"`;

/** A value as the database takes it from Prisma: on SQLite, dates as Prisma writes them (ISO text with an explicit offset). */
function valueFor(provider: Provider, value: unknown): unknown {
  if (value instanceof Date) return provider === 'sqlite' ? value.toISOString().replace('Z', '+00:00') : value;
  return value;
}

/**
 * Inserts `rows` (values in the order of `columns`) into `table`, as many to a statement
 * as the parameter limit allows, and returns the `returning` columns of each inserted row.
 */
export async function insertRows<R extends Record<string, unknown>>(tx: Tx, provider: Provider, table: string, columns: readonly BulkColumn[], rows: readonly unknown[][], returning: readonly string[]): Promise<R[]> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const out: R[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    let n = 0;
    const placeholder = (column: BulkColumn) => (provider === 'sqlite' ? '?' : `$${++n}${column.pgType ? `::${column.pgType}` : ''}`);
    const values = chunk.map(() => `(${columns.map(placeholder).join(', ')})`).join(', ');
    const sql = `INSERT INTO ${quoted(table)} (${columns.map((c) => quoted(c.name)).join(', ')}) VALUES ${values} RETURNING ${returning.map(quoted).join(', ')}`;
    const params = chunk.flatMap((row) => row.map((v) => valueFor(provider, v)));
    out.push(...(await tx.$queryRawUnsafe<R[]>(sql, ...params)));
  }
  return out;
}
