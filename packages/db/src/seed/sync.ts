// Idempotent writing: each row is looked up by what identifies it (its key, or a pair
// of foreign keys) and upserted only when its values differ, so a second run of the
// seed finds every row unchanged and writes nothing.

export type Row = Record<string, unknown>;

/** The part of a Prisma model delegate the seed uses; every model has it. */
export interface Delegate {
  findMany(args: { where: Row }): Promise<Row[]>;
  upsert(args: { where: Row; create: Row; update: Row }): Promise<Row>;
}

export interface TableChanges {
  created: number;
  updated: number;
  unchanged: number;
}

export interface SeedSummary {
  /** Per table (Prisma model name): rows created, updated, and found already up to date. */
  tables: Record<string, TableChanges>;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes rows identified by `key`, in the given order. `toData` receives the ids
 * written so far, so a row may refer to rows of the same table written before it
 * (parents are ordered first). A row already holding the same values is left alone.
 */
export function syncByKey<T extends { key: string }>(
  model: string,
  delegate: Delegate,
  records: T[],
  toData: (r: T, ids: Map<string, number>) => Row,
  summary: SeedSummary,
): Promise<Map<string, number>> {
  return sync(model, delegate, records, (r, ids) => ({ key: r.key, ...toData(r, ids) }), summary, {
    existing: { key: { in: records.map((r) => r.key) } },
    of: (row) => row.key as string,
    where: (row) => ({ key: row.key }),
  });
}

/** Writes key-less rows identified by a compound unique of two foreign keys. */
export async function syncByPair(
  model: string,
  delegate: Delegate,
  unique: { name: string; a: string; b: string },
  rows: Row[],
  summary: SeedSummary,
): Promise<void> {
  const { name, a, b } = unique;
  await sync(model, delegate, rows, (row) => row, summary, {
    existing: { [a]: { in: [...new Set(rows.map((r) => r[a]))] } },
    of: (row) => `${String(row[a])}:${String(row[b])}`,
    where: (row) => ({ [name]: { [a]: row[a], [b]: row[b] } }),
  });
}

/** How a table's rows are told apart. */
interface Identity {
  /** The findMany filter for the rows that may already exist. */
  existing: Row;
  /** What identifies a row (its key, or its pair of foreign keys). */
  of(row: Row): string;
  /** The unique `where` of a row, for its upsert. */
  where(row: Row): Row;
}

/** Writes one row per item, in order, skipping rows already up to date; returns identity → id. */
async function sync<T>(
  model: string,
  delegate: Delegate,
  items: T[],
  toData: (item: T, ids: Map<string, number>) => Row,
  summary: SeedSummary,
  identity: Identity,
): Promise<Map<string, number>> {
  const changes: TableChanges = { created: 0, updated: 0, unchanged: 0 };
  const existing = new Map<string, Row>();
  if (items.length > 0) {
    for (const row of await delegate.findMany({ where: identity.existing })) existing.set(identity.of(row), row);
  }
  const ids = new Map<string, number>();
  for (const item of items) {
    const data = toData(item, ids);
    const id = identity.of(data);
    const old = existing.get(id);
    if (old && unchanged(old, data)) {
      changes.unchanged++;
      ids.set(id, old.id as number);
      continue;
    }
    const row = await delegate.upsert({ where: identity.where(data), create: data, update: data });
    if (old) changes.updated++;
    else changes.created++;
    ids.set(id, row.id as number);
  }
  summary.tables[model] = changes;
  summary.created += changes.created;
  summary.updated += changes.updated;
  summary.unchanged += changes.unchanged;
  return ids;
}

function unchanged(existing: Row, data: Row): boolean {
  return Object.keys(data).every((f) => same(existing[f], data[f]));
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  return (a ?? null) === (b ?? null);
}

/** Resolves a key already written; the data was validated, so a miss is a bug. */
export function idOf(ids: Map<string, number>, k: string, what: string): number {
  const id = ids.get(k);
  if (id === undefined) throw new Error(`seed: ${what} "${k}" was not written before it was referenced`);
  return id;
}
export const idOrNull = (ids: Map<string, number>, k: string | null, what: string): number | null => (k === null ? null : idOf(ids, k, what));
