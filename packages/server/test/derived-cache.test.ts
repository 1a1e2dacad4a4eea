import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DerivedCache } from '../src/derived-cache.ts';
import { addIndicator, createTestHub, dataOf, type TestHub } from '../src/testing/hub.ts';

// `totalCount` of a filtered list is remembered per data version (src/derived-cache.ts):
// counted once while a client pages, counted afresh after any write, by anyone.

let hub: TestHub;

beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

const PAGE = `query($after: String, $year: Int) { indicators(first: 2, after: $after, filter: { year: $year }, orderBy: { field: NAME }) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { code } } } }`;

describe('remembered totals', () => {
  it('pages of one filter share one count; another filter is counted on its own', async () => {
    const cache = hub.caches.derived;
    const before = cache.computed;
    const first = dataOf(await hub.exec(PAGE, { year: 2024 })) as any;
    const second = dataOf(await hub.exec(PAGE, { year: 2024, after: first.indicators.pageInfo.endCursor })) as any;
    expect(second.indicators.totalCount).toBe(first.indicators.totalCount);
    expect(cache.computed).toBe(before + 1);
    hub.db.statements.reset();
    await hub.exec(PAGE, { year: 2024, after: first.indicators.pageInfo.endCursor });
    expect(hub.db.statements.log.some((sql) => /COUNT\(\*\)/i.test(sql))).toBe(false);
    const other2023 = dataOf(await hub.exec(PAGE, { year: 2023 })) as any;
    expect(cache.computed).toBe(before + 2);
    expect(typeof other2023.indicators.totalCount).toBe('number');
  });

  it('a write through another connection is counted on the next request', async () => {
    const all = `{ indicators(first: 1) { totalCount } }`;
    const n = (dataOf(await hub.exec(all)) as any).indicators.totalCount;
    expect((dataOf(await hub.exec(all)) as any).indicators.totalCount).toBe(n);
    await addIndicator(hub.writer(), 'counted-later', 'Chỉ tiêu mới');
    expect((dataOf(await hub.exec(all)) as any).indicators.totalCount).toBe(n + 1);
  });
});

describe('DerivedCache', () => {
  it('keeps at most its size, forgets failed queries, and keys by version', async () => {
    const cache = new DerivedCache(2);
    let calls = 0;
    const count = (n: number) => () => (calls++, Promise.resolve(n));
    expect(await cache.get('v1', 'a', count(1))).toBe(1);
    expect(await cache.get('v1', 'a', count(99))).toBe(1);
    expect(await cache.get('v2', 'a', count(2))).toBe(2);
    expect(await cache.get('v2', 'b', count(3))).toBe(3); // evicts v1|a
    expect(await cache.get('v1', 'a', count(4))).toBe(4);
    expect(calls).toBe(4);
    await expect(cache.get('v3', 'x', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await new Promise((r) => setImmediate(r));
    expect(await cache.get('v3', 'x', count(5))).toBe(5);
  });
});

describe('DerivedCache bounded by the rows its answers hold', () => {
  it('evicts the least recently used answers until the rows they hold fit, and keeps none heavier than the whole budget', async () => {
    const cache = new DerivedCache(100, 10);
    const groups = (n: number) => () => Promise.resolve(Array.from({ length: n }, (_, i) => i));
    const weigh = (a: number[]) => a.length;
    await cache.get('v', 'a', groups(4), weigh);
    await cache.get('v', 'b', groups(4), weigh);
    await new Promise((r) => setImmediate(r));
    expect(cache.weight).toBe(8);
    // c's 4 rows push the total to 12: a, the least recently used, goes.
    await cache.get('v', 'c', groups(4), weigh);
    await new Promise((r) => setImmediate(r));
    expect(cache.weight).toBe(8);
    let computed = cache.computed;
    await cache.get('v', 'b', groups(4), weigh);
    expect(cache.computed).toBe(computed);
    await cache.get('v', 'a', groups(4), weigh);
    expect(cache.computed).toBe(computed + 1);
    // An answer of 11 rows is answered, not kept, and evicts nothing else it need not.
    await new Promise((r) => setImmediate(r));
    const before = cache.weight;
    expect(await cache.get('v', 'huge', groups(11), weigh)).toHaveLength(11);
    await new Promise((r) => setImmediate(r));
    computed = cache.computed;
    await cache.get('v', 'huge', groups(11), weigh);
    expect(cache.computed).toBe(computed + 1);
    expect(cache.weight).toBeLessThanOrEqual(10);
    expect(before).toBeLessThanOrEqual(10);
  });

  it('a stats answer weighs its groups', async () => {
    const cache = hub.caches.derived;
    const before = cache.weight;
    dataOf(await hub.exec('{ targetStats(groupBy: [DEFINITION]) { groupCount } }'));
    await new Promise((r) => setImmediate(r));
    // Ten definitions with 2024 targets: ten groups and the total.
    expect(cache.weight - before).toBeGreaterThanOrEqual(11);
  });
});
