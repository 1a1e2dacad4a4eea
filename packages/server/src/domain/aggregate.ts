// Aggregates over computed figures (a target's achievement, a figure in its base unit):
// pure accumulators the stats loaders feed one row at a time, so a pass never holds more
// than its groups. Nothing here touches the database.

/** Count, sum, mean, least and greatest of the numbers seen; nulls for none. */
export interface NumberSummary {
  count: number;
  sum: number | null;
  average: number | null;
  min: number | null;
  max: number | null;
}

/** Sums kept exact to the micro-unit: 0.1 + 0.2 reads 0.3, as a reader adds. */
export const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

export class NumberStats {
  count = 0;
  private total = 0;
  private least = Infinity;
  private greatest = -Infinity;

  add(value: number | null | undefined): void {
    if (value === null || value === undefined || !Number.isFinite(value)) return;
    this.count++;
    this.total += value;
    if (value < this.least) this.least = value;
    if (value > this.greatest) this.greatest = value;
  }

  summary(): NumberSummary {
    if (!this.count) return { count: 0, sum: null, average: null, min: null, max: null };
    return { count: this.count, sum: tidy(this.total), average: tidy(this.total / this.count), min: this.least, max: this.greatest };
  }
}

/**
 * Values of several units: summed only within one dimension (percent and VND do not add).
 * Each value arrives in its dimension's base unit; a group that mixes dimensions counts
 * its values but neither sums nor compares them, and says which dimensions it mixes.
 */
export class DimensionedStats {
  readonly stats = new NumberStats();
  readonly dimensions = new Set<string>();

  add(dimension: string, valueInBase: number | null | undefined): void {
    if (valueInBase === null || valueInBase === undefined) return;
    this.dimensions.add(dimension);
    this.stats.add(valueInBase);
  }

  summary(): ValueSummary {
    const dimensions = [...this.dimensions].sort();
    const dimension = dimensions.length === 1 ? dimensions[0]! : null;
    const summary = this.stats.summary();
    return { dimension, dimensions, summary: dimensions.length > 1 ? { ...summary, sum: null, average: null, min: null, max: null } : summary };
  }
}

export interface ValueSummary {
  /** The one dimension of the values; null when there are none, or several. */
  dimension: string | null;
  dimensions: string[];
  /** Of values in the base unit; with several dimensions only the count (sum, mean, least and greatest are null). */
  summary: NumberSummary;
}

/** A group's key: one value (or null) per grouped-by key, in the order asked for. */
export type GroupKey = ReadonlyArray<string | number | null>;

/**
 * Groups keyed by tuples, created on first sight, at most `limit` of them: past it `add`
 * throws `TooManyGroups` so a query can say how to narrow itself instead of holding an
 * unbounded map.
 */
export class Groups<G> {
  private readonly byKey = new Map<string, { key: GroupKey; group: G }>();

  constructor(
    private readonly create: (key: GroupKey) => G,
    private readonly limit: number,
  ) {}

  get(key: GroupKey): G {
    const id = JSON.stringify(key);
    let entry = this.byKey.get(id);
    if (!entry) {
      if (this.byKey.size >= this.limit) throw new TooManyGroups(this.limit);
      entry = { key, group: this.create(key) };
      this.byKey.set(id, entry);
    }
    return entry.group;
  }

  get size(): number {
    return this.byKey.size;
  }

  entries(): Array<{ key: GroupKey; group: G }> {
    return [...this.byKey.values()];
  }
}

export class TooManyGroups extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} groups`);
  }
}

/** Compares group keys part by part with each part's order; a null part sorts last. */
export function compareKeys(a: GroupKey, b: GroupKey, orders: ReadonlyArray<(x: string | number, y: string | number) => number>): number {
  for (let i = 0; i < orders.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const order = orders[i]!(x, y);
    if (order) return order;
  }
  return 0;
}
