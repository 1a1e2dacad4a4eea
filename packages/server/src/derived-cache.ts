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

export class DerivedCache {
  readonly #entries = new Map<string, Promise<unknown>>();
  /** Answers computed so far, rather than remembered (tests). */
  computed = 0;

  constructor(private readonly size = DERIVED_CACHE_SIZE) {}

  get<T>(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    const entryKey = `${version}|${key}`;
    const hit = this.#entries.get(entryKey) as Promise<T> | undefined;
    if (hit) {
      // Most recently used last: the Map's order is the eviction order.
      this.#entries.delete(entryKey);
      this.#entries.set(entryKey, hit);
      return hit;
    }
    this.computed++;
    const answer = compute();
    this.#entries.set(entryKey, answer);
    // A failed query (database down) is not remembered.
    answer.catch(() => this.#entries.delete(entryKey));
    if (this.#entries.size > this.size) this.#entries.delete(this.#entries.keys().next().value!);
    return answer;
  }
}
