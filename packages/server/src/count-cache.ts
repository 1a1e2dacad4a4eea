// Exact totals of filtered lists (`totalCount`), remembered per data version.
//
// A total over a broad filter is linear in the rows it matches, for anyone (the
// benchmark's hand-written SQL pays 50–80 ms for it at L), and a client paging through a
// list asks for the same total with every page. Keyed by the data version read for the
// request (data-version.ts), a remembered total is exactly what counting again would
// give until the next committed write, by anyone; then every entry becomes unreachable
// at once and ages out of the bounded map.

export const COUNT_CACHE_SIZE = 1000;

export class CountCache {
  readonly #entries = new Map<string, Promise<number>>();
  /** Totals counted so far (tests). */
  counted = 0;

  constructor(private readonly size = COUNT_CACHE_SIZE) {}

  get(version: string, key: string, count: () => Promise<number>): Promise<number> {
    const entryKey = `${version}|${key}`;
    const hit = this.#entries.get(entryKey);
    if (hit) {
      // Most recently used last: the Map's order is the eviction order.
      this.#entries.delete(entryKey);
      this.#entries.set(entryKey, hit);
      return hit;
    }
    this.counted++;
    const total = count();
    this.#entries.set(entryKey, total);
    // A failed count (database down) is not remembered.
    total.catch(() => this.#entries.delete(entryKey));
    if (this.#entries.size > this.size) this.#entries.delete(this.#entries.keys().next().value!);
    return total;
  }
}
