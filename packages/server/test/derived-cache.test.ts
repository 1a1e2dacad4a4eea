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
