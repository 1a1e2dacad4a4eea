// Answers derived from the data, remembered per data version: exact totals of filtered
// lists (`totalCount`) and the ID sets filters resolve to (a plan's indicators).
//
// A total over a broad filter is linear in the rows it matches, for anyone (the
// benchmark's hand-written SQL pays for it too: bench/README.md), and a client paging through a
// list asks for the same total with every page; a dashboard asks for the same plan's
// indicators with every request. Keyed by the data version read for the request
// (data-version.ts), a remembered answer is exactly what asking again would give until
// the next committed write, by anyone; then every entry becomes unreachable at once and
// ages out of the bounded map.

export const DERIVED_CACHE_SIZE = 1000;
/**
 * What the remembered answers may hold in all, in rows (a stats group, a comparison's
 * entry): a count of entries alone would let 1,000 answers of 10,000 groups each fill
 * gigabytes. An answer without a weight counts as one row.
 */
export const DERIVED_CACHE_ROWS = 200_000;

interface Entry {
  answer: Promise<unknown>;
  /** Rows it holds, once known (1 until it resolves). */
  weight: number;
}

export class DerivedCache {
  readonly #entries = new Map<string, Entry>();
  #weight = 0;
  /** Answers computed so far, rather than remembered (tests). */
  computed = 0;

  constructor(
    private readonly size = DERIVED_CACHE_SIZE,
    private readonly rows = DERIVED_CACHE_ROWS,
  ) {}

  /** Rows the remembered answers hold (tests). */
  get weight(): number {
    return this.#weight;
  }

  /**
   * `compute()`'s answer, remembered for `version` under `key`; `weigh` says how many rows
   * it holds (1 if not given). An answer heavier than the whole budget is returned but
   * not kept.
   */
  get<T>(version: string, key: string, compute: () => Promise<T>, weigh?: (answer: T) => number): Promise<T> {
    const entryKey = `${version}|${key}`;
    const hit = this.#entries.get(entryKey);
    if (hit) {
      // Most recently used last: the Map's order is the eviction order.
      this.#entries.delete(entryKey);
      this.#entries.set(entryKey, hit);
      return hit.answer as Promise<T>;
    }
    this.computed++;
    const answer = compute();
    const entry: Entry = { answer, weight: 1 };
    this.#entries.set(entryKey, entry);
    this.#weight += 1;
    answer.then(
      (value) => {
        if (this.#entries.get(entryKey) !== entry) return;
        const weight = Math.max(1, weigh ? weigh(value) : 1);
        this.#weight += weight - entry.weight;
        entry.weight = weight;
        if (weight > this.rows) this.#forget(entryKey);
        this.#evict();
      },
      // A failed query (database down) is not remembered.
      () => {
        if (this.#entries.get(entryKey) === entry) this.#forget(entryKey);
      },
    );
    this.#evict();
    return answer;
  }

  #forget(entryKey: string): void {
    const entry = this.#entries.get(entryKey);
    if (!entry) return;
    this.#entries.delete(entryKey);
    this.#weight -= entry.weight;
  }

  /** The least recently used first, until within both bounds. */
  #evict(): void {
    while (this.#entries.size > this.size || (this.#weight > this.rows && this.#entries.size > 1)) this.#forget(this.#entries.keys().next().value!);
  }
}
