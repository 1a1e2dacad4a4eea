// Idempotent writing: each row is looked up by what identifies it (its key, or its
// natural key: a compound unique index) and upserted only when its values differ, so a
// second run of the seed finds every row unchanged and writes nothing.

export type Row = Record<string, unknown>;

/** The part of a Prisma model delegate the seed uses; every model has it. */
export interface Delegate {
  findMany(args: { where: Row }): Promise<Row[]>;
  create(args: { data: Row }): Promise<Row>;
  update(args: { where: Row; data: Row }): Promise<Row>;
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
  });
}

/**
 * Writes rows identified by their natural key (`fields`: a compound unique index of the
 * schema, or for assignments, which have none, all that they say), in order; returns
 * identity → id, the identity being the fields' values joined by "|".
 */
export function syncByNaturalKey(model: string, delegate: Delegate, fields: readonly string[], rows: Row[], summary: SeedSummary): Promise<Map<string, number>> {
  const first = fields[0]!;
  return sync(model, delegate, rows, (row) => row, summary, {
    existing: { [first]: { in: [...new Set(rows.map((r) => r[first]))] } },
    of: (row) => identityOf(row, fields),
  });
}

/** A row's natural key as one string: its fields' values joined by "|" (dates as ISO). */
export function identityOf(row: Row, fields: readonly string[]): string {
  return fields.map((f) => (row[f] instanceof Date ? (row[f] as Date).toISOString() : String(row[f]))).join('|');
}

/** How a table's rows are told apart. */
interface Identity {
  /** The findMany filter for the rows that may already exist. */
  existing: Row;
  /** What identifies a row (its key, or its natural key). */
  of(row: Row): string;
}

/** Writes one row per item, in order, skipping rows already up to date; returns identity → id. A second item of the same identity updates the first's row. */
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
    // Inside the seed's transaction, so looked up and written without a race.
    const row = old ? await delegate.update({ where: { id: old.id }, data }) : await delegate.create({ data });
    if (old) changes.updated++;
    else changes.created++;
    ids.set(id, row.id as number);
  }
  const before = summary.tables[model];
  summary.tables[model] = before
    ? { created: before.created + changes.created, updated: before.updated + changes.updated, unchanged: before.unchanged + changes.unchanged }
    : changes;
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
